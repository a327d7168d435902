/** The Markdown report: the same content as the HTML report, for wikis and merge requests. */
import { PHASES } from '../../shared/planning';
import type { ReportModel } from './report-model';
import { fill, REPORT_TEXT, type ReportLang } from './report-text';

/** Table cells must not break the table: pipes escaped, line breaks flattened. */
const cell = (value: unknown) => inline(value).replace(/\|/g, '\\|');
/**
 * Text from imports and from the user (host names, owners, notes) stays one line of plain text: line breaks
 * flattened, and HTML and Markdown link syntax neutralised, since Markdown renderers pass HTML through.
 */
const inline = (value: unknown) => String(value ?? '').replace(/\r?\n/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/[[\]]/g, (c) => `\\${c}`);

export function renderMarkdownReport(model: ReportModel, lang: ReportLang): string {
  const text = REPORT_TEXT[lang];
  const { checklist, meta } = model;
  const s = checklist.sovereignty;
  const lines: string[] = [
    `# ${inline(meta.title)}: ${inline(meta.scopeLabel)}`,
    '',
    `${text.subtitle}.`,
    '',
    `- ${text.scanDate}: ${checklist.scanDate.slice(0, 10)}`,
    `- ${text.generated}: ${checklist.generatedAt.slice(0, 10)}`,
    `- ${text.catalogue}: ${fill(text.catalogueBuild, { id: checklist.catalogue.buildId.slice(0, 12), date: checklist.catalogue.buildDate ?? '—' })}`,
    '',
    `## ${text.summary}`,
    '',
    `- ${text.productsFound}: ${checklist.products.length}`,
    `- ${text.alreadySwitched}: ${s.alreadySwitched.length ? s.alreadySwitched.join(', ') : text.none}`,
    `- ${text.steps}: ${checklist.totals.items} (${checklist.totals.done} ${text.done})`,
    `- ${text.effort}: ${checklist.totals.effortHours} ${text.hours}`,
    '',
    `## ${text.sovereignty}`,
    '',
    `| | ${text.usJurisdiction} | ${text.otherNonEu} | ${text.european} |`,
    '|---|---:|---:|---:|',
    `| ${text.before} | ${s.before.usJurisdiction} | ${s.before.otherNonEu} | ${s.before.european} |`,
    `| ${text.after} | ${s.after.usJurisdiction} | ${s.after.otherNonEu} | ${s.after.european} |`,
    '',
    `${text.cloud}: ${s.before.cloud} · ${text.local}: ${s.before.local}`,
    '',
    `### ${text.byCategory}`,
    '',
    `| ${text.category} | ${text.usJurisdiction} | ${text.otherNonEu} | ${text.european} |`,
    '|---|---|---|---|',
    ...s.rows.map((r) => `| ${cell(r.categoryName)} | ${cell(r.usVendorProducts.join(', '))} | ${cell(r.otherNonEuProducts.join(', '))} | ${cell(r.europeanProducts.join(', '))} |`),
    '',
    `## ${text.products}`,
    '',
    `| ${text.product} | ${text.vendor} | ${text.dataLocation} | ${text.decision} | ${text.proposed} | ${text.why} |`,
    '|---|---|---|---|---|---|',
    ...checklist.products.map((p) => {
      const decision = p.decision === 'migrate' ? text.migrate : p.decision === 'uninstall' ? text.uninstall : text.noAlternative;
      const hosts = p.hosts ? ` (${fill(text.machines, { installed: p.hosts.installed, total: p.hosts.total, used: p.hosts.used90 })})` : '';
      return `| ${cell(p.productName + hosts)} | ${cell(`${p.vendor} (${p.vendorCountry})`)} | ${cell(p.dataLocation)} | ${cell(decision)} | ${cell(p.chosen ? `${p.chosen.name} (${p.chosen.country}, ${p.chosen.licence})` : '—')} | ${cell(p.reasoning.join('; '))} |`;
    }),
    '',
    `## ${text.checklist}`,
  ];
  for (const phase of PHASES) {
    const items = checklist.items.filter((i) => i.phase === phase);
    if (items.length === 0) continue;
    lines.push('', `### ${text.phases[phase]} (${items.filter((i) => i.status === 'done').length}/${items.length} ${text.done})`, '');
    for (const item of items) {
      const box = item.status === 'done' ? '[x]' : '[ ]';
      const who = inline(item.owner || item.ownerRole);
      const product = item.productName ? ` — ${item.productName}${item.alternativeName ? ` → ${item.alternativeName}` : ''}` : '';
      const extra = [`${text.owner}: ${who}`, `${text.status}: ${text.statuses[item.status]}`, item.dueDate ? `${text.due}: ${item.dueDate}` : '',
        `${text.effort}: ${item.effortHours} ${text.hours}`, `${text.risk}: ${text.risks[item.risk.level]} (${item.risk.score})`].filter(Boolean).join(' · ');
      lines.push(`- ${box} **${inline(item.title)}**${inline(product)}${item.verify ? ` _(${text.verify})_` : ''}  `, `  ${extra}`);
      if (item.reasoning.length) lines.push(`  ${inline(item.reasoning.join('; '))}`);
      if (item.sources.length) lines.push(`  ${text.sources}: ${item.sources.map((src) => `<${src.url}>`).join(' ')}`);
    }
  }
  lines.push('', '---', '', text.footer, '');
  return lines.join('\n');
}
