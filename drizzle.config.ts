import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` only reads the schema; the URL matters for `drizzle-kit studio`.
// For a libSQL server use dialect 'turso' with the server URL and DATABASE_AUTH_TOKEN.
export default defineConfig({
	dialect: 'sqlite',
	schema: './db/schema/index.ts',
	out: './db/migrations',
	casing: 'snake_case',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'file:./data/kvp.db' },
});
