/**
 * `switchyard report --input FILE --format html|pdf|md|csv|json [--out FILE] [--lang en|de]`: the whole
 * pipeline (load → match → plan → report) on an inventory file, with default priorities and no saved state.
 * Without --out, text formats go to stdout; PDF needs --out.
 */
import { parseArgs } from 'node:util';
import { openCatalogueRepository } from '../../core/catalogue/repository';
import { createReportModel } from '../../core/reports/report-model';
import { REPORT_TEXT } from '../../core/reports/report-text';
import type { PdfPrinter } from '../../core/reports/pdf-printer';
import { renderReport, writeReport } from '../../core/reports/write-report';
import { analyseInventory } from '../../core/workflows/analyse';
import { loadInventoryFile } from '../../core/workflows/load-inventory';
import { NO_PLAN_STATE, planInventory } from '../../core/workflows/plan-inventory';
import { ReportFormatSchema } from '../../shared/contract';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand } from '../io';

const USAGE = 'usage: switchyard report --input FILE --format html|pdf|md|csv|json [--out FILE] [--lang en|de]';

export function createReportCommand(cataloguePath: () => string, printPdf: PdfPrinter): CliCommand {
  return async (args, io) => {
    let values: { input?: string; format?: string; out?: string; lang?: string };
    try {
      ({ values } = parseArgs({ args, options: { input: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string', default: 'en' } }, strict: true, allowPositionals: false }));
    } catch (error) {
      io.stderr(`switchyard report: ${(error as Error).message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    const format = ReportFormatSchema.safeParse(values.format);
    if (!values.input || !format.success || (values.lang !== 'en' && values.lang !== 'de')) {
      io.stderr(`switchyard report: ${!values.input ? '--input is required' : !format.success ? '--format must be html, pdf, md, csv or json' : '--lang must be en or de'}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (format.data === 'pdf' && !values.out) {
      io.stderr(`switchyard report: a PDF needs --out FILE\n${USAGE}`);
      return EXIT_USAGE;
    }
    const lang = values.lang;
    const loaded = await loadInventoryFile(values.input);
    if (!loaded.ok) {
      io.stderr(`switchyard report: ${loaded.message}`);
      return EXIT_FAILURE;
    }
    const opened = openCatalogueRepository(cataloguePath());
    if (!opened.ok) {
      io.stderr(`switchyard report: the catalogue is ${opened.status.state} (${opened.status.path}); build it with npm run build:catalogue`);
      return EXIT_FAILURE;
    }
    try {
      const analysis = analyseInventory(loaded.inventory, opened.repository.listMatchables());
      const checklist = planInventory(loaded.inventory, analysis.findings, opened.repository, 'local', lang, NO_PLAN_STATE);
      const model = createReportModel(checklist, { title: REPORT_TEXT[lang].title, scopeLabel: loaded.inventory.host.hostname });
      if (values.out) {
        await writeReport(model, format.data, lang, values.out, printPdf);
        io.stderr(`Wrote ${values.out} (${checklist.products.length} products, ${checklist.totals.items} checklist items).`);
      } else {
        io.stdout(renderReport(model, format.data as Exclude<typeof format.data, 'pdf'>, lang));
      }
      return EXIT_OK;
    } catch (error) {
      io.stderr(`switchyard report: ${(error as Error).message}`);
      return EXIT_FAILURE;
    } finally {
      opened.repository.close();
    }
  };
}
