/**
 * The PowerShell readers, as script text, and the one helper that runs them. Each script prints one
 * line of UTF-8 JSON ([Console]::OutputEncoding is set first, as GLPI's AppX reader does, because the
 * console code page would otherwise mangle non-ASCII publisher names).
 *
 * The scripts contain no double quotes: the text travels as one -Command argument, and Windows command
 * line quoting of embedded double quotes differs between Node and powershell.exe. Registry keys are
 * read with RegistryKey.GetValue per value rather than Get-ItemProperty, which silently drops keys that
 * have no values and fails as a whole on one unreadable value.
 */
import type { CollectorContext } from '../collector';
import type { RunResult } from '../run-command';
import { windowsTool } from './commands';

const UTF8_OUTPUT = '[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false';

export const UNINSTALL_VALUE_NAMES = [
  'DisplayName', 'DisplayVersion', 'Publisher', 'InstallDate', 'InstallLocation', 'InstallSource',
  'UninstallString', 'QuietUninstallString', 'DisplayIcon', 'EstimatedSize', 'SystemComponent',
  'ParentKeyName', 'ReleaseType', 'WindowsInstaller', 'BundleProviderKey',
] as const;

/**
 * Uninstall entries of HKLM (64-bit view), HKLM WOW6432Node (32-bit view), HKCU and every other loaded
 * user hive under HKEY_USERS (real user SIDs only: S-1-5-21-..., not the *_Classes hives), plus the
 * Click-to-Run Configuration values. Prints { entries: [...], clickToRun: {...} | null }.
 */
export const UNINSTALL_SCRIPT = `$ErrorActionPreference = 'SilentlyContinue'
${UTF8_OUTPUT}
$names = @(${UNINSTALL_VALUE_NAMES.map((n) => `'${n}'`).join(', ')})
$tail = '\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall'
$roots = @('Registry::HKEY_LOCAL_MACHINE' + $tail, 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall', 'Registry::HKEY_CURRENT_USER' + $tail)
$me = [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value
foreach ($hive in @(Get-ChildItem -LiteralPath 'Registry::HKEY_USERS')) {
  $sid = $hive.PSChildName
  if ($sid -match '^S-1-5-21-[0-9-]+$' -and $sid -ne $me) { $roots += 'Registry::HKEY_USERS\\' + $sid + $tail }
}
$entries = foreach ($root in $roots) {
  foreach ($k in @(Get-ChildItem -LiteralPath $root)) {
    $o = [ordered]@{ path = $k.Name }
    foreach ($n in $names) { $o[$n] = $k.GetValue($n, $null, 'DoNotExpandEnvironmentNames') }
    [pscustomobject]$o
  }
}
$c2r = $null
$ck = Get-Item -LiteralPath 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration'
if ($ck) {
  $c2r = [ordered]@{}
  foreach ($n in $ck.GetValueNames()) { if ($n -ne '') { $c2r[$n] = $ck.GetValue($n) } }
}
ConvertTo-Json -InputObject ([ordered]@{ entries = @($entries); clickToRun = $c2r }) -Depth 4 -Compress`;

/**
 * Current user's MSIX/AppX packages (-AllUsers needs elevation). Enums are cast to strings because
 * Windows PowerShell 5.1 serialises them as numbers and has no -EnumsAsStrings.
 */
export const APPX_SCRIPT = `$ErrorActionPreference = 'SilentlyContinue'
${UTF8_OUTPUT}
$p = @(Get-AppxPackage | Select-Object Name, PackageFamilyName, PackageFullName, Version, Publisher, PublisherId, @{n='Architecture';e={[string]$_.Architecture}}, @{n='SignatureKind';e={[string]$_.SignatureKind}}, InstallLocation, IsFramework, IsResourcePackage, IsBundle, NonRemovable, @{n='Status';e={[string]$_.Status}})
ConvertTo-Json -InputObject $p -Depth 2 -Compress`;

/** UserAssist Count values of the current user, binary data as base64. */
export const USERASSIST_SCRIPT = `$ErrorActionPreference = 'SilentlyContinue'
${UTF8_OUTPUT}
$base = 'Registry::HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\UserAssist'
$out = foreach ($g in @(Get-ChildItem -LiteralPath $base)) {
  $c = $g.OpenSubKey('Count')
  if ($c) {
    foreach ($n in $c.GetValueNames()) {
      $v = $c.GetValue($n)
      if ($v -is [byte[]]) { [pscustomobject]@{ guid = $g.PSChildName; name = $n; data = [Convert]::ToBase64String($v) } }
    }
  }
}
ConvertTo-Json -InputObject @($out) -Compress`;

export const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'] as const;

export function runPowerShell(context: CollectorContext, script: string, timeoutMs = 60_000): Promise<RunResult> {
  return context.run(windowsTool(context, 'powershell'), [...POWERSHELL_ARGS, script], { timeoutMs, signal: context.signal });
}
