import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	isLiteralElement,
	isTagElement,
	parse,
	type MessageFormatElement
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../vocabulary/event-kinds.ts';
import { KNOWLEDGE_KINDS } from '../vocabulary/knowledge-kinds.ts';
import { ORGANIZATION_KINDS } from '../vocabulary/organization-kinds.ts';
import { PROJECT_STATUSES } from '../vocabulary/project-statuses.ts';
import { MESSAGES } from './messages.ts';
import { SEARCH_KINDS } from '../server/search/index-document.ts';
import { CLOSE_REASONS, STAGES } from '../server/brokering/pipeline.rules.ts';

/** The names of the arguments a message uses, however deeply nested in plural branches. */
function argumentNames(message: string): string[] {
	const names = new Set<string>();
	const visit = (elements: MessageFormatElement[]) => {
		for (const element of elements) {
			if ('value' in element && typeof element.value === 'string' && !isLiteralElement(element)) {
				names.add(element.value);
			}
			if ('options' in element) {
				for (const option of Object.values(element.options)) visit(option.value);
			}
			if (isTagElement(element)) visit(element.children);
		}
	};
	visit(parse(message));
	return [...names].sort();
}

const root = resolve(import.meta.dirname, '../..');
const english = MESSAGES.en!;

function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((entry) => {
		const path = join(folder, entry);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(entry) && !entry.endsWith('.test.ts') ? [path] : [];
	});
}

/** Keys built at run time from a vocabulary: `t(`organizationKind.${kind}`)`. */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
	'modality.': ['south-south', 'triangular'],
	'organizationKind.': ORGANIZATION_KINDS,
	'projectStatus.': PROJECT_STATUSES,
	'projectRole.': ['funding', 'accountable', 'extending', 'implementing'],
	'eventKind.': EVENT_KINDS,
	'eventRole.': ['organizer', 'co-host'],
	'knowledgeKind.': KNOWLEDGE_KINDS,
	'role.': ['member', 'curator', 'admin'],
	'mailStatus.': ['stored', 'sent', 'failed'],
	'membership.changed.': ['requested', 'left', 'decided', 'invited', 'accepted'],
	'tokens.scope.': ['read', 'read-write'],
	'searchKind.': SEARCH_KINDS,
	'pipeline.stage.': STAGES,
	'pipeline.reason.': CLOSE_REASONS,
	'match.group.': ['ldc', 'lldc', 'sids']
};

describe('messages/en.json', () => {
	const sources = sourceFiles(root).map((file) => readFileSync(file, 'utf8'));

	it('has every key the code uses', () => {
		const used = new Set(
			sources.flatMap((source) => [...source.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1]!))
		);
		for (const source of sources) {
			for (const match of source.matchAll(/\bt\(\s*`([\w.-]+\.)\$\{/g)) {
				const prefix = match[1]!;
				expect(DYNAMIC_KEYS, `dynamic key prefix ${prefix} needs a vocabulary`).toHaveProperty([
					prefix
				]);
				for (const value of DYNAMIC_KEYS[prefix]!) used.add(`${prefix}${value}`);
			}
		}
		const missing = [...used].filter((key) => !(key in english));
		expect(missing).toEqual([]);
		expect(used.size).toBeGreaterThan(100);
	});

	it('has only valid ICU messages, in every locale', () => {
		for (const [locale, messages] of Object.entries(MESSAGES)) {
			for (const [key, message] of Object.entries(messages)) {
				expect(() => new IntlMessageFormat(message, locale), `${locale}: ${key}`).not.toThrow();
			}
		}
	});

	it('uses the same arguments in every translation as in English', () => {
		for (const [locale, messages] of Object.entries(MESSAGES)) {
			for (const [key, message] of Object.entries(messages)) {
				expect(english, `${locale} has a key English lacks: ${key}`).toHaveProperty([key]);
				expect(argumentNames(message), `${locale}: ${key}`).toEqual(argumentNames(english[key]!));
			}
		}
	});
});
