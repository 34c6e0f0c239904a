import { createDatabase } from './database.ts';

export type { DeepDrillDatabase } from './database.ts';

/** The app's one database connection. */
export const database = createDatabase();
