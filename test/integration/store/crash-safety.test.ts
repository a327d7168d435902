/**
 * Kill the writing process with SIGKILL in the middle of its writes, reopen the database: everything it
 * reported as committed is there, and no transaction is half-written (each writes two rows, in two tables).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readChoices, readProgress } from '../../../electron/core/store/checklist-progress';
import { openStateDb } from '../../../electron/core/store/state-db';

const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runAndKill(file: string, afterCommits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-writer.ts'), file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastCommitted = -1;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (match) lastCommitted = Number(match[1]);
      }
      if (lastCommitted >= afterCommits && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(lastCommitted);
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe('state database crash safety', () => {
  it('keeps every committed transaction and no half-written one after SIGKILL', async () => {
    const file = path.join(dir, 'state.sqlite');
    const lastReported = await runAndKill(file, 300);
    expect(lastReported).toBeGreaterThanOrEqual(300);

    const db = openStateDb(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const progress = readProgress(db, 'crash');
    const choices = readChoices(db, 'crash');
    for (let n = 0; n <= lastReported; n++) {
      expect(progress.get(`item-${n}`)?.owner).toBe(`owner-${n}`);
      expect(choices.get(`product-${n}`)).toBe(`alternative-${n}`);
    }
    // The kill may land after a commit that was not yet reported; such a transaction must still be whole.
    for (const key of progress.keys()) {
      const n = key.slice('item-'.length);
      expect(choices.get(`product-${n}`)).toBe(`alternative-${n}`);
    }
    expect(progress.size).toBe(choices.size);
    db.close();
  }, 60_000);
});
