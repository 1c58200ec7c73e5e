import { ENV_VARS, type EnvName } from './env.ts';

function raw(name: EnvName): string | undefined {
	const value = process.env[name];
	if (value !== undefined && value !== '') return value;
	const spec = ENV_VARS.find((v) => v.name === name);
	return spec && 'default' in spec ? String(spec.default) : undefined;
}

/** Server configuration, read from the environment with the inventory's defaults. */
export const config = {
	get databaseUrl(): string {
		return raw('DATABASE_URL') as string;
	},
	get publicOrigin(): string {
		return (raw('PUBLIC_ORIGIN') as string).replace(/\/+$/, '');
	},
	get smtpUrl(): string | undefined {
		return raw('SMTP_URL');
	},
	get mailFrom(): string {
		return raw('MAIL_FROM') as string;
	},
	get logLevel(): string {
		return raw('LOG_LEVEL') as string;
	},
	get retentionMonths(): number {
		const n = Number(raw('REGISTRATION_RETENTION_MONTHS'));
		return Number.isFinite(n) && n > 0 ? n : 12;
	},
	get trustedProxies(): string {
		return raw('TRUSTED_PROXIES') ?? '';
	},
	get serverSecretFile(): string {
		return raw('SERVER_SECRET_FILE') as string;
	},
	get jobsLeaseMs(): number {
		const n = Number(raw('KVP_JOBS_LEASE_MS'));
		return Number.isFinite(n) && n >= 100 ? n : 30_000;
	},
	/** Shown on the privacy notice; see PRIVACY_CONTACT and PRIVACY_DPO_CONTACT. */
	get privacyContact(): string | undefined {
		return raw('PRIVACY_CONTACT');
	},
	get privacyDpoContact(): string | undefined {
		return raw('PRIVACY_DPO_CONTACT');
	},
	get secureCookies(): boolean {
		return this.publicOrigin.startsWith('https:');
	},
};
