/**
 * `npm run build:catalogue`: compiles data/sources/**.yaml into data/dist/catalogue.sqlite.
 * Prints every error as FILE:LINE: FIELD: MESSAGE and exits 1 without writing anything when there is one.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBuildError } from './build-error';
import { buildCatalogue } from './build';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const result = buildCatalogue({
  sourcesDir: path.join(repoRoot, 'data', 'sources'),
  outFile: path.join(repoRoot, 'data', 'dist', 'catalogue.sqlite'),
  displayRoot: repoRoot,
});

if (result.ok) {
  const counts = Object.entries(result.counts).map(([name, count]) => `${count} ${name.replace('_', ' ')}`).join(', ');
  console.log(`catalogue built from ${result.files} source file(s): ${counts}`);
  console.log(`wrote ${path.relative(process.cwd(), result.outFile)} (build ${result.buildId}, data as of ${result.buildDate ?? 'no sources yet'})`);
} else {
  for (const error of result.errors) console.error(formatBuildError(error));
  console.error(`catalogue not built: ${result.errors.length} error(s) in data/sources; nothing was written`);
  process.exitCode = 1;
}
