// The data worker: ingest and search off the page's thread. Its API is dataApi.ts; the page
// talks to it through dataBridge.ts only.
import * as Comlink from 'comlink';
import { openDatabase } from '../db/openDatabase';
import { createDataApi } from './dataApi';

Comlink.expose(createDataApi({ db: openDatabase(), fetch: (url, init) => fetch(url, init) }));
