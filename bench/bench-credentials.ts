import { generatePassword } from '../server/neo4j/credentials.ts';

/**
 * The bench's throwaway Neo4j password: made by the bench process and handed to the app and
 * recorder processes it starts through their inherited environment.
 */
export const benchPassword = (process.env.BENCH_NEO4J_PASSWORD ??= generatePassword());

/** Login for the bench's throwaway Neo4j. */
export const benchLogin = { user: 'neo4j', password: benchPassword } as const;
