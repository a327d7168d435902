import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppUrl } from '../../electron/main/protocol-resolver';

const bundle = path.resolve('/opt/switchyard/dist/renderer');

describe('resolveAppUrl', () => {
  it('serves files inside the bundle with their content type', () => {
    expect(resolveAppUrl('app://switchyard/index.html', bundle)).toEqual({
      filePath: path.join(bundle, 'index.html'), contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppUrl('app://switchyard/assets/index-abc.js', bundle)).toMatchObject({
      filePath: path.join(bundle, 'assets', 'index-abc.js'),
    });
    expect(resolveAppUrl('app://switchyard/', bundle)).toMatchObject({ filePath: path.join(bundle, 'index.html') });
  });

  it('keeps dot segments that the URL parser normalises inside the bundle', () => {
    for (const url of ['app://switchyard/../main/index.js', 'app://switchyard/%2e%2e/%2e%2e/etc/x.js']) {
      const resolved = resolveAppUrl(url, bundle) as { filePath: string };
      expect(resolved.filePath.startsWith(bundle + path.sep)).toBe(true);
    }
  });

  it.each([
    ['app://switchyard/..%2F..%2Fmain%2Findex.js', 'outside'],
    ['app://switchyard/assets/..%2F..%2F..%2Fsecret.js', 'outside'],
    ['app://switchyard/..%5C..%5Cwindows.js', 'forbidden character'],
    ['app://switchyard/a%00.js', 'forbidden character'],
    ['app://elsewhere/index.html', 'host'],
    ['file:///etc/passwd', 'scheme'],
    ['https://switchyard/index.html', 'scheme'],
    ['app://switchyard/%E0%A4%A', 'malformed'],
    ['app://switchyard/preload.node', 'file type'],
  ])('refuses %s', (url, reason) => {
    const resolved = resolveAppUrl(url, bundle);
    expect(resolved).toHaveProperty('refused');
    expect((resolved as { refused: string }).refused).toContain(reason);
  });
});
