import type { IpcMainInvokeEvent } from 'electron';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createEngineService, type EngineService } from '../../../../src/main/compute/engine-service.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupFolder } from '../../../../src/main/backup/backup-folder.ts';
import { BackupFolderSetting } from '../../../../src/main/backup/folder-setting.ts';
import {
  createAppHandlers,
  createExitBackupHandlers,
  readAppInfo,
} from '../../../../src/main/ipc/app-handlers.ts';
import { createBackupHandlers } from '../../../../src/main/ipc/backup-handlers.ts';
import { createEngineHandlers } from '../../../../src/main/ipc/engine-handlers.ts';
import type { InvokeHandlers } from '../../../../src/main/ipc/invoke-handlers.ts';
import { createLinkHandlers } from '../../../../src/main/ipc/link-handlers.ts';
import { answerInvoke, registerIpcHandlers } from '../../../../src/main/ipc/register.ts';
import { refuseSender, type TrustedSender } from '../../../../src/main/ipc/sender.ts';
import { EngineError, engineErrorCodes } from '../../../../src/shared/engine/engine-error.ts';
import {
  invokeChannels,
  requestIdMaxLength,
  type InvokeChannel,
} from '../../../../src/shared/ipc/contract.ts';

vi.mock('electron');

const trusted: TrustedSender = { contentsId: 7, origin: 'app://bundle' };

function makeEvent(overrides: { id?: number; url?: string; parent?: unknown; frame?: null } = {}) {
  const send = vi.fn();
  const frame =
    overrides.frame === null
      ? null
      : { url: overrides.url ?? 'app://bundle/index.html', parent: overrides.parent ?? null };
  const event = { sender: { id: overrides.id ?? 7, send, isDestroyed: () => false }, senderFrame: frame };
  return { event: event as unknown as IpcMainInvokeEvent, send };
}

const problemFour = {
  input: { shape: [1, 1, 4, 4], data: new Float64Array(16).map((_, index) => 10 * (index + 1)) },
  weight: { shape: [1, 1, 2, 2], data: new Float64Array([-1, 0, 1, 2]) },
  stride: [1, 1],
  padding: [1, 1, 1, 1],
  dilation: [1, 1],
  groups: 1,
};

function fakeEngine(): EngineService & { run: ReturnType<typeof vi.fn>; cancel: ReturnType<typeof vi.fn> } {
  return {
    run: vi.fn(async (_job, _requestId, _request, onProgress: (fraction: number) => void) => {
      onProgress(0.5);
      return { shape: [1, 1, 5, 5], data: new Float64Array(25) };
    }),
    cancel: vi.fn((requestId: string) => requestId === 'running'),
    close: vi.fn(async () => undefined),
  };
}

/** The real engine service over a pool that records what reaches it: bad payloads must not. */
function serviceOverFakePool() {
  const pool = {
    run: vi.fn(() => ({ taskId: 1, reply: Promise.resolve('ran') as Promise<unknown> })),
    cancel: vi.fn(() => false),
    supersede: vi.fn(() => false),
    close: vi.fn(async () => undefined),
    workerLimit: 2,
  };
  return { engine: createEngineService(pool), pool };
}

function allHandlers(
  engine: EngineService = fakeEngine(),
  openExternal = vi.fn(async () => undefined),
  exitBackupAnswered = vi.fn(),
): InvokeHandlers {
  const info = readAppInfo(
    { getName: () => 'DeepDrill', getVersion: () => '0.1.0' },
    { electron: '45.5.0' },
    'linux',
  );
  return {
    ...createEngineHandlers(engine),
    ...createLinkHandlers(openExternal),
    ...createAppHandlers(info),
    ...createExitBackupHandlers(exitBackupAnswered),
    ...backupHandlersOverNothing(),
  };
}

/** Backup handlers over a folder that does not exist and a dialog that is always cancelled: nothing is written. */
function backupHandlersOverNothing() {
  const userData = join(tmpdir(), `deepdrill-ipc-test-${process.pid}-absent`);
  const setting = new BackupFolderSetting(userData);
  const fileSystem = { mkdir: vi.fn(), access: vi.fn() };
  return createBackupHandlers({
    backups: new BackupFolder({ folder: () => setting.current(), now: () => 0, timeZone: () => 'UTC' }),
    setting,
    chooseFolder: async () => undefined,
    fileSystem,
  });
}

const ask = (handlers: InvokeHandlers, channel: InvokeChannel, args: unknown[], event = makeEvent().event) =>
  answerInvoke(handlers, channel, trusted, event, args);

describe('refuseSender', () => {
  it('accepts only the main frame of our window on our origin', () => {
    const refuse = (overrides: Parameters<typeof makeEvent>[0], trust = trusted) =>
      refuseSender(makeEvent(overrides).event, trust);
    const why = (overrides: Parameters<typeof makeEvent>[0], trust = trusted) =>
      refuse(overrides, trust)?.why;
    expect(refuse({})).toBeUndefined();
    expect(why({ frame: null })).toBe('frameGone');
    expect(why({ id: 8 })).toBe('otherWindow');
    expect(why({}, { ...trusted, contentsId: undefined })).toBe('otherWindow');
    expect(why({ parent: {} })).toBe('subframe');
    expect(refuse({ url: 'https://evil.example/' })).toEqual({
      code: 'untrustedSender',
      why: 'otherOrigin',
      origin: 'https://evil.example',
    });
    expect(why({ url: 'http://localhost:5173/' })).toBe('otherOrigin');
    expect(refuse({ url: 'about:blank' })?.origin).toBeNull();
  });

  it('accepts the dev server origin when that is the trusted one', () => {
    const dev = { contentsId: 7, origin: 'http://localhost:5173' };
    expect(refuseSender(makeEvent({ url: 'http://localhost:5173/#/review' }).event, dev)).toBeUndefined();
    expect(refuseSender(makeEvent().event, dev)?.origin).toBe('app://bundle');
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerIpcHandlers(ipcMain, allHandlers(), () => trusted);
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(allHandlers()).sort()).toEqual([...invokeChannels].sort());
  });

  it('answers a refused sender with an error result and never calls the handler', async () => {
    const ipcMain = { handle: vi.fn() };
    const engine = fakeEngine();
    registerIpcHandlers(ipcMain, allHandlers(engine), () => trusted);
    const [, listener] = ipcMain.handle.mock.calls.find(([channel]) => channel === 'conv:run')!;
    const { event } = makeEvent({ url: 'https://evil.example/' });
    await expect(listener(event, { requestId: 'a', payload: problemFour })).resolves.toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'sender: origin https://evil.example is not ours',
        refusal: { code: 'untrustedSender', why: 'otherOrigin', origin: 'https://evil.example' },
      },
    });
    expect(engine.run).not.toHaveBeenCalled();
  });
});

describe('engine handlers', () => {
  it('runs a checked job and sends its progress to the sender', async () => {
    const engine = fakeEngine();
    const { event, send } = makeEvent();
    const result = await ask(
      allHandlers(engine),
      'conv:run',
      [{ requestId: 'r1', payload: problemFour }],
      event,
    );
    expect(result).toMatchObject({ ok: true, value: { shape: [1, 1, 5, 5] } });
    expect(engine.run).toHaveBeenCalledWith(
      'conv:run',
      'r1',
      expect.objectContaining({ groups: 1 }),
      expect.any(Function),
    );
    expect(send).toHaveBeenCalledWith('engine:progress', { requestId: 'r1', fraction: 0.5 });
  });

  it.each([
    ['no call', undefined, 'call: expected an object'],
    ['no request id', { payload: problemFour }, 'requestId: expected a name of 1 to 64 characters'],
    ['an empty request id', { requestId: '', payload: problemFour }, 'requestId: expected a name'],
    [
      'a long request id',
      { requestId: 'x'.repeat(requestIdMaxLength + 1), payload: problemFour },
      'requestId:',
    ],
    [
      'stride 0',
      { requestId: 'r', payload: { ...problemFour, stride: [0, 1] } },
      'stride[0]: must be between 1',
    ],
    [
      '1.5 groups',
      { requestId: 'r', payload: { ...problemFour, groups: 1.5 } },
      'groups: expected an integer',
    ],
  ])('answers %s with INVALID_INPUT before queueing', async (_label, call, message) => {
    const { engine, pool } = serviceOverFakePool();
    const result = await ask(allHandlers(engine), 'conv:run', [call]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining(message),
        refusal: expect.objectContaining({ field: message.split(':')[0] }),
      },
    });
    expect(pool.run).not.toHaveBeenCalled();
  });

  it('answers an oversized request with INPUT_TOO_LARGE before queueing', async () => {
    const { engine, pool } = serviceOverFakePool();
    const huge = { ...problemFour, input: { shape: [1, 1, 4000, 4000], data: new Float64Array(0) } };
    const result = await ask(allHandlers(engine), 'conv:run', [{ requestId: 'big', payload: huge }]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INPUT_TOO_LARGE',
        message: 'input: 16000000 elements is over the limit of 8000000',
        refusal: {
          code: 'overLimit',
          field: 'input',
          unit: 'elements',
          actual: 16_000_000,
          limit: 8_000_000,
        },
      },
    });
    expect(pool.run).not.toHaveBeenCalled();
  });

  it('queues a checked payload exactly as the renderer sent it', async () => {
    const { engine, pool } = serviceOverFakePool();
    const result = await ask(allHandlers(engine), 'conv:run', [{ requestId: 'r', payload: problemFour }]);
    expect(result).toEqual({ ok: true, value: 'ran' });
    // Main owns what arrived over IPC, so the payload's buffers move to the worker instead of being copied.
    const buffers = [problemFour.input.data.buffer, problemFour.weight.data.buffer];
    expect(pool.run).toHaveBeenCalledWith(
      { type: 'run', job: 'conv:run', payload: problemFour },
      { onProgress: expect.any(Function), transfer: buffers },
    );
  });

  it('passes the engine’s own error on, code and all', async () => {
    const engine = fakeEngine();
    engine.run.mockRejectedValueOnce(
      new EngineError('TIMEOUT', 'conv:run ran longer than 30000 ms and was stopped.'),
    );
    const result = await ask(allHandlers(engine), 'conv:run', [{ requestId: 'slow', payload: problemFour }]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'TIMEOUT', message: 'conv:run ran longer than 30000 ms and was stopped.' },
    });
  });

  it('cancels by request id', async () => {
    const handlers = allHandlers();
    await expect(ask(handlers, 'engine:cancel', ['running'])).resolves.toEqual({ ok: true, value: true });
    await expect(ask(handlers, 'engine:cancel', ['idle'])).resolves.toEqual({ ok: true, value: false });
    await expect(ask(handlers, 'engine:cancel', [42])).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^requestId:/) },
    });
  });
});

describe('link:open', () => {
  it('opens an allowlisted link and refuses anything else, naming the field', async () => {
    const openExternal = vi.fn(async () => undefined);
    const handlers = allHandlers(fakeEngine(), openExternal);
    await expect(
      ask(handlers, 'link:open', ['https://distill.pub/2016/deconv-checkerboard/']),
    ).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    for (const url of ['https://evil.example/', 'javascript:alert(1)', 42, null]) {
      await expect(ask(handlers, 'link:open', [url])).resolves.toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: expect.stringMatching(/^url: only https links to distill\.pub/),
        },
      });
    }
    expect(openExternal.mock.calls).toEqual([['https://distill.pub/2016/deconv-checkerboard/']]);
  });
});

describe('app:info', () => {
  it('answers name, versions and platform', async () => {
    await expect(ask(allHandlers(), 'app:info', [])).resolves.toEqual({
      ok: true,
      value: {
        name: 'DeepDrill',
        version: '0.1.0',
        electron: '45.5.0',
        chrome: 'unknown',
        platform: 'linux',
      },
    });
  });
});

describe('app:exit-backup-done', () => {
  it('passes a request id on to the exit backup, and refuses anything else naming the field', async () => {
    const answered = vi.fn();
    const handlers = allHandlers(
      fakeEngine(),
      vi.fn(async () => undefined),
      answered,
    );
    await expect(ask(handlers, 'app:exit-backup-done', ['exit-1'])).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    expect(answered).toHaveBeenCalledWith('exit-1');
    for (const bad of [undefined, 7, '', 'x'.repeat(requestIdMaxLength + 1)]) {
      const result = await ask(handlers, 'app:exit-backup-done', [bad]);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message).toContain('requestId');
    }
    expect(answered).toHaveBeenCalledOnce();
  });
});

describe('hostile payloads', () => {
  it('never throw and always answer an IpcResult; errors carry a known code and name a field', async () => {
    const handlers = allHandlers();
    const anything = fc.anything({
      withTypedArray: true,
      withNullPrototype: true,
      withBigInt: true,
      withMap: true,
    });
    const callLike = fc.record({
      requestId: fc.oneof(fc.string({ maxLength: 80 }), anything),
      payload: anything,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...invokeChannels),
        fc.array(fc.oneof(anything, callLike), { maxLength: 3 }),
        async (channel, args) => {
          const result = await ask(handlers, channel, args);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(engineErrorCodes).toContain(result.error.code);
            expect(result.error.message).toMatch(/^[\w.:[\]]+: \S/);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
