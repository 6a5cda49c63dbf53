import pg from 'pg';
import { config } from './config.js';

/** The connection pool shared by the whole process. */
export const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });

/** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
export async function withTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
    // ok: no-catch-all -- rolls back, then rethrows
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
