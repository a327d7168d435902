import { describe, expect, it } from 'vitest';
import { APPX_SCRIPT, UNINSTALL_SCRIPT, USERASSIST_SCRIPT } from '../../../../../electron/core/inventory/windows/powershell';

describe('PowerShell scripts', () => {
  it.each([['uninstall', UNINSTALL_SCRIPT], ['appx', APPX_SCRIPT], ['userassist', USERASSIST_SCRIPT]])(
    '%s: UTF-8 output, compressed JSON, no double quotes that command-line quoting could break',
    (_name, script) => {
      expect(script).toContain('[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false');
      expect(script).toMatch(/ConvertTo-Json .*-Compress$/);
      expect(script).not.toContain('"');
      expect(script).not.toMatch(/\$\{|undefined/);
    },
  );

  it('reads all three Uninstall roots, other loaded profiles and the Click-to-Run key', () => {
    expect(UNINSTALL_SCRIPT).toContain("'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall'");
    expect(UNINSTALL_SCRIPT).toContain("$tail = '\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall'");
    expect(UNINSTALL_SCRIPT).toContain("'Registry::HKEY_USERS\\' + $sid + $tail");
    expect(UNINSTALL_SCRIPT).toContain('ClickToRun\\Configuration');
    expect(UNINSTALL_SCRIPT).toContain("'DisplayName', 'DisplayVersion'");
  });
});
