import { admin } from './admin.ts';
import { auth } from './auth.ts';
import { gatherings } from './gatherings.ts';
import { registrations } from './registrations.ts';

export const server = { auth, admin, gatherings, registrations };
