import type { CorpusManifest, ManifestEntry } from '../../build/packFormat';
import { isNullableString, isRecord } from './jsonShape';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isCorpusManifest(value: unknown): value is CorpusManifest {
  return isRecord(value) && typeof value.version === 'string' && Array.isArray(value.packs) && value.packs.every(isManifestEntry);
}

function isManifestEntry(value: unknown): value is ManifestEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.file === 'string' &&
    typeof value.hash === 'string' &&
    SHA256_HEX.test(value.hash) &&
    Number.isInteger(value.size) &&
    Number.isInteger(value.count) &&
    isNullableString(value.paper) &&
    isNullableString(value.date) &&
    isNullableString(value.source)
  );
}
