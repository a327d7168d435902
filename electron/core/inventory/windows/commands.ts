/**
 * Where the Windows tools live. With %SystemRoot% known they are run by full path, so a same-named
 * program earlier on the user's PATH cannot stand in for them; without it (never on a real Windows)
 * the bare name is left to the PATH search.
 */
import type { CollectorContext } from '../collector';

const TOOLS = {
  powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
  reg: ['System32', 'reg.exe'],
  tasklist: ['System32', 'tasklist.exe'],
  whoami: ['System32', 'whoami.exe'],
} as const;

export type WindowsTool = keyof typeof TOOLS;

export function windowsTool(context: Pick<CollectorContext, 'env'>, tool: WindowsTool): string {
  const root = context.env.SystemRoot ?? context.env.SYSTEMROOT;
  const parts = TOOLS[tool];
  return root ? [root.replace(/\\+$/, ''), ...parts].join('\\') : (parts.at(-1) ?? tool);
}
