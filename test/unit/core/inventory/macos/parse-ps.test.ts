import { describe, expect, it } from 'vitest';
import { runningAppsFromPs } from '../../../../../electron/core/inventory/macos/parse-ps';
import { fixtureText } from './fixtures';

describe('runningAppsFromPs', () => {
  it('folds helpers into the outermost app and leaves out processes outside any app', () => {
    expect(runningAppsFromPs(fixtureText('ps-comm.txt'))).toEqual([
      { bundlePath: '/System/Library/CoreServices/Finder.app', name: 'Finder' },
      { bundlePath: '/Applications/Microsoft Outlook.app', name: 'Microsoft Outlook' },
      { bundlePath: '/Applications/Microsoft Teams.app', name: 'Microsoft Teams' },
      { bundlePath: '/Applications/Slack.app', name: 'Slack' },
      { bundlePath: '/Users/anna/Applications/Obsidian.app', name: 'Obsidian' },
    ]);
  });
});
