import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { DubaoDatabase } from '../../../../src/db/DubaoDatabase';

export interface RecordedWrite {
  table: string;
  type: DBCoreMutateRequest['type'];
  /** Rows put or added, keys deleted (0 for a range delete). */
  count: number;
  /** Primary keys (of put/add rows with an inbound `id`, `articleId` or `key`, or deleted keys). */
  keys: unknown[];
}

/**
 * Records every write request that reaches IndexedDB (one request per bulkPut/bulkDelete/…),
 * by reopening `db` with a Dexie middleware. Returns the live list.
 */
export async function recordWrites(db: DubaoDatabase): Promise<RecordedWrite[]> {
  const writes: RecordedWrite[] = [];
  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name: 'recordWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            writes.push({ table: name, type: request.type, ...countOf(request) });
            return table.mutate(request);
          },
        };
      },
    }),
  });
  await db.open();
  return writes;
}

function countOf(request: DBCoreMutateRequest): Pick<RecordedWrite, 'count' | 'keys'> {
  switch (request.type) {
    case 'add':
    case 'put':
      return { count: request.values.length, keys: request.keys ?? request.values.map(keyOf) };
    case 'delete':
      return { count: request.keys.length, keys: request.keys };
    case 'deleteRange':
      return { count: 0, keys: [] };
  }
}

function keyOf(value: unknown): unknown {
  const row = value as Record<string, unknown>;
  return row.id ?? row.articleId ?? row.key ?? row.shard;
}
