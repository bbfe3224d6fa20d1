import type { DexieOptions } from 'dexie';
import { DubaoDatabase } from '../../../../src/db/DubaoDatabase';
import { schemaVersions } from '../../../../src/db/schemaVersions';

/** A database as a released version left it: its schema version and the rows of each table. */
export interface DatabaseFixture {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/**
 * Creates the database `name` as the app at `fixture.schemaVersion` did (only the schema versions
 * up to it are declared, exactly as released) and fills its tables with the fixture's rows.
 * The database is closed again, ready to be opened by the current code.
 */
export async function createDatabaseAtVersion(
  name: string,
  fixture: DatabaseFixture,
  idb: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>,
): Promise<void> {
  const versions = schemaVersions.filter((v) => v.version <= fixture.schemaVersion);
  if (versions.at(-1)?.version !== fixture.schemaVersion) throw new Error(`no released schema version ${fixture.schemaVersion}`);
  const db = new DubaoDatabase(name, idb, versions);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows);
  });
  db.close();
}
