import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SettingsScreen from '../../../src/renderer/features/settings/SettingsScreen.svelte';
import { formOf, readForm } from '../../../src/renderer/features/settings/settings-form.ts';
import { SettingsStore } from '../../../src/renderer/features/settings/settings-store.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { loadSrsSettings } from '../../../src/renderer/lib/db/srs-settings.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import { Scheduling } from '../../../src/renderer/lib/scheduling.svelte.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';

const base = { ...defaultSrsSettings, utcOffsetMinutes: 480 };

describe('readForm', () => {
  const form = formOf(base);

  it('reads the form back to the same settings, and a retention written as a percentage', () => {
    expect(readForm(form, base)).toEqual({ settings: base });
    expect(readForm({ ...form, desiredRetention: '95%', learningSteps: '1m, 10m 1d' }, base)).toEqual({
      settings: { ...base, desiredRetention: 0.95, learningSteps: ['1m', '10m', '1d'] },
    });
    expect(readForm({ ...form, relearningSteps: '' }, base)).toEqual({
      settings: { ...base, relearningSteps: [] },
    });
  });

  it('names the field and the rule of the first value it cannot use, in both languages', () => {
    expect(readForm({ ...form, desiredRetention: '1.2' }, base)).toEqual({
      problem: {
        field: 'desiredRetention',
        message: {
          zh: '「期望记忆保留率」：最大为 0.99（这里是 1.2）。',
          en: 'Desired retention: Must be at most 0.99 (this is 1.2).',
        },
      },
    });
    expect(readForm({ ...form, newPerDay: '2.5' }, base)).toMatchObject({
      problem: { field: 'newPerDay', message: { en: 'New cards a day: 2.5 is not a whole number.' } },
    });
    expect(readForm({ ...form, dayStartHour: '24' }, base)).toMatchObject({
      problem: { field: 'dayStartHour' },
    });
    expect(readForm({ ...form, learningSteps: '1m 10x' }, base)).toMatchObject({
      problem: {
        field: 'learningSteps',
        message: { zh: '「学习阶段」：「10x」不是一个阶段：请写数字加 m、h 或 d，例如 10m。' },
      },
    });
  });
});

let counter = 0;
async function renderSettings() {
  const database = createDatabase(`settings-screen-${++counter}`);
  const scheduling = new Scheduling(base);
  const store = new SettingsStore({ database, scheduling });
  render(SettingsScreen, { props: { store } });
  return { database, scheduling, store };
}

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('SettingsScreen', () => {
  it('refuses a retention out of range with a clear message and changes nothing', async () => {
    const { database, scheduling } = await renderSettings();
    const field = screen.getByLabelText('期望记忆保留率');
    await fireEvent.input(field, { target: { value: '0.5' } });
    await fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() =>
      expect(screen.getByTestId('settings-problem').textContent).toBe(
        '「期望记忆保留率」：至少为 0.7（这里是 0.5）。',
      ),
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(scheduling.settings.desiredRetention).toBe(0.9);
    expect(await database.settings.count()).toBe(0);
  });

  it('saves: the settings apply at once and are read back at the next start', async () => {
    locale.current = 'en';
    const { database, scheduling } = await renderSettings();
    await fireEvent.input(screen.getByLabelText('Desired retention'), { target: { value: '0.85' } });
    await fireEvent.input(screen.getByLabelText('New cards a day'), { target: { value: '5' } });
    await fireEvent.input(screen.getByLabelText('Next day starts at (hour)'), { target: { value: '6' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(screen.getByTestId('settings-saved').textContent).toBe('Saved.'));
    const saved = { ...base, desiredRetention: 0.85, newPerDay: 5, dayStartHour: 6 };
    expect(scheduling.settings).toEqual(saved);
    expect(scheduling.scheduler.settings.desiredRetention).toBe(0.85);
    expect(await loadSrsSettings(database, base)).toEqual(saved);
    await fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect((screen.getByLabelText('New cards a day') as HTMLInputElement).value).toBe('20');
    expect(scheduling.settings.newPerDay).toBe(5);
  });
});

describe('loadSrsSettings', () => {
  it('ignores a stored value that breaks a rule or has the wrong type', async () => {
    const database = createDatabase(`settings-load-${++counter}`);
    await database.settings.put({ key: 'srs', value: { desiredRetention: 3 } });
    expect(await loadSrsSettings(database, base)).toEqual(base);
    await database.settings.put({ key: 'srs', value: { newPerDay: '7', reviewsPerDay: 50 } });
    expect(await loadSrsSettings(database, base)).toEqual({ ...base, reviewsPerDay: 50 });
  });
});
