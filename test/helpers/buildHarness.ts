// Builds the test harness (test/harness/) with the corpus of a seeds folder.
import { build } from 'vite';
import { harnessConfig, type HarnessBuildOptions } from '../harness/harnessConfig';

export async function buildHarness(options: HarnessBuildOptions): Promise<void> {
  await build({ ...harnessConfig(options), configFile: false });
}
