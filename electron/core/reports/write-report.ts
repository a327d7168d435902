/** One entry point for every report format; writes atomically so a failed export never leaves half a file. */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { ReportFormat } from '../../shared/contract';
import { renderCsvReport } from './csv-report';
import { renderHtmlReport } from './html-report';
import { renderJsonReport } from './json-report';
import { renderMarkdownReport } from './markdown-report';
import type { PdfPrinter } from './pdf-printer';
import type { ReportModel } from './report-model';
import type { ReportLang } from './report-text';

export function renderReport(model: ReportModel, format: Exclude<ReportFormat, 'pdf'>, lang: ReportLang): string {
  switch (format) {
    case 'html': return renderHtmlReport(model, lang);
    case 'md': return renderMarkdownReport(model, lang);
    case 'csv': return renderCsvReport(model, lang);
    case 'json': return renderJsonReport(model);
  }
}

export async function writeReport(model: ReportModel, format: ReportFormat, lang: ReportLang, outFile: string, printPdf: PdfPrinter): Promise<void> {
  const temp = `${outFile}.partial-${process.pid}`;
  try {
    if (format === 'pdf') {
      await printPdf(renderHtmlReport(model, lang), temp);
    } else {
      await writeFile(temp, renderReport(model, format, lang));
    }
    await rename(temp, outFile);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { html: 'html', pdf: 'pdf', md: 'md', csv: 'csv', json: 'json' };
