// The benchmark's worker: the app's DataApi, built exactly as src/workers/data.worker.ts builds
// it, plus the measurements that must run beside it (benchApi.ts). Never shipped with the app.
import * as Comlink from 'comlink';
import { openDatabase } from '../../src/db/openDatabase';
import { createDataApi } from '../../src/workers/dataApi';
import { createBenchApi } from './benchApi';

const db = openDatabase();
Comlink.expose({ ...createDataApi({ db, fetch: (url, init) => fetch(url, init) }), ...createBenchApi(db) });
