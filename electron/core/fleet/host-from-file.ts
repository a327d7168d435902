/**
 * Formats that carry no host fields (osqueryi output, winget export, .reg exports, PowerShell JSON) are
 * collected by deployment scripts that name each file after the machine (`%COMPUTERNAME%.json`,
 * `$(hostname).json`). The file name is then the only identity there is.
 */
import type { HostIdentityClaims } from './importer';

export function identityFromFileName(fileName: string): HostIdentityClaims {
  // A file inside a ZIP is named "archive.zip › folder/PC-01.json"; the member's own name counts.
  const member = fileName.split(' › ').pop() ?? fileName;
  const base = member.split(/[\\/]/).pop() ?? '';
  const hostname = base.replace(/\.[^.]*$/, '').trim();
  return hostname ? { hostname } : {};
}
