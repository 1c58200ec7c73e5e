import type { Db } from '#db/client.ts';
import { onAnswer } from './plenum-bus.ts';
import { plenumStamp, plenumView, type PlenumView } from './exercises.server.ts';

/** What a plenum view receives: safe plain data, drawn as text in the browser. */
export interface PlenumPayload {
	exerciseId: string;
	status: 'draft' | 'open' | 'closed';
	stamp: string;
	savedAt: number | null;
	groups: {
		name: string;
		summary: string;
		examples: string;
		questions: string[];
		updatedAt: number | null;
	}[];
}

export function toPayload(view: PlenumView): PlenumPayload {
	const times = view.answers.map((a) => a.answer?.updatedAt.getTime() ?? 0);
	return {
		exerciseId: view.exercise.id,
		status: view.exercise.status,
		stamp: view.stamp,
		savedAt: Math.max(0, ...times) || null,
		groups: view.answers.map(({ group, answer }) => ({
			name: group.name,
			summary: answer?.summary ?? '',
			examples: answer?.examples ?? '',
			questions: answer?.priorityQuestions ?? [],
			updatedAt: answer?.updatedAt.getTime() ?? null,
		})),
	};
}

type Listener = (payload: PlenumPayload) => void;

interface Channel {
	listeners: Set<Listener>;
	last: PlenumPayload | null;
	timer: ReturnType<typeof setTimeout> | null;
	unsubscribe: () => void;
	poll: ReturnType<typeof setInterval>;
}

const channels = new Map<string, Channel>();
/** Saves closer together than this are sent as one update. */
const COALESCE_MS = 50;
/**
 * How often a channel checks the database for saves made on another instance (several instances on
 * one libSQL server). The check is one small query; the view is read again only when it changed.
 */
export const POLL_MS = 500;

async function refresh(db: Db, exerciseId: string, channel: Channel): Promise<void> {
	const view = await plenumView(db, exerciseId);
	if (!view) return;
	const payload = toPayload(view);
	if (channel.last?.stamp === payload.stamp) return;
	channel.last = payload;
	for (const listener of channel.listeners) listener(payload);
}

const polling = new WeakSet<Channel>();

/** Reads the view again when its stamp in the database has moved (a save on any instance). */
async function poll(db: Db, exerciseId: string, channel: Channel): Promise<void> {
	if (polling.has(channel)) return;
	polling.add(channel);
	try {
		const stamp = await plenumStamp(db, exerciseId);
		if (stamp !== null && stamp !== channel.last?.stamp) await refresh(db, exerciseId, channel);
	} catch {
		// The next poll tries again; a database hiccup must not end the viewers' stream.
	} finally {
		polling.delete(channel);
	}
}

/**
 * Subscribes a plenum view to an exercise. One database read per change is shared by every view
 * of the exercise, however many projectors and phones are watching.
 */
export async function subscribe(
	db: Db,
	exerciseId: string,
	listener: Listener,
): Promise<() => void> {
	let channel = channels.get(exerciseId);
	if (!channel) {
		const created: Channel = {
			listeners: new Set(),
			last: null,
			timer: null,
			unsubscribe: () => undefined,
			poll: setInterval(() => void poll(db, exerciseId, created), POLL_MS),
		};
		created.poll.unref();
		created.unsubscribe = onAnswer(exerciseId, () => {
			if (created.timer) return;
			created.timer = setTimeout(() => {
				created.timer = null;
				void refresh(db, exerciseId, created).catch(() => undefined);
			}, COALESCE_MS);
		});
		channels.set(exerciseId, created);
		channel = created;
		await refresh(db, exerciseId, created);
	}
	channel.listeners.add(listener);
	if (channel.last) listener(channel.last);
	const current = channel;
	return () => {
		current.listeners.delete(listener);
		if (current.listeners.size === 0) {
			current.unsubscribe();
			clearInterval(current.poll);
			if (current.timer) clearTimeout(current.timer);
			channels.delete(exerciseId);
		}
	};
}
