import { EventEmitter } from 'node:events';

/**
 * Tells open plenum views that a group saved its answer. In-process: every view connected to
 * this instance hears it at once; views on other instances see it within POLL_MS, when their
 * periodic check of the exercise's stamp in the database finds it moved (plenum.server.ts).
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

export function announceAnswer(exerciseId: string, version: number): void {
	bus.emit(`exercise:${exerciseId}`, version);
}

export function onAnswer(exerciseId: string, listener: (version: number) => void): () => void {
	bus.on(`exercise:${exerciseId}`, listener);
	return () => bus.off(`exercise:${exerciseId}`, listener);
}
