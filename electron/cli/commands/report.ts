/**
 * `switchyard report --input FILE --format html|pdf|md|csv|json [--out FILE] [--lang en|de]`: the whole
 * pipeline (load → match → plan → report) on an inventory file, with default priorities and no saved state.
 * Without --out, text formats go to stdout; PDF needs --out.
 */
import path from 'node:path';
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
import type { AppEnvironment } from '../../core/api/app-environment';
import { DEFAULT_PRIORITIES, PRIORITIES_SETTING_KEY, PrioritiesSchema } from '../../core/planning/priorities';
import { createCoreServices } from '../../core/services';
import { readSetting } from '../../core/store/settings';
import { fleetPlan } from '../../core/workflows/fleet';
import type { ReportFormat } from '../../shared/contract';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';

/** The organisation-level report from the fleet in the state database ("Visio on 14 of 220 machines, used on 3"). */
async function reportFleet(env: AppEnvironment, db: string | undefined, format: ReportFormat, lang: 'en' | 'de', out: string | undefined, printPdf: PdfPrinter, io: CliIo): Promise<number> {
  const services = createCoreServices(env, { stateFile: db ? path.resolve(db) : undefined, printPdf });
  try {
    const state = services.state();
    const plan = fleetPlan(state, services.catalogue(), lang, readSetting(state, PRIORITIES_SETTING_KEY, PrioritiesSchema, DEFAULT_PRIORITIES), services.now());
    if (!plan) {
      io.stderr('switchyard report: no machines imported yet; run switchyard fleet import first');
      return EXIT_FAILURE;
    }
    const model = createReportModel(plan.checklist, { title: REPORT_TEXT[lang].title, scopeLabel: plan.label });
    if (out) {
      await writeReport(model, format, lang, out, printPdf);
      io.stderr(`Wrote ${out} (${plan.label}, ${plan.checklist.products.length} products, ${plan.checklist.totals.items} checklist items).`);
    } else {
      io.stdout(renderReport(model, format as Exclude<ReportFormat, 'pdf'>, lang));
    }
    return EXIT_OK;
  } catch (error) {
    io.stderr(`switchyard report: ${(error as Error).message}`);
    return EXIT_FAILURE;
  } finally {
    services.close();
  }
}

const USAGE = `usage: switchyard report --input FILE --format html|pdf|md|csv|json [--out FILE] [--lang en|de]
       switchyard report --fleet [--db FILE] --format html|pdf|md|csv|json [--out FILE] [--lang en|de]`;

export function createReportCommand(env: AppEnvironment, printPdf: PdfPrinter): CliCommand {
  return async (args, io) => {
    let values: { input?: string; format?: string; out?: string; lang?: string; fleet?: boolean; db?: string };
    try {
      ({ values } = parseArgs({ args, options: {
        input: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string', default: 'en' },
        fleet: { type: 'boolean' }, db: { type: 'string' },
      }, strict: true, allowPositionals: false }));
    } catch (error) {
      io.stderr(`switchyard report: ${(error as Error).message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    const format = ReportFormatSchema.safeParse(values.format);
    if (Boolean(values.input) === Boolean(values.fleet) || !format.success || (values.lang !== 'en' && values.lang !== 'de')) {
      const reason = Boolean(values.input) === Boolean(values.fleet) ? 'give either --input FILE or --fleet' : !format.success ? '--format must be html, pdf, md, csv or json' : '--lang must be en or de';
      io.stderr(`switchyard report: ${reason}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (format.data === 'pdf' && !values.out) {
      io.stderr(`switchyard report: a PDF needs --out FILE\n${USAGE}`);
      return EXIT_USAGE;
    }
    const lang = values.lang;
    if (values.fleet) return reportFleet(env, values.db, format.data, lang, values.out, printPdf, io);
    const loaded = await loadInventoryFile(values.input!);
    if (!loaded.ok) {
      io.stderr(`switchyard report: ${loaded.message}`);
      return EXIT_FAILURE;
    }
    const opened = openCatalogueRepository(env.cataloguePath);
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
