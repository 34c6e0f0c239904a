import { describe, expect, it, vi } from 'vitest';
import {
  answerExitRequests,
  backUpWhenHidden,
  type ExitBackupRequest,
} from '../../../src/renderer/lib/backup/exit-backup.ts';

/** A promise with its resolve and reject, to decide when a backup ends. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => ([resolve, reject] = [yes, no]));
  return { promise, resolve, reject };
}

/** Main's side of the bridge: the subscription and the answers it received. */
function fakeMain() {
  let listener: ((request: ExitBackupRequest) => void) | null = null;
  const answers: string[] = [];
  return {
    subscribe: (each: (request: ExitBackupRequest) => void) => {
      listener = each;
      return () => (listener = null);
    },
    request: (requestId: string) => listener?.({ requestId }),
    done: async (requestId: string) => void answers.push(requestId),
    answers,
    subscribed: () => listener !== null,
  };
}

describe('the backup at exit, in Electron', () => {
  it('answers main with the request’s id once the backup has ended, not before', async () => {
    const main = fakeMain();
    const backup = deferred();
    const backUp = vi.fn(() => backup.promise);
    answerExitRequests(main.subscribe, backUp, main.done);
    main.request('exit-1');
    expect(backUp).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(main.answers).toEqual([]);
    backup.resolve();
    await vi.waitFor(() => expect(main.answers).toEqual(['exit-1']));
  });

  it('answers too when the backup failed, so main need not wait for its limit; unsubscribes', async () => {
    const main = fakeMain();
    const unsubscribe = answerExitRequests(
      main.subscribe,
      () => Promise.reject(new Error('disk full')),
      main.done,
    );
    main.request('exit-2');
    await vi.waitFor(() => expect(main.answers).toEqual(['exit-2']));
    unsubscribe();
    expect(main.subscribed()).toBe(false);
  });
});

describe('the backup at exit, in a browser', () => {
  it('starts when the page is left or hidden, not when it is shown again', () => {
    const page = new EventTarget();
    const document = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    const backUp = vi.fn(async () => undefined);
    backUpWhenHidden(page, document, backUp);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(backUp).not.toHaveBeenCalled();
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(backUp).toHaveBeenCalledOnce();
    page.dispatchEvent(new Event('pagehide'));
    expect(backUp).toHaveBeenCalledTimes(2);
  });
});
