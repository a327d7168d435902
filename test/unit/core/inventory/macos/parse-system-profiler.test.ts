import { describe, expect, it } from 'vitest';
import {
  parseSystemProfilerJson, parseSystemProfilerXml, publisherOf, teamId,
} from '../../../../../electron/core/inventory/macos/parse-system-profiler';
import { fixtureText } from './fixtures';

describe('parseSystemProfilerJson', () => {
  const { apps, problems } = parseSystemProfilerJson(fixtureText('system-profiler.json'));

  it('reads every named application and says how many records had no name', () => {
    expect(apps.map((a) => a.name)).toEqual(['Microsoft Word', 'Slack', 'LibreOffice', 'Keynote', 'Safari', 'Obsidian', 'Hausaufgaben-Planer']);
    expect(problems).toEqual(['1 application record(s) without a name were skipped.']);
  });

  it('keeps version, path, origin, signing chain, architecture and info', () => {
    expect(apps[2]).toEqual({
      name: 'LibreOffice', version: '25.8.2', path: '/Applications/LibreOffice.app', lastModified: '2025-10-20T12:00:31.000Z',
      obtainedFrom: 'identified_developer', archKind: 'arch_arm', info: 'LibreOffice 25.8.2.2',
      signedBy: ['Developer ID Application: The Document Foundation (7P5S3ZLCN7)', 'Developer ID Certification Authority', 'Apple Root CA'],
    });
    expect(apps[6]).toEqual({ name: 'Hausaufgaben-Planer', path: '/Applications/Hausaufgaben-Planer.app', lastModified: '2019-02-01T08:00:00.000Z', obtainedFrom: 'unknown', archKind: 'arch_i64', signedBy: [] });
  });

  it('derives publisher and team id from the leaf certificate', () => {
    expect(apps.map((a) => [publisherOf(a) ?? null, teamId(a) ?? null])).toEqual([
      ['Microsoft Corporation', 'UBF8T346G9'],
      ['Slack Technologies, Inc.', 'BQR82RBBHL'],
      ['The Document Foundation', '7P5S3ZLCN7'],
      [null, null],
      ['Apple', null],
      ['Dynalist Inc.', '6JSW4SJWN9'],
      [null, null],
    ]);
  });

  it('reports unreadable or unexpected JSON in plain words', () => {
    expect(parseSystemProfilerJson('{"SPApplicationsDataType":').problems[0]).toMatch(/^The application list from System Information is not readable JSON/);
    expect(parseSystemProfilerJson('{"SPSoftwareDataType":[]}').problems).toEqual(['The application list from System Information has no SPApplicationsDataType section.']);
    expect(parseSystemProfilerJson('null').apps).toEqual([]);
  });
});

describe('parseSystemProfilerXml', () => {
  it('reads the _items of the SPApplicationsDataType section, with plist dates', () => {
    expect(parseSystemProfilerXml(fixtureText('system-profiler.xml'))).toEqual({
      apps: [
        {
          name: 'Microsoft Word', version: '16.16.8', path: '/Applications/Microsoft Word.app', lastModified: '2019-03-12T06:14:22.000Z',
          obtainedFrom: 'identified_developer',
          signedBy: ['Developer ID Application: Microsoft Corporation (UBF8T346G9)', 'Developer ID Certification Authority', 'Apple Root CA'],
        },
        { name: 'Programme d’installation', version: '6.2', path: '/System/Library/CoreServices/Installer.app', lastModified: '2018-09-21T04:21:18.000Z', obtainedFrom: 'apple', signedBy: [] },
      ],
      problems: [],
    });
  });

  it('reports text that is not a property list', () => {
    expect(parseSystemProfilerXml('system_profiler: unknown option').problems).toEqual(['The application list from System Information is not a property list.']);
    expect(parseSystemProfilerXml('<?xml version="1.0"?><plist version="1.0"><array><dict><key>_items</key><string>x</string></dict></array></plist>').problems)
      .toEqual(['The application list from System Information has no SPApplicationsDataType section.']);
  });
});
