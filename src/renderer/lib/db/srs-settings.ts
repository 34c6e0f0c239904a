import {
  type SrsSettings,
  type StudentSettings,
  checkSrsSettings,
  studentSettings,
  withStoredSettings,
} from '../../../shared/srs/settings.ts';
import type { DeepDrillDatabase } from './database.ts';
import { writeSetting } from './settings.ts';

/** The settings row that holds the student's review settings (StudentSettings). */
export const srsSettingsKey = 'srs';

/** The review settings: `base` (the app's defaults and the host's clock) with the student's stored choices. */
export async function loadSrsSettings(database: DeepDrillDatabase, base: SrsSettings): Promise<SrsSettings> {
  const row = await database.settings.get(srsSettingsKey);
  return withStoredSettings(base, row?.value);
}

/** Stores the student's part of `settings`; refuses (SrsError INVALID_SETTINGS) settings that break a rule. */
export async function saveSrsSettings(database: DeepDrillDatabase, settings: SrsSettings): Promise<void> {
  const chosen: StudentSettings = studentSettings(checkSrsSettings(settings));
  await writeSetting(database, srsSettingsKey, chosen);
}
