/**
 * Lint is the guard of the layering in ARCHITECTURE.md. These cases prove the rules fire: if someone
 * loosens eslint.config.js, this test fails.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering rules', () => {
  it.each([
    ['electron in core', "import { app } from 'electron';\nexport const x = app;\n", 'electron/core/inventory/x.ts'],
    ['electron in shared', "import { app } from 'electron';\nexport const x = app;\n", 'electron/shared/x.ts'],
    ['electron in the renderer', "import { app } from 'electron';\nexport const x = app;\n", 'renderer/features/x.ts'],
    ['node:fs in the renderer', "import fs from 'node:fs';\nexport const x = fs;\n", 'renderer/features/x.ts'],
    ['fs in the renderer', "import fs from 'fs';\nexport const x = fs;\n", 'renderer/app/x.ts'],
    ['core from the renderer', "import { dispatch } from '../../electron/core/api/dispatch';\nexport const x = dispatch;\n", 'renderer/app/x.ts'],
    ['main from core', "import { registerIpc } from '../../main/ipc';\nexport const x = registerIpc;\n", 'electron/core/api/x.ts'],
    ['node:path in shared', "import path from 'node:path';\nexport const x = path;\n", 'electron/shared/x.ts'],
    ['raw ipcMain in main', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", 'electron/main/other.ts'],
    ['raw ipcRenderer in the preload helpers', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'electron/preload/create-api.ts'],
  ])('rejects %s', async (_label, code, file) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('rejects focused tests', async () => {
    expect(await ruleIdsFor("import { it } from 'vitest';\nit.only('x', () => {});\n", 'test/unit/x.test.ts')).toContain('no-restricted-properties');
  });

  it.each([
    ["import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", 'electron/main/ipc.ts'],
    ["import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'electron/preload/index.ts'],
    ["import { app } from 'electron';\nexport const x = app;\n", 'electron/main/index.ts'],
    ["import { z } from 'zod';\nexport const x = z;\n", 'renderer/app/x.ts'],
  ])('allows the sanctioned import in %#', async (code, file) => {
    expect(await ruleIdsFor(code, file)).not.toContain('no-restricted-imports');
  });
});
