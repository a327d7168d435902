/**
 * PDF is the HTML report printed by a browser engine. The app passes Electron's printToPDF; the CLI uses
 * headless Chromium through runCommand (no shell, a timeout, no network: the report has no remote content).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand, type RunCommand } from '../inventory/run-command';

export type PdfPrinter = (html: string, outFile: string) => Promise<void>;

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SWITCHYARD_CHROMIUM && existsSync(env.SWITCHYARD_CHROMIUM)) return env.SWITCHYARD_CHROMIUM;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

export function headlessChromiumPrinter(run: RunCommand = runCommand, browser = findChromium()): PdfPrinter {
  return async (html, outFile) => {
    if (!browser) {
      throw new Error('PDF needs Chromium or Chrome to print the HTML report and none was found; set SWITCHYARD_CHROMIUM, or export HTML and print it from a browser');
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'switchyard-pdf-'));
    try {
      const htmlFile = path.join(dir, 'report.html');
      await writeFile(htmlFile, html);
      // Chromium refuses to start its sandbox as root (CI containers); everyone else keeps it.
      const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
      const result = await run(browser, [
        '--headless', '--disable-gpu', ...sandbox, '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run', `--user-data-dir=${path.join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${outFile}`, pathToFileURL(htmlFile).href,
      ], { timeoutMs: 120_000 });
      if (!result.ok || !existsSync(outFile)) throw new Error(`printing the PDF failed: ${result.ok ? 'no file was written' : result.message}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}
