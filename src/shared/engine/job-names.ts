/**
 * The names of all engine jobs, which are also their IPC channel names. Kept apart from the job registry so the
 * preload can list channels without bundling the engine.
 */
export const jobNames = ['conv:run', 'conv:trace', 'image:filter', 'nn:analyze', 'nn:read'] as const;

export type JobName = (typeof jobNames)[number];
