import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './index.ts';

describe('parseDatabaseUrl', () => {
	it('reads SQLite files and PostgreSQL URLs', () => {
		expect(parseDatabaseUrl('sqlite:./data/galaxy.db')).toEqual({
			dialect: 'sqlite',
			location: './data/galaxy.db'
		});
		expect(parseDatabaseUrl('sqlite://var/galaxy.db').location).toBe('var/galaxy.db');
		expect(parseDatabaseUrl('sqlite::memory:').location).toBe(':memory:');
		expect(parseDatabaseUrl('postgres://u@h:5432/db').dialect).toBe('postgres');
		expect(parseDatabaseUrl('postgresql://u@h/db').dialect).toBe('postgres');
	});
	it('refuses anything else with a message naming the variable', () => {
		expect(() => parseDatabaseUrl('mysql://x')).toThrow(/DATABASE_URL/);
		expect(() => parseDatabaseUrl('sqlite:')).toThrow(/DATABASE_URL/);
	});
});
