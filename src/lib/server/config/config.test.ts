import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('readConfig', () => {
	it('works with nothing set: SQLite under ./data on localhost:3000', () => {
		expect(readConfig({})).toEqual({
			databaseUrl: 'sqlite:./data/galaxy.db',
			host: 'localhost',
			port: 3000,
			origin: 'http://localhost:3000',
			demoData: 'auto',
			signInLockoutSeconds: 900
		});
	});
	it('derives ORIGIN from HOST and PORT unless given', () => {
		expect(readConfig({ PORT: '8080' }).origin).toBe('http://localhost:8080');
		expect(readConfig({ HOST: '0.0.0.0', PORT: '80' }).origin).toBe('http://localhost:80');
		expect(readConfig({ ORIGIN: 'https://galaxy.example.org' }).origin).toBe(
			'https://galaxy.example.org'
		);
	});
	it('treats empty variables as unset', () => {
		expect(readConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
	});
	it('names every bad variable', () => {
		expect(() => readConfig({ PORT: 'abc', DEMO_DATA: 'sometimes' })).toThrow(ConfigError);
		expect(() => readConfig({ PORT: 'abc', DEMO_DATA: 'sometimes' })).toThrow(
			/PORT[\s\S]*DEMO_DATA/
		);
	});
});
