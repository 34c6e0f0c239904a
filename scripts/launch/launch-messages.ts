import type { DownloadCause } from './download-failure.ts';
import type { ExplicitVariable } from './electron-binary.ts';

/** Why `npm start` / `npm run dev` cannot open the app, as data; launchMessages words it. */
export type LaunchProblem =
  | { code: 'binary-missing'; variable: ExplicitVariable; path: string }
  | { code: 'download-failed'; version: string; cause: DownloadCause };

export type Language = 'zh' | 'en';

type CauseWording = {
  [Code in DownloadCause['code']]: (cause: Extract<DownloadCause, { code: Code }>) => string;
};

interface Catalogue {
  binaryMissing(problem: Extract<LaunchProblem, { code: 'binary-missing' }>): string;
  downloadFailed(version: string): string;
  cause: CauseWording;
  retryHeading: string;
  retries: readonly string[];
  meanwhile: string;
  sandbox: string;
}

/** The web build's address, as `npm run web` serves it (package.json). */
const webAddress = 'http://127.0.0.1:5178/';

/** Every launch message in both languages; the compiler fails when a wording is missing. */
export const launchMessages: Record<Language, Catalogue> = {
  en: {
    binaryMissing: ({ variable, path }) =>
      `DeepDrill cannot start: ${variable} points at ${path}, and there is no Electron executable there.`,
    downloadFailed: (version) =>
      `DeepDrill cannot start: Electron ${version} is not installed yet, and downloading it failed.`,
    cause: {
      'host-not-found': ({ host }) =>
        `Cause: ${host} could not be found (no network, or its name is blocked on this network).`,
      'connection-refused': ({ host }) => `Cause: ${host} refused or dropped the connection.`,
      'no-answer': ({ host }) =>
        `Cause: ${host} did not answer in time (a firewall, or a very slow network).`,
      certificate: ({ host, detail }) =>
        `Cause: the certificate for ${host} was not trusted (${detail}); a proxy may be intercepting HTTPS.`,
      'network-error': ({ host, detail }) => `Cause: ${host} could not be reached (${detail}).`,
      'install-failed': ({ detail }) => `Cause: the network answered, but install-electron failed: ${detail}`,
    },
    retryHeading: 'To retry:',
    retries: [
      'online: npm start',
      "through a mirror of Electron's releases: ELECTRON_MIRROR=https://<mirror>/electron/ npm start",
      'through a proxy: HTTPS_PROXY=http://<proxy-host>:<port> npm start',
      'with an Electron you already have: ELECTRON_EXEC_PATH=/path/to/electron npm start',
    ],
    meanwhile: `Meanwhile the same app runs in your browser: npm run web, then open ${webAddress}`,
    sandbox:
      'Note: this Linux restricts unprivileged user namespaces (AppArmor), so Electron needs its setuid sandbox ' +
      'helper. If Electron aborts with a message about chrome-sandbox, run once: ' +
      'sudo chown root:root {helper} && sudo chmod 4755 {helper}, or start without the sandbox: NO_SANDBOX=1 npm start',
  },
  zh: {
    binaryMissing: ({ variable, path }) =>
      `DeepDrill 无法启动：${variable} 指向 ${path}，但那里没有 Electron 可执行文件。`,
    downloadFailed: (version) => `DeepDrill 无法启动：Electron ${version} 尚未安装，下载也失败了。`,
    cause: {
      'host-not-found': ({ host }) => `原因：找不到 ${host}（没有网络，或当前网络屏蔽了这个域名）。`,
      'connection-refused': ({ host }) => `原因：${host} 拒绝或中断了连接。`,
      'no-answer': ({ host }) => `原因：${host} 没有及时响应（可能有防火墙，或网络很慢）。`,
      certificate: ({ host, detail }) =>
        `原因：${host} 的证书不受信任（${detail}），可能有代理在拦截 HTTPS。`,
      'network-error': ({ host, detail }) => `原因：无法连接 ${host}（${detail}）。`,
      'install-failed': ({ detail }) => `原因：网络正常，但 install-electron 失败：${detail}`,
    },
    retryHeading: '重试方法：',
    retries: [
      '联网后：npm start',
      '通过 Electron 发布文件的镜像：ELECTRON_MIRROR=https://<镜像地址>/electron/ npm start',
      '通过代理：HTTPS_PROXY=http://<代理主机>:<端口> npm start',
      '使用已有的 Electron：ELECTRON_EXEC_PATH=/path/to/electron npm start',
    ],
    meanwhile: `在此之前，可以在浏览器中使用同一个应用：运行 npm run web，然后打开 ${webAddress}`,
    sandbox:
      '提示：这台 Linux 限制了非特权用户命名空间（AppArmor），Electron 需要它的 setuid 沙箱程序。' +
      '如果 Electron 因 chrome-sandbox 中止，请运行一次：' +
      'sudo chown root:root {helper} && sudo chmod 4755 {helper}，或者不使用沙箱启动：NO_SANDBOX=1 npm start',
  },
};

/** One problem in one language: what happened, why, how to retry, and how to use the app meanwhile. */
export function describeLaunchProblem(problem: LaunchProblem, language: Language): string {
  const words = launchMessages[language];
  if (problem.code === 'binary-missing') return [words.binaryMissing(problem), words.meanwhile].join('\n');
  const cause = words.cause[problem.cause.code] as (cause: DownloadCause) => string;
  return [
    words.downloadFailed(problem.version),
    cause(problem.cause),
    words.retryHeading,
    ...words.retries.map((retry) => `  - ${retry}`),
    words.meanwhile,
  ].join('\n');
}

/** The advice for Linux's sandbox helper, naming the helper's path. */
export function describeSandboxAdvice(helper: string, language: Language): string {
  return launchMessages[language].sandbox.replaceAll('{helper}', helper);
}
