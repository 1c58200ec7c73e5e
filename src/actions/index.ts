import { admin } from './admin.ts';
import { auth } from './auth.ts';

export const server = { auth, admin };
