/** Store/MSIX packages of the current user (new Teams, new Outlook, Microsoft 365 app ...). */
import type { Collector, CollectorOutput } from '../collector';
import { appxItem, parseAppxJson } from './parse-appx-json';
import { APPX_SCRIPT, runPowerShell } from './powershell';

export const appxCollector: Collector = {
  id: 'windows.appx',
  platforms: ['windows'],
  async collect(context): Promise<CollectorOutput> {
    const ps = await runPowerShell(context, APPX_SCRIPT);
    if (!ps.ok) {
      return ps.failure === 'not-found'
        ? { items: [], status: 'skipped', message: 'PowerShell is not available, so Store and MSIX apps (such as the new Teams and new Outlook) were not listed. This is expected on a computer that is not running Windows.' }
        : { items: [], status: 'failed', message: `Store and MSIX apps (such as the new Teams and new Outlook) could not be listed: ${ps.message}.` };
    }
    const parsed = parseAppxJson(ps.stdout);
    const items = parsed.packages.map(appxItem);
    return parsed.problems.length > 0 ? { items, status: items.length > 0 ? 'partial' : 'failed', message: parsed.problems.join(' ') } : { items };
  },
};
