import { describe, expect, it } from 'vitest';
import { classifyFileName, iCloudStubTarget } from '../../../../../electron/core/inventory/documents/document-kinds';

describe('classifyFileName', () => {
  it.each([
    ['Report.docx', 'ooxml-document', 'zip', false],
    ['Macro.DOCM', 'ooxml-document', 'zip', true],
    ['Budget.xlsb', 'ooxml-workbook', 'zip', false],
    ['AddIn.xlam', 'ooxml-workbook', 'zip', true],
    ['Deck.ppsm', 'ooxml-presentation', 'zip', true],
    ['Brief.odt', 'odf-text', 'none', false],
    ['Zahlen.ods', 'odf-spreadsheet', 'none', false],
    ['Folien.odp', 'odf-presentation', 'none', false],
    ['Plan.odg', 'odf-other', 'none', false],
    ['Old.doc', 'legacy-word', 'ole', false],
    ['Old.xls', 'legacy-excel', 'ole', false],
    ['Old.ppt', 'legacy-powerpoint', 'ole', false],
    ['archive.pst', 'outlook-data', 'none', false],
    ['cache.ost', 'outlook-data', 'none', false],
    ['Notes.one', 'onenote', 'none', false],
    ['Notebook.onepkg', 'onenote', 'none', false],
    ['Flow.vsd', 'visio', 'none', false],
    ['Flow.vsdx', 'visio', 'zip', false],
    ['Flow.vsdm', 'visio', 'zip', true],
    ['Gantt.mpp', 'project', 'none', false],
    ['Kunden.accdb', 'access', 'none', false],
    ['Legacy.mdb', 'access', 'none', false],
    ['Flyer.pub', 'publisher', 'none', false],
  ])('%s is %s in a %s container (declares macros: %s)', (name, kind, container, declaresMacro) => {
    expect(classifyFileName(name)).toEqual({ kind, container, declaresMacro });
  });

  it('ignores other files, dotfiles without an extension and Office owner (lock) files', () => {
    for (const name of ['notes.txt', 'photo.jpg', '.docx', 'docx', 'trailing.', '~$Report.docx', 'Report.docx.bak']) {
      expect(classifyFileName(name)).toBeUndefined();
    }
  });
});

describe('classifyFileName on names that look like object properties', () => {
  it('knows only its own extensions', () => {
    expect(classifyFileName('notes.constructor')).toBeUndefined();
    expect(classifyFileName('x.__proto__')).toBeUndefined();
    expect(classifyFileName('x.hasownproperty')).toBeUndefined();
  });

  it('hands out one classification per extension', () => {
    expect(classifyFileName('a.docx')).toBe(classifyFileName('B.DOCX'));
  });
});

describe('iCloudStubTarget', () => {
  it('recovers the real name behind an evicted iCloud Drive file', () => {
    expect(iCloudStubTarget('.Budget 2025.xlsx.icloud')).toBe('Budget 2025.xlsx');
    expect(iCloudStubTarget('Budget.xlsx')).toBeUndefined();
    expect(iCloudStubTarget('Budget.xlsx.icloud')).toBeUndefined();
  });
});
