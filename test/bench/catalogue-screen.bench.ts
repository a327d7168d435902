/**
 * Catalogue screen: from a keystroke in the search box to the answer on screen, in Chromium with the production
 * bundle (the e2e harness; run `npm run build` first). Baseline in the same run: the bare API call for the same
 * prefixes from the same page, through the same bridge, so the ratio is what the screen adds on top of the call
 * (React state, rendering, dropping stale answers). The harness bridges through Playwright, which is slower than
 * Electron's IPC; both sides pay it equally.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = ['word', 'excel', 'outlook', 'teams', 'nextcloud', 'photoshop', 'dropbox', 'slack', 'zoom', 'onedrive'];
const WARM_UP_ROUNDS = 1;
const ROUNDS = 3;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const ms = (value: number): string => `${value.toFixed(2)} ms`;

/**
 * harness.ts is written for vitest, which defines __dirname; `npm run bench` loads files as ES modules through
 * tsx, where it is missing. Give it the folder it expects before loading it.
 */
async function loadHarness() {
  const scope = globalThis as { __dirname?: string };
  scope.__dirname ??= path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../e2e');
  return import('../e2e/harness');
}

export async function run(): Promise<void> {
  const { launchHarness } = await loadHarness();
  const harness = await launchHarness();
  try {
    const { page } = harness;
    await harness.goto('catalogue');
    const input = page.getByLabel('Product, alternative, vendor or category');
    await input.waitFor();
    // In the page: the time from the input event to the status line naming that query (same React commit as the table).
    await page.evaluate(() => {
      const state = window as unknown as { __start: number; __query: string; __samples: number[] };
      state.__samples = [];
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      const status = document.querySelector('[data-testid="search-status"]')!;
      box.addEventListener('input', () => { state.__start = performance.now(); state.__query = box.value.trim(); }, true);
      new MutationObserver(() => {
        if (state.__query && status.textContent?.includes(`“${state.__query}”`)) {
          state.__samples.push(performance.now() - state.__start);
          state.__query = '';
        }
      }).observe(status, { childList: true, subtree: true, characterData: true });
    });

    const typeAll = async () => {
      for (const word of WORDS) {
        await input.fill('');
        for (let length = 1; length <= word.length; length++) {
          await input.press(word[length - 1]!);
          await page.getByTestId('search-status').filter({ hasText: `“${word.slice(0, length)}”` }).waitFor();
        }
      }
    };
    const callAll = () => page.evaluate(async (words) => {
      const samples: number[] = [];
      const api = (window as unknown as { switchyard: { 'catalogue.search': (input: { query: string; limit: number }) => Promise<unknown> } }).switchyard;
      for (const word of words) {
        for (let length = 1; length <= word.length; length++) {
          const start = performance.now();
          await api['catalogue.search']({ query: word.slice(0, length), limit: 20 });
          samples.push(performance.now() - start);
        }
      }
      return samples;
    }, WORDS);

    for (let round = 0; round < WARM_UP_ROUNDS; round++) { await typeAll(); await callAll(); }
    await page.evaluate(() => { (window as unknown as { __samples: number[] }).__samples = []; });
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) { await typeAll(); baseline.push(...await callAll()); }
    const screen = await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);

    const keystrokes = ROUNDS * WORDS.reduce((sum, word) => sum + word.length, 0);
    console.log(`catalogue screen: ${keystrokes} keystrokes over ${WORDS.length} words x ${ROUNDS} rounds (after ${WARM_UP_ROUNDS} warm-up round)`);
    console.log(`  keystroke -> results on screen: p50 ${ms(percentile(screen, 50))}, p95 ${ms(percentile(screen, 95))}, max ${ms(Math.max(...screen))} (${screen.length} samples)`);
    console.log(`  baseline, bare API call:        p50 ${ms(percentile(baseline, 50))}, p95 ${ms(percentile(baseline, 95))} (${baseline.length} samples)`);
    console.log(`  ratio screen/baseline: p50 ${(percentile(screen, 50) / percentile(baseline, 50)).toFixed(2)}x, p95 ${(percentile(screen, 95) / percentile(baseline, 95)).toFixed(2)}x`);
  } finally {
    await harness.close();
  }
}
