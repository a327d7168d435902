// Runs Doyensec's Electronegativity over the main-process and preload sources, fully offline, and
// fails on any HIGH-severity finding. The tool's CLI fetches translation files from the network at
// start, so we configure its i18n from the bundled locale files and call its runner directly.
// AvailableSecurityFixesGlobalCheck is excluded because it looks up Electron releases online.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const packageRequire = createRequire(path.join(packageDir, 'package.json'));
const i18n = packageRequire('i18n');
i18n.configure({
  locales: ['en-US'], defaultLocale: 'en-US', directory: path.join(packageDir, 'dist', 'locales'),
  updateFiles: false, objectNotation: true, register: globalThis,
});
// The runner awaits the same network-fetching i18n setup; give it a module that only resolves.
const i18nModulePath = packageRequire.resolve('./dist/locales/i18n.js');
require.cache[i18nModulePath] = { id: i18nModulePath, filename: i18nModulePath, loaded: true, exports: { __esModule: true, default: async () => {} } };
const run = packageRequire('./dist/runner.js');
const { severity } = packageRequire('./dist/finder/attributes.js');
const electronVersion = require('electron/package.json').version;

const input = path.resolve('electron');
const result = await run({
  input, output: undefined, isSarif: false, customScan: [], excludeFromScan: ['availablesecurityfixesglobalcheck'],
  severitySet: undefined, confidenceSet: undefined, isRelative: true, isVerbose: false,
  electronUpgrade: undefined, electronVersionOverride: electronVersion, parserPlugins: [],
}, false);

const findings = result.issues.map((issue) => ({
  id: issue.id, severity: issue.severity.name ?? issue.severity.format(), value: issue.severity.value,
  file: issue.file, line: issue.location.line, manualReview: issue.manualReview,
}));
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.id.padEnd(34)} ${f.file}:${f.line}${f.manualReview ? ' (manual review)' : ''}`);
const high = findings.filter((f) => f.value >= severity.HIGH.value);
console.log(`electronegativity: ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${findings.length} findings, ${high.length} high or critical, ${result.errors.length} parse errors`);
if (result.errors.length > 0) console.log(result.errors.map((e) => `  cannot parse ${e.file}: ${e.message ?? e.error}`).join('\n'));
process.exitCode = high.length > 0 || result.errors.length > 0 ? 1 : 0;
