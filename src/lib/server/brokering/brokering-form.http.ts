import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { invalidInput } from '../http/errors.ts';
import { field, formFailure, requireSignIn } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import { apiWriteLimiter, mailingContext } from '../runtime.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import type { BrokeringContext } from './brokering-context.ts';
import { connectMatch, dismissMatch, restoreMatch } from './connections.service.ts';
import { suggestTagsForNeedForm, tickSuggestions } from './need-tag-suggestions.service.ts';
import {
	needFormSchema,
	readNeedForm,
	toNeedFormValues,
	type NeedFormValues
} from './needs.schema.ts';
import { createNeed, deleteNeed, setNeedStatus, updateNeed } from './needs.service.ts';

/**
 * The edge of the need pages and of the needs API: the writing context, form posts turned into
 * one use-case call and its answer into a redirect (post/redirect/get) or a 4xx that shows the
 * page again with the problem, and the JSON bodies of the API.
 */

/**
 * The collaborators of the writing use-cases of brokering: the mailer for introductions, and the
 * per-account write budget that API writes use too (60 a minute).
 */
export function brokeringContext(locals: App.Locals): BrokeringContext {
	return { ...mailingContext(locals), limiter: apiWriteLimiter() };
}

const needIdSchema = z.object({
	id: z.coerce
		.number({ error: 'must be a whole number' })
		.int('must be a whole number')
		.min(1, 'must be 1 or more')
		.max(2_147_483_647, 'is too large')
});

/** The need's id from the address (`/needs/abc` → 400). */
export function needIdOf(params: Partial<Record<string, string>>): number {
	return parseInput(needIdSchema, { id: params.id }).id;
}

/**
 * Refuses need input beyond any sane size (a 50,000-character title, 500 checkboxes) with a 400
 * naming the field, before the use-case reads it; answers the input untouched, so a partial
 * update still sees which fields were sent.
 */
export function checkedNeedInput(input: unknown): Record<string, unknown> {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw invalidInput([{ field: '(body)', reason: 'must be a JSON object' }]);
	}
	parseInput(needFormSchema, input);
	return withTargetList(input as Record<string, unknown>);
}

/**
 * Target codes typed in one field ("11.6, 6.a") as a list: the schema would otherwise read the
 * whole line as one code.
 */
function withTargetList(input: Record<string, unknown>): Record<string, unknown> {
	const { targets } = input;
	if (typeof targets !== 'string') return input;
	return { ...input, targets: targets.split(/[,;\s]+/).filter(Boolean) };
}

/** What was typed, cut to sane sizes, to show the form again. */
export function keptNeedForm(raw: Record<string, unknown>): NeedFormValues {
	const cut = (value: unknown): unknown =>
		Array.isArray(value)
			? value.slice(0, 80).map((item) => String(item).slice(0, 100))
			: typeof value === 'string'
				? value.slice(0, 12_000)
				: '';
	return toNeedFormValues(
		withTargetList(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, cut(value)])))
	);
}

/** Posts a new need (id null) or saves the changes to one, from the need form. */
export async function needFormAction(event: RequestEvent, id: number | null) {
	requireSignIn(event);
	const raw = readNeedForm(await event.request.formData());
	let savedId: number;
	try {
		const context = brokeringContext(event.locals);
		const input = checkedNeedInput(raw);
		const saved =
			id === null ? await createNeed(context, input) : await updateNeed(context, id, input);
		savedId = saved.id;
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, input: keptNeedForm(raw) });
	}
	redirect(303, `/needs/${savedId}?saved=1`);
}

/**
 * "Suggest themes from my text" without JavaScript: the form comes back as typed, with the
 * suggested sectors and SDGs named, and ticked in a group the requester left empty.
 */
export async function needSuggestAction(event: RequestEvent) {
	requireSignIn(event);
	const kept = keptNeedForm(readNeedForm(await event.request.formData()));
	const suggestions = await suggestTagsForNeedForm(event.locals, kept);
	const { values, ticked } = tickSuggestions(kept, suggestions);
	return { input: values, suggestions, ticked };
}

/** What the last action on a need's page did, from its address (`?requested=solution:12`). */
export type NeedNotice =
	| { kind: 'saved' | 'closed' | 'reopened' }
	| { kind: 'requested' | 'suggested' | 'dismissed' | 'restored'; target: string };

const TARGET = /^(solution|provider|peer-city):[1-9][0-9]{0,9}$/;

export function needNotice(url: URL): NeedNotice | null {
	for (const kind of ['saved', 'closed', 'reopened'] as const) {
		if (url.searchParams.get(kind) === '1') return { kind };
	}
	for (const kind of ['requested', 'suggested', 'dismissed', 'restored'] as const) {
		const target = url.searchParams.get(kind);
		if (target && TARGET.test(target)) return { kind, target };
	}
	return null;
}

/**
 * One action of a need's page: sign-in first, the use-case, then back to the page with a notice
 * (post/redirect/get), or the page again with the problem (4xx).
 */
async function needPageAction(
	event: RequestEvent,
	act: (context: BrokeringContext, id: number, form: FormData) => Promise<string>
) {
	requireSignIn(event);
	const id = needIdOf(event.params);
	const form = await event.request.formData();
	let location: string;
	try {
		location = await act(brokeringContext(event.locals), id, form);
	} catch (error) {
		return formFailure(error, {}, event.setHeaders);
	}
	redirect(303, location);
}

const matchesOf = (id: number, notice: string, target: string) =>
	`/needs/${id}?${notice}=${encodeURIComponent(target)}#matches`;

/** The form actions of `/needs/[id]`, each authorized and rate limited in its use-case. */
export const needPageActions = {
	close: (event: RequestEvent) =>
		needPageAction(event, async (context, id) => {
			await setNeedStatus(context, id, { status: 'closed' });
			return `/needs/${id}?closed=1`;
		}),
	reopen: (event: RequestEvent) =>
		needPageAction(event, async (context, id) => {
			await setNeedStatus(context, id, { status: 'open' });
			return `/needs/${id}?reopened=1`;
		}),
	delete: (event: RequestEvent) =>
		needPageAction(event, async (context, id, form) => {
			// Without JavaScript there is no confirmation dialog: a ticked box says it was meant.
			if (field(form, 'confirm') !== 'yes') {
				const reason = translatorFor(context.locale)('needs.detail.deleteNotConfirmed');
				throw invalidInput([{ field: 'confirm', reason }], reason);
			}
			await deleteNeed(context, id);
			return '/needs?deleted=1';
		}),
	connect: (event: RequestEvent) =>
		needPageAction(event, async (context, id, form) => {
			const target = field(form, 'target');
			const stage = field(form, 'stage') || undefined;
			const connection = await connectMatch(context, id, { target, stage });
			return matchesOf(id, connection.stage === 'suggested' ? 'suggested' : 'requested', target);
		}),
	dismiss: (event: RequestEvent) =>
		needPageAction(event, async (context, id, form) => {
			const { target } = await dismissMatch(context, id, { target: field(form, 'target') });
			return matchesOf(id, 'dismissed', target);
		}),
	restore: (event: RequestEvent) =>
		needPageAction(event, async (context, id, form) => {
			const { target } = await restoreMatch(context, id, { target: field(form, 'target') });
			return matchesOf(id, 'restored', target);
		})
};
