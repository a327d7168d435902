/**
 * `npm run bench`: runs every test/bench/*.bench.ts in turn (or those named on the command line, e.g.
 * `npm run bench -- matching scan`). Each benchmark prints its own figures next to a baseline measured in
 * the same run. Benchmarks never assert times; they report them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

let failures = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  try {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as { run?: () => Promise<void> };
    if (typeof module.run !== 'function') throw new Error('exports no run()');
    await module.run();
  } catch (error) {
    failures++;
    console.error(`${file} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}
console.log(`\n${files.length - failures} of ${files.length} benchmarks ran${failures ? `, ${failures} failed` : ''}.`);
process.exitCode = failures ? 1 : 0;
