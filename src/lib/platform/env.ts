/**
 * The inventory of every environment variable the platform reads: one place for names, defaults
 * and descriptions. astro.config.mjs declares each as an envField from this list, server code
 * reads them through `config` (`config.server.ts`, with these defaults), the scripts that run under
 * plain Node before the app (db/, scripts/) read `process.env` themselves, and a test checks that
 * the README documents every one.
 */
export interface EnvVar {
	name: string;
	type: 'string' | 'number' | 'boolean';
	default?: string | number | boolean;
	/** Secret values are never exposed to the browser nor printed. */
	secret: boolean;
	description: string;
}

export const ENV_VARS = [
	{
		name: 'DATABASE_URL',
		type: 'string',
		default: 'file:./data/kvp.db',
		secret: true,
		description:
			'Database location: a file: URL for the embedded SQLite file, or a libsql://, https:// or ws:// URL of a libSQL server (sqld/Turso).',
	},
	{
		name: 'DATABASE_AUTH_TOKEN',
		type: 'string',
		secret: true,
		description: 'Auth token for a libSQL server; not used for file databases.',
	},
	{
		name: 'HOST',
		type: 'string',
		default: 'localhost',
		secret: false,
		description: 'Interface the server listens on (0.0.0.0 for all).',
	},
	{
		name: 'PORT',
		type: 'number',
		default: 4321,
		secret: false,
		description: 'Port the server listens on.',
	},
	{
		name: 'PUBLIC_ORIGIN',
		type: 'string',
		default: 'http://localhost:4321',
		secret: false,
		description:
			'The address users reach the platform at; used in links in e-mails and to decide Secure cookies (https).',
	},
	{
		name: 'TRUSTED_PROXIES',
		type: 'string',
		secret: false,
		description:
			'Reverse proxies whose X-Forwarded-For/-Proto/-Host headers are believed: comma-separated addresses or CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8). Empty: nobody; the client address is the socket peer.',
	},
	{
		name: 'SMTP_URL',
		type: 'string',
		secret: true,
		description:
			'SMTP server for outgoing e-mail, e.g. smtps://user:pass@smtp.example.no:465. Unset: messages stay in the outbox and admins read them at /admin/epost.',
	},
	{
		name: 'MAIL_FROM',
		type: 'string',
		default: 'KVP-nettverket <ikkje-svar@kvp-nettverket.example.no>',
		secret: false,
		description: 'Sender address of every e-mail.',
	},
	{
		name: 'LOG_LEVEL',
		type: 'string',
		default: 'info',
		secret: false,
		description: 'Lowest level written to the JSON log: trace, debug, info, warn, error or fatal.',
	},
	{
		name: 'SEED_DEMO_DATA',
		type: 'boolean',
		default: true,
		secret: false,
		description:
			'npm start seeds demo data into an empty database when true. Seeding is always refused when NODE_ENV=production.',
	},
	{
		name: 'REGISTRATION_RETENTION_MONTHS',
		type: 'number',
		default: 12,
		secret: false,
		description:
			'Months after a gathering before registrants’ names and e-mail addresses are anonymised (diet, allergy and accessibility answers go after 14 days).',
	},
	{
		name: 'PRIVACY_CONTACT',
		type: 'string',
		secret: false,
		description:
			'How people reach the controller about their personal data (an e-mail address, or a web address), shown on the privacy notice. Unset: the notice points to the county governor that runs their network.',
	},
	{
		name: 'PRIVACY_DPO_CONTACT',
		type: 'string',
		secret: false,
		description:
			"How to reach the controller's data protection officer (personvernombod), shown on the privacy notice. Unset: the notice names the role only.",
	},
	{
		name: 'LOG_FORMAT',
		type: 'string',
		default: 'text',
		secret: false,
		description:
			'json for one JSON object per log line (npm start sets it); text for readable lines in development.',
	},
	{
		name: 'SERVER_SECRET',
		type: 'string',
		secret: true,
		description:
			'The server’s own key (at least 32 characters), kept out of the database: it makes the record that a survey link was used unreadable without it. Unset: read from SERVER_SECRET_FILE, which is created with a random key on first start.',
	},
	{
		name: 'SERVER_SECRET_FILE',
		type: 'string',
		default: './data/server-secret.key',
		secret: false,
		description:
			'Where the server’s key is kept when SERVER_SECRET is unset. Keep it on persistent storage but out of database backups; losing it lets the few people whose answers were not yet marked on their invitation answer once more.',
	},
	{
		name: 'KVP_BACKGROUND_JOBS',
		type: 'string',
		default: 'on',
		secret: false,
		description:
			'off stops this instance from ever running e-mail delivery and scheduled clean-up. Not needed with several instances: they share the work through a lease in the database.',
	},
	{
		name: 'KVP_JOBS_LEASE_MS',
		type: 'number',
		default: 30_000,
		secret: false,
		description:
			'How long the instance running the background jobs holds their lease without renewing it (renewed every third of it); when that instance dies, another takes over after this long.',
	},
	{
		name: 'KVP_REGISTRATION_LIMITS',
		type: 'string',
		default: 'on',
		secret: false,
		description:
			'off lifts the per-address and per-gathering registration limits; only for load tests that send every registration from one address.',
	},
] as const satisfies readonly EnvVar[];

export type EnvName = (typeof ENV_VARS)[number]['name'];
