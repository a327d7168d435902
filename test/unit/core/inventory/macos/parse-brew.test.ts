import { describe, expect, it } from 'vitest';
import { parseBrewCaskList } from '../../../../../electron/core/inventory/macos/parse-brew';
import { fixtureText } from './fixtures';

describe('parseBrewCaskList', () => {
  it('reads token and the newest installed version', () => {
    expect(parseBrewCaskList(fixtureText('brew-list-casks.txt'))).toEqual([
      { token: 'firefox', version: '145.0.1' },
      { token: 'libreoffice', version: '25.8.2' },
      { token: 'signal', version: '7.79.0' },
      { token: 'slack', version: '4.47.59' },
      { token: 'visual-studio-code', version: '1.106.2' },
      { token: 'zoom', version: '6.6.6.67006' },
    ]);
  });

  it('ignores blank lines and warnings, keeps a cask without a version', () => {
    expect(parseBrewCaskList('\nWarning: Treating x as a cask.\nfont-inter\n')).toEqual([{ token: 'font-inter' }]);
  });
});
