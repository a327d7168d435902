import { describe, expect, it } from 'vitest';
import { parseSnapList } from '../../../../../electron/core/inventory/linux/parse-snap';
import { fixture } from './helpers';

describe('parseSnapList', () => {
  it('keeps applications and drops bases, snapd and content snaps', () => {
    const snaps = parseSnapList(fixture('snap-list.txt'));
    expect(snaps.map((snap) => snap.name)).toEqual(['firefox', 'libreoffice', 'slack', 'teams-for-linux', 'thunderbird', 'zoom-client']);
    expect(snaps[0]).toEqual({ name: 'firefox', version: '136.0.1-1', revision: '5889', tracking: 'latest/stable', publisher: 'mozilla', verifiedPublisher: true, notes: [] });
    expect(snaps.find((snap) => snap.name === 'teams-for-linux')).toMatchObject({ publisher: 'ismael-martinez', verifiedPublisher: false });
  });

  it('reads local installs, combined notes and the unicode check mark', () => {
    const text = [
      'Name     Version  Rev  Tracking  Publisher  Notes',
      'mytool   0.1      x1   -         -          disabled,classic',
      'code     1.98.0   190  latest/stable  vscode✓  classic',
    ].join('\n');
    expect(parseSnapList(text)).toEqual([
      { name: 'mytool', version: '0.1', revision: 'x1', tracking: undefined, publisher: undefined, verifiedPublisher: false, notes: ['disabled', 'classic'] },
      { name: 'code', version: '1.98.0', revision: '190', tracking: 'latest/stable', publisher: 'vscode', verifiedPublisher: true, notes: ['classic'] },
    ]);
  });

  it('returns nothing for the "no snaps" message, errors and empty output', () => {
    expect(parseSnapList('')).toEqual([]);
    expect(parseSnapList("No snaps are installed yet. Try 'snap install hello-world'.")).toEqual([]);
    expect(parseSnapList('error: cannot communicate with server: connection refused')).toEqual([]);
  });
});
