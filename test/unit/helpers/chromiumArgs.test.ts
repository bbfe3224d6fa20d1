import sparticuz from '@sparticuz/chromium';
import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../helpers/chromium';

describe('chromiumArgs', () => {
  const args = chromiumArgs(sparticuz.args);

  it('drops the flags that would hide security bugs', () => {
    for (const unsafe of ['--disable-web-security', '--allow-running-insecure-content', '--single-process']) {
      expect(sparticuz.args).toContain(unsafe);
      expect(args).not.toContain(unsafe);
    }
  });

  it('adds the flags for a machine without network, once each', () => {
    for (const flag of ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']) {
      expect(args.filter((a) => a === flag)).toEqual([flag]);
    }
  });

  it('keeps the package’s other flags', () => {
    expect(args).toContain('--no-zygote');
  });
});
