import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../../electron/core/matching/normalise';

describe('normaliseName', () => {
  it.each([
    ['Microsoft 365 Apps for enterprise - de-de', 'microsoft 365'],
    ['Python 3.12.1 (64-bit)', 'python'],
    ['7-Zip 23.01 (x64)', '7 zip'],
    ['Zoom Workplace (64-bit)', 'zoom workplace'],
    ['Zoom.app', 'zoom'],
    ['Mozilla Firefox (x64 de)', 'mozilla firefox de'],
    ['Microsoft® Office Professional Plus 2019 - en-us', 'microsoft office'],
    ['Adobe Acrobat Reader DC (TM) 2024.002.20759', 'adobe acrobat reader dc'],
    ['Notepad++ (64-bit x64)', 'notepad'],
    ['Écrivain Édition Standard v2.1', 'ecrivain'],
    ['ZOOM   WORKPLACE', 'zoom workplace'],
    ['OnlyOffice Desktop Editors x86', 'onlyoffice editors'],
    ['Microsoft Project - fr-fr', 'microsoft project'],
    ['Microsoft Publisher 2016 MSO (Version 2410)', 'microsoft publisher mso'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });
});
