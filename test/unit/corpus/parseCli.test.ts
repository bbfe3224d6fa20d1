import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const SEED = join(ROOT, 'seeds/000_2bc5e1aa8259982a.txt');
// 本报讯 你好，世界。 in GBK
const GBK_PAGE = Uint8Array.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7, 0xa1, 0xa3, 0x0a]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

let dir: string;

function parseCli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dubao-parse-'));
  copyFileSync(SEED, join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'photo.txt'), PNG);
  writeFileSync(join(dir, 'gbk.txt'), GBK_PAGE);
  mkdirSync(join(dir, 'pages'));
  copyFileSync(SEED, join(dir, 'pages', 'a.txt'));
  copyFileSync(SEED, join(dir, 'pages', 'b.txt'));
  writeFileSync(join(dir, 'pages', 'notes.md'), '# not a page');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run parse', { timeout: 60_000 }, () => {
  it('prints only the documents JSON on stdout and names each bad file on stderr', () => {
    const files = ['good.txt', 'empty.txt', 'photo.txt', 'gbk.txt'].map((name) => join(dir, name));
    const { status, stdout, stderr } = parseCli(...files);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { documents: { source: string; items: unknown[] }[] };
    expect(Object.keys(output)).toEqual(['documents']);
    expect(output.documents.map((d) => d.source)).toEqual(['good.txt', 'gbk.txt']);
    expect(stderr).toContain(`${files[1]}: empty file, skipped`);
    expect(stderr).toContain(`${files[2]}: binary file, skipped`);
    expect(stderr).toContain(`${files[3]}: not UTF-8; decoded as GB18030`);
  });

  it('parses the *.txt files inside a directory argument, in name order', () => {
    const { status, stdout } = parseCli(join(dir, 'pages'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).documents.map((d: { source: string }) => d.source)).toEqual(['a.txt', 'b.txt']);
  });

  it('fails when no file could be parsed, still printing valid JSON', () => {
    const { status, stdout, stderr } = parseCli(join(dir, 'empty.txt'), join(dir, 'photo.txt'), join(dir, 'missing.txt'));
    expect(status).not.toBe(0);
    expect(JSON.parse(stdout)).toEqual({ documents: [] });
    expect(stderr).toContain(`${join(dir, 'missing.txt')}: cannot read (ENOENT)`);
  });

  it('prints its usage and fails when given no file', () => {
    const { status, stdout, stderr } = parseCli();
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage:/);
  });
});
