import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueCommand, formatTable } from '../../../electron/cli/commands/catalogue';
import type { CliIo } from '../../../electron/cli/io';
import { buildFixtureCatalogue } from '../../unit/core/catalogue/fixture-catalogue';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (text: string) => { io.out += `${text}\n`; }, stderr: (text: string) => { io.err += `${text}\n`; } };
  return io;
}

describe('switchyard catalogue (in-process)', () => {
  let fixture: ReturnType<typeof buildFixtureCatalogue>;
  let run: (args: string[]) => Promise<{ code: number; out: string; err: string }>;
  beforeAll(() => {
    fixture = buildFixtureCatalogue();
    const command = createCatalogueCommand({ env: { SWITCHYARD_CATALOGUE: fixture.file }, repoRoot: '/nonexistent' });
    run = async (args) => {
      const io = capture();
      const code = await command(args, io);
      return { code, out: io.out, err: io.err };
    };
  });
  afterAll(() => fixture.cleanup());

  it('stats prints a readable table', async () => {
    const { code, out, err } = await run(['stats']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^products +4$/m);
    expect(out).toMatch(/^data licence +CC-BY-4\.0$/m);
    expect(out).toMatch(/^ {2}European vendor +4$/m);
  });

  it('stats --json is the documented stats object', async () => {
    const { code, out } = await run(['stats', '--json']);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual([
      'path', 'buildId', 'buildDate', 'schemaVersion', 'dataLicence', 'counts',
      'europeanAlternatives', 'openSourceAlternatives', 'selfHostableAlternatives',
    ]);
  });

  it('search joins the words of the query and prints a table of hits', async () => {
    const { code, out } = await run(['search', 'microsoft', 'word']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^kind +id +name +vendor +category$/);
    expect(out.split('\n')[2]).toMatch(/^product +ms-word +Microsoft Word +Microsoft Corporation +office-docs$/);
  });

  it('search --json returns the query and the results', async () => {
    const { out } = await run(['search', '--json', 'libreofice']);
    const parsed = JSON.parse(out) as { query: string; results: { id: string }[] };
    expect(parsed.query).toBe('libreofice');
    expect(parsed.results[0]).toMatchObject({ kind: 'alternative', id: 'libreoffice', name: 'LibreOffice' });
  });

  it('search says so when nothing matches, and still succeeds', async () => {
    expect(await run(['search', 'qqqqxz'])).toEqual({ code: 0, out: "no product or alternative matches 'qqqqxz'\n", err: '' });
  });

  it('show ID of a product prints its alternatives side by side with sources', async () => {
    const { code, out } = await run(['show', 'ms-word']);
    expect(code).toBe(0);
    expect(out).toContain('Microsoft Word (ms-word) — product');
    expect(out).toMatch(/^collabora-online +Collabora Online +Collabora Productivity Ltd +GB +yes +yes +partial +M$/m);
    expect(out).toContain('vendor: https://www.microsoft.com/en-us/about (verified 2026-10-01; covers country, owner_country, jurisdiction)');
  });

  it('show ID of an alternative prints its facts and what it replaces', async () => {
    const { code, out } = await run(['show', 'collabora-online']);
    expect(code).toBe(0);
    expect(out).toContain('EU hosting: Example Hosting GmbH (DE)');
    expect(out).toMatch(/^ms-word +Microsoft Word +partial +M$/m);
  });

  it('show --json tags the kind', async () => {
    const product = JSON.parse((await run(['show', 'dropbox', '--json'])).out) as { kind: string; product: { id: string; flags: unknown[] } };
    expect(product.kind).toBe('product');
    expect(product.product.flags).toHaveLength(1);
    const alternative = JSON.parse((await run(['show', 'opendesk', '--json'])).out) as { kind: string; alternative: { bundleOf: string[] } };
    expect(alternative).toMatchObject({ kind: 'alternative', alternative: { bundleOf: ['collabora-online', 'nextcloud-files'] } });
  });

  it('show of an unknown id fails with a one-line reason', async () => {
    expect(await run(['show', 'ms-wrod'])).toEqual({
      code: 1, out: '', err: "no product or alternative with id 'ms-wrod'; find ids with `switchyard catalogue search ms-wrod`\n",
    });
  });

  it.each([
    [[]], [['bogus']], [['search']], [['show']], [['show', 'a', 'b']], [['stats', 'extra']], [['stats', '--colour']],
  ])('bad usage %j exits 2 with the usage text', async (args) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain('usage: switchyard catalogue stats');
  });

  it('--catalogue FILE wins over the environment; a missing file is a one-line failure', async () => {
    const missing = path.join(fixture.dir, 'absent.sqlite');
    const { code, out, err } = await run(['stats', '--catalogue', missing]);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe(`no catalogue at ${missing}; build it with \`npm run build:catalogue\`, or point SWITCHYARD_CATALOGUE or --catalogue at one\n`);
  });

  it('finds the catalogue in the repository when nothing else is given', async () => {
    const command = createCatalogueCommand({ env: {}, repoRoot: path.resolve('/nonexistent-repo') });
    const io = capture();
    expect(await command(['stats'], io)).toBe(1);
    expect(io.err).toContain(path.join(path.resolve('/nonexistent-repo'), 'data', 'dist', 'catalogue.sqlite'));
  });
});

describe('formatTable', () => {
  it('pads every column but the last', () => {
    expect(formatTable(['a', 'bb'], [['xyz', 'q'], ['', 'long value']])).toBe('a    bb\n---  ----------\nxyz  q\n     long value');
  });
});
