import { redirect } from '@sveltejs/kit';
import { listOffers } from '#lib/server/brokering/offers.service.ts';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { parseInput, parseQuery } from '#lib/server/http/query.ts';
import {
	acceptInvitation,
	decideOnMember,
	inviteMember,
	getMembershipPanel,
	leaveOrganization,
	requestToJoin
} from '#lib/server/organizations/memberships.service.ts';
import { mailingContext } from '#lib/server/runtime.ts';
import { getPartnerProfile } from '#lib/server/organizations/organizations.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import { z } from 'zod';
import { pageSchema } from '#lib/server/http/query.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { page } = parseQuery(z.object({ page: pageSchema }), url.searchParams);
	const slug = parseInput(slugSchema, params.slug);
	const [profile, membership, offers] = await Promise.all([
		getPartnerProfile(locals, slug, page),
		getMembershipPanel(locals, slug),
		listOffers(locals, { organization: slug, status: 'active', page: 1, pageSize: 20 })
	]);
	return { search: url.search, ...profile, membership, offers };
};

/** Membership actions: each needs a signed-in person and goes through the memberships policy. */
export const actions: Actions = {
	join: async (event) => {
		if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
		try {
			await requestToJoin(mailingContext(event.locals), event.params.slug);
		} catch (error) {
			return formFailure(error, {});
		}
		return { membershipChanged: 'requested' };
	},
	leave: async (event) => {
		if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
		try {
			await leaveOrganization(mailingContext(event.locals), event.params.slug);
		} catch (error) {
			return formFailure(error, {});
		}
		return { membershipChanged: 'left' };
	},
	invite: async (event) => {
		if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
		const form = await event.request.formData();
		try {
			await inviteMember(mailingContext(event.locals), event.params.slug, {
				email: field(form, 'email')
			});
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
		return { membershipChanged: 'invited' };
	},
	accept: async (event) => {
		if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
		try {
			await acceptInvitation(mailingContext(event.locals), event.params.slug);
		} catch (error) {
			return formFailure(error, {});
		}
		return { membershipChanged: 'accepted' };
	},
	decide: async (event) => {
		if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
		const form = await event.request.formData();
		try {
			await decideOnMember(mailingContext(event.locals), event.params.slug, {
				userId: field(form, 'userId'),
				decision: field(form, 'decision')
			});
		} catch (error) {
			return formFailure(error, {});
		}
		return { membershipChanged: 'decided' };
	}
};
