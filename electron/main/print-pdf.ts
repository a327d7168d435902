/**
 * PDF export in the app: the self-contained HTML report printed by Chromium's printToPDF in a hidden,
 * sandboxed window with the same secure options as the main window (no preload, no Node).
 */
import { BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { PdfPrinter } from '../core/reports/pdf-printer';
import { createSecureWindowOptions } from './window-options';

export const electronPrintPdf: PdfPrinter = async (html, outFile) => {
  const options = createSecureWindowOptions('');
  delete options.webPreferences?.preload;
  const window = new BrowserWindow({ ...options, show: false }); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK AUXCLICK_JS_CHECK */
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: { marginType: 'default' } });
    await writeFile(outFile, pdf);
  } finally {
    window.destroy();
  }
};
