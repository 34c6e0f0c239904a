import type { DBCore, Middleware } from 'dexie';

/**
 * Fails the write number `failAt` (counting from 0 once armed) with an error, as a full disk or a crash would:
 * a DBCore middleware under every table's mutate.
 */
export function failureInjector(): { middleware: Middleware<DBCore>; arm: (failAt: number) => void } {
  let failAt = -1;
  let writes = 0;
  return {
    arm: (at) => {
      failAt = at;
      writes = 0;
    },
    middleware: {
      stack: 'dbcore',
      name: 'inject-write-failure',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              failAt >= 0 && writes++ === failAt
                ? Promise.reject(new Error(`injected failure of write ${failAt} (${name} ${request.type})`))
                : table.mutate(request),
          };
        },
      }),
    },
  };
}
