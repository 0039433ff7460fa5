import pg from 'pg';
import { PostgresDialect } from 'kysely';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * PostgreSQL through node-postgres. `count(*)` answers int8 and pg hands it over as a string to
 * be safe with huge numbers; our counts fit a double, so they are parsed to keep both dialects
 * returning numbers.
 */
export function createPostgresDialect(connectionString: string): {
	dialect: PostgresDialect;
	pool: pg.Pool;
} {
	const pool = new pg.Pool({
		connectionString,
		max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
		types: {
			getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
				oid === INT8_OID || oid === NUMERIC_OID
					? (value: string) => Number(value)
					: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
		}
	});
	// An idle connection can die (server restart, failover). Without a listener pg would crash the
	// process; the pool replaces the connection on the next query, so logging is enough.
	pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
	return { dialect: new PostgresDialect({ pool }), pool };
}
