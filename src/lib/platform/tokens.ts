import {
	encodeBase32LowerCaseNoPadding,
	encodeBase64urlNoPadding,
	decodeBase64urlIgnorePadding,
} from '@oslojs/encoding';

/** A random id with 80 bits of entropy in a readable lower-case alphabet. */
export function randomId(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** 32 random bytes: the secret half of a token. */
function randomSecret(): Uint8Array {
	const bytes = new Uint8Array(32);
	crypto.getRandomValues(bytes);
	return bytes;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.byteLength !== b.byteLength) return false;
	let diff = 0;
	for (let i = 0; i < a.byteLength; i++) diff |= (a[i] as number) ^ (b[i] as number);
	return diff === 0;
}

/** A token `id.secret` where the secret is base64url; the database keeps only SHA-256(secret). */
export interface IssuedToken {
	id: string;
	token: string;
	secretHash: Uint8Array;
}

export async function issueToken(): Promise<IssuedToken> {
	const id = randomId();
	const secret = randomSecret();
	return {
		id,
		token: `${id}.${encodeBase64urlNoPadding(secret)}`,
		secretHash: await sha256(secret),
	};
}

/** Splits a token into id and secret; null when it is not of the form `id.secret`. */
export function parseToken(token: string): { id: string; secret: Uint8Array } | null {
	const parts = token.split('.');
	if (parts.length !== 2) return null;
	const [id, encoded] = parts as [string, string];
	if (!/^[a-z2-7]{16}$/.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(encoded)) return null;
	try {
		return { id, secret: decodeBase64urlIgnorePadding(encoded) };
	} catch {
		return null;
	}
}

/** True when `secret` hashes to `expectedHash`, compared in constant time. */
export async function secretMatches(
	secret: Uint8Array,
	expectedHash: Uint8Array,
): Promise<boolean> {
	return constantTimeEqual(await sha256(secret), new Uint8Array(expectedHash));
}
