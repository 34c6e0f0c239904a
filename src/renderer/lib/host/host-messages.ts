import type { LocalizedText } from '../i18n/locale.svelte.ts';
import type { HostFailure } from './bridge-check.ts';

/** The words for each HostFailure (bridge-check.ts), in both languages; `{missing}` lists the channels. */
export const hostMessages = {
  title: { zh: 'DeepDrill 无法启动', en: 'DeepDrill cannot start' },
  failures: {
    'preload-missing': {
      zh: '应用的预加载脚本（preload）没有加载，界面无法连接计算引擎。',
      en: "The app's preload script did not load, so the window cannot reach the engine.",
    },
    'preload-incomplete': {
      zh: '应用的预加载脚本（preload）不完整，缺少：{missing}。',
      en: "The app's preload script is incomplete. Missing: {missing}.",
    },
  } satisfies Record<HostFailure['code'], LocalizedText>,
  remedy: {
    zh: '请重新构建或重新安装应用（在源码目录中运行 npm run build），然后再启动。在此之前，可以运行 npm run web，在浏览器中使用同一个应用。',
    en: 'Rebuild or reinstall the app (from the source folder: npm run build), then start it again. Meanwhile, npm run web runs the same app in a browser.',
  },
} as const;
