import { describe, expect, it } from 'vitest';
import { systemProfilerImporter } from '../../../../../electron/core/fleet/importers/system-profiler';
import { fixture } from '../read-fixture';

describe('system_profiler importer', () => {
  it('reads -json output with publishers from the signing certificate', () => {
    const { hosts, errors } = systemProfilerImporter.parse(fixture('macos/MBP-KOMM-07.json'));
    expect(errors).toEqual([]);
    expect(hosts[0]?.identity).toEqual({ hostname: 'MBP-KOMM-07', toolName: 'system_profiler' });
    expect(hosts[0]?.os).toEqual({ platform: 'macos' });
    expect(hosts[0]?.items.map((item) => [item.name, item.version, item.publisher, item.source, item.evidence.importer])).toEqual([
      ['Microsoft Word', '16.89', 'Microsoft Corporation', 'import', 'system-profiler'],
      ['LibreOffice', '24.8.2', 'The Document Foundation', 'import', 'system-profiler'],
      ['Automator', '2.10', 'Apple', 'import', 'system-profiler'],
    ]);
  });

  it('reads -xml output (plist)', () => {
    const items = systemProfilerImporter.parse(fixture('macos/MBP-ALT-02.xml')).hosts[0]?.items ?? [];
    expect(items.map((item) => [item.name, item.version, item.installLocation])).toEqual([['Microsoft Excel', '16.88', '/Applications/Microsoft Excel.app']]);
  });

  it('reports a cut-off JSON profile', () => {
    const text = fixture('macos/MBP-KOMM-07.json').text.slice(0, 300);
    expect(systemProfilerImporter.parse({ fileName: 'p.json', text }).errors).toEqual([
      { file: 'p.json', reason: 'The JSON ends too early: the file looks cut off. Export it again and check it was copied completely.' },
    ]);
  });
});
