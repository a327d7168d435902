/**
 * The HTML report: one self-contained file (inline CSS and SVG, no scripts, no remote fonts or images),
 * printable to PDF as it is. Everything dynamic is escaped.
 */
import type { ChecklistItem } from '../../shared/planning';
import { PHASES } from '../../shared/planning';
import { escapeHtml, safeUrl } from './escape';
import type { ReportModel } from './report-model';
import { fill, REPORT_TEXT, type ReportLang } from './report-text';
import { COLOURS, legend, stackedBars } from './svg-charts';

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",sans-serif;color:#1b1d22;margin:32px;line-height:1.45;font-size:14px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #1f5fbf;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.meta{color:#5b6270;margin:0 0 16px}.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #d9dde4;border-radius:8px;padding:10px 14px;min-width:150px}
.card b{display:block;font-size:22px}table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{text-align:left;border-bottom:1px solid #d9dde4;padding:5px 6px;vertical-align:top}
th{background:#eef1f6;font-weight:600}.legend span{margin-right:14px;font-size:12px}.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
.risk-high{color:#b3261e;font-weight:600}.risk-medium{color:#9a5b00}.verify{background:#fff3cd;border-radius:4px;padding:0 4px;font-size:12px}
.small{font-size:12px;color:#5b6270}footer{margin-top:32px;color:#5b6270;font-size:12px}
@media print{body{margin:12mm}h2,h3{break-after:avoid}tr,.keep{break-inside:avoid}}
`;

function itemRow(item: ChecklistItem, text: (typeof REPORT_TEXT)['en']): string {
  const sources = item.sources.map((s, i) => {
    const url = safeUrl(s.url);
    return url ? `<a href="${escapeHtml(url)}">[${i + 1}]</a>` : '';
  }).join(' ');
  return `<tr>
<td>${escapeHtml(item.title)}${item.verify ? ` <span class="verify">${escapeHtml(text.verify)}</span>` : ''}${item.productName ? `<div class="small">${escapeHtml(item.productName)}${item.alternativeName ? ` → ${escapeHtml(item.alternativeName)}` : ''}</div>` : ''}</td>
<td>${escapeHtml(item.owner || item.ownerRole)}</td>
<td>${escapeHtml(text.statuses[item.status])}</td>
<td>${escapeHtml(item.dueDate ?? '')}</td>
<td>${item.effortHours} ${escapeHtml(text.hours)}</td>
<td class="risk-${item.risk.level}">${escapeHtml(text.risks[item.risk.level])} (${item.risk.score})</td>
<td class="small">${escapeHtml(item.reasoning.join('; '))} ${sources}</td>
</tr>`;
}

export function renderHtmlReport(model: ReportModel, lang: ReportLang): string {
  const text = REPORT_TEXT[lang];
  const { checklist, meta } = model;
  const s = checklist.sovereignty;
  const categoryRows = s.rows.map((row) => ({
    label: row.categoryName,
    segments: [
      { label: text.usJurisdiction, value: row.usVendorProducts.length, colour: COLOURS.us },
      { label: text.otherNonEu, value: row.otherNonEuProducts.length, colour: COLOURS.other },
      { label: text.european, value: row.europeanProducts.length, colour: COLOURS.european },
    ],
  }));
  const beforeAfter = [
    { label: text.before, segments: [
      { label: text.usJurisdiction, value: s.before.usJurisdiction, colour: COLOURS.us },
      { label: text.otherNonEu, value: s.before.otherNonEu, colour: COLOURS.other },
      { label: text.european, value: s.before.european, colour: COLOURS.european }] },
    { label: text.after, segments: [
      { label: text.usJurisdiction, value: s.after.usJurisdiction, colour: COLOURS.us },
      { label: text.otherNonEu, value: s.after.otherNonEu, colour: COLOURS.other },
      { label: text.european, value: s.after.european, colour: COLOURS.european }] },
  ];
  const dataRows = [{ label: text.before, segments: [
    { label: text.cloud, value: s.before.cloud, colour: COLOURS.cloud }, { label: text.local, value: s.before.local, colour: COLOURS.local }] }];
  const decisions = { migrate: text.migrate, uninstall: text.uninstall, 'no-alternative': text.noAlternative } as const;
  const products = checklist.products.map((p) => `<tr>
<td>${escapeHtml(p.productName)}${p.hosts ? `<div class="small">${escapeHtml(fill(text.machines, { installed: p.hosts.installed, total: p.hosts.total, used: p.hosts.used90 }))}</div>` : ''}</td>
<td>${escapeHtml(p.vendor)} (${escapeHtml(p.vendorCountry)}${p.ownerCountry !== p.vendorCountry ? `, owner ${escapeHtml(p.ownerCountry)}` : ''})</td>
<td>${escapeHtml(p.dataLocation)}</td><td>${escapeHtml(decisions[p.decision])}</td>
<td>${p.chosen ? `${escapeHtml(p.chosen.name)} (${escapeHtml(p.chosen.country)}, ${escapeHtml(p.chosen.licence)})` : '—'}</td>
<td class="small">${escapeHtml(p.reasoning.join('; '))}</td></tr>`).join('');
  const phases = PHASES.filter((phase) => checklist.items.some((i) => i.phase === phase)).map((phase) => {
    const items = checklist.items.filter((i) => i.phase === phase);
    const done = items.filter((i) => i.status === 'done').length;
    return `<h3>${escapeHtml(text.phases[phase])} <span class="small">${done}/${items.length} ${escapeHtml(text.done)}</span></h3>
<table><thead><tr><th>${escapeHtml(text.item)}</th><th>${escapeHtml(text.owner)}</th><th>${escapeHtml(text.status)}</th><th>${escapeHtml(text.due)}</th><th>${escapeHtml(text.effort)}</th><th>${escapeHtml(text.risk)}</th><th>${escapeHtml(text.reasoning)}</th></tr></thead>
<tbody>${items.map((item) => itemRow(item, text)).join('')}</tbody></table>`;
  }).join('');
  const catalogue = fill(text.catalogueBuild, { id: checklist.catalogue.buildId.slice(0, 12), date: checklist.catalogue.buildDate ?? '—' });

  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(meta.title)} — ${escapeHtml(meta.scopeLabel)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(meta.title)}</h1>
<p class="meta">${escapeHtml(text.subtitle)}<br>${escapeHtml(text.scope)}: <b>${escapeHtml(meta.scopeLabel)}</b> · ${escapeHtml(text.scanDate)}: ${escapeHtml(checklist.scanDate.slice(0, 10))} · ${escapeHtml(text.generated)}: ${escapeHtml(checklist.generatedAt.slice(0, 10))} · ${escapeHtml(text.catalogue)}: ${escapeHtml(catalogue)}</p>
<h2>${escapeHtml(text.summary)}</h2>
<div class="cards">
<div class="card"><b>${checklist.products.length}</b>${escapeHtml(text.productsFound)}</div>
<div class="card"><b>${s.alreadySwitched.length}</b>${escapeHtml(text.alreadySwitched)}</div>
<div class="card"><b>${checklist.totals.items}</b>${escapeHtml(text.steps)} (${checklist.totals.done} ${escapeHtml(text.done)})</div>
<div class="card"><b>${checklist.totals.effortHours} ${escapeHtml(text.hours)}</b>${escapeHtml(text.effort)}</div>
</div>
${s.alreadySwitched.length ? `<p>${escapeHtml(text.alreadySwitched)}: ${escapeHtml(s.alreadySwitched.join(', '))}</p>` : ''}
<h2>${escapeHtml(text.sovereignty)}</h2>
${stackedBars(beforeAfter, { title: text.sovereignty })}
${legend([{ label: text.usJurisdiction, colour: COLOURS.us }, { label: text.otherNonEu, colour: COLOURS.other }, { label: text.european, colour: COLOURS.european }])}
${stackedBars(dataRows, { title: `${text.cloud} / ${text.local}` })}
${legend([{ label: text.cloud, colour: COLOURS.cloud }, { label: text.local, colour: COLOURS.local }])}
<div class="keep"><h3>${escapeHtml(text.byCategory)}</h3>
${categoryRows.length ? stackedBars(categoryRows, { title: text.byCategory }) : `<p>${escapeHtml(text.none)}</p>`}</div>
<h2>${escapeHtml(text.products)}</h2>
<table><thead><tr><th>${escapeHtml(text.product)}</th><th>${escapeHtml(text.vendor)}</th><th>${escapeHtml(text.dataLocation)}</th><th>${escapeHtml(text.decision)}</th><th>${escapeHtml(text.proposed)}</th><th>${escapeHtml(text.why)}</th></tr></thead>
<tbody>${products}</tbody></table>
<h2>${escapeHtml(text.checklist)}</h2>
${phases}
<footer>${escapeHtml(text.footer)}</footer>
</body></html>
`;
}
