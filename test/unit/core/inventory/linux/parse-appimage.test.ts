import { describe, expect, it } from 'vitest';
import { detectAppImageType, parseAppImageFileName } from '../../../../../electron/core/inventory/linux/parse-appimage';

const elf = (typeByte: number, ai = [0x41, 0x49]) => Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...ai, typeByte, 0, 0, 0, 0, 0]);

describe('detectAppImageType', () => {
  it('recognises type 1 and type 2 by the magic at offset 8', () => {
    expect(detectAppImageType(elf(2))).toBe(2);
    expect(detectAppImageType(elf(1))).toBe(1);
  });

  it('rejects plain ELF binaries, other files and short reads', () => {
    expect(detectAppImageType(elf(0, [0, 0]))).toBeUndefined();
    expect(detectAppImageType(elf(3))).toBeUndefined();
    expect(detectAppImageType(Buffer.from('<html>download failed</html>'))).toBeUndefined();
    expect(detectAppImageType(new Uint8Array(0))).toBeUndefined();
    expect(detectAppImageType(elf(2).subarray(0, 10))).toBeUndefined();
  });
});

describe('parseAppImageFileName', () => {
  it.each([
    ['Obsidian-1.5.3.AppImage', 'Obsidian', '1.5.3'],
    ['Nextcloud-3.13.0-x86_64.AppImage', 'Nextcloud', '3.13.0'],
    ['krita-5.2.2-x86_64.appimage', 'krita', '5.2.2'],
    ['LibreOffice_v24.8_amd64.AppImage', 'LibreOffice', '24.8'],
    ['Joplin.AppImage', 'Joplin', undefined],
    ['renamed-tool', 'renamed-tool', undefined],
    ['2048-game.AppImage', '2048-game', undefined],
  ])('%s -> %s %s', (fileName, name, version) => {
    expect(parseAppImageFileName(fileName)).toEqual(version === undefined ? { name } : { name, version });
  });
});
