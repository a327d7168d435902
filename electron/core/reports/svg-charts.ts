/**
 * Charts as inline SVG, so the HTML report is self-contained, prints, and needs no script.
 * Colours carry meaning twice: by hue and by a text label in every segment's title and legend.
 */
import { escapeHtml } from './escape';

export interface Segment { label: string; value: number; colour: string }
export interface StackedRow { label: string; segments: Segment[] }

export const COLOURS = { us: '#c0392b', other: '#d68910', european: '#1f7a4d', cloud: '#5b6fb5', local: '#8e9aaf' } as const;

export function stackedBars(rows: readonly StackedRow[], options: { width?: number; title: string }): string {
  const width = options.width ?? 720;
  const labelWidth = 200;
  const barHeight = 22;
  const gap = 8;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0)));
  const scale = (width - labelWidth - 40) / max;
  const height = rows.length * (barHeight + gap) + 10;
  const bars = rows.map((row, index) => {
    const y = index * (barHeight + gap) + 4;
    let x = labelWidth;
    const segments = row.segments.filter((s) => s.value > 0).map((s) => {
      const w = s.value * scale;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${s.colour}"><title>${escapeHtml(`${row.label}: ${s.label} ${s.value}`)}</title></rect>`
        + (w > 18 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="#fff" font-size="12">${s.value}</text>` : '');
      x += w;
      return rect;
    }).join('');
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" font-size="12" fill="currentColor">${escapeHtml(row.label)}</text>${segments}`;
  }).join('');
  return `<svg role="img" aria-label="${escapeHtml(options.title)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${bars}</svg>`;
}

export function legend(segments: ReadonlyArray<Omit<Segment, 'value'>>): string {
  return `<p class="legend">${segments.map((s) => `<span><i style="background:${s.colour}"></i>${escapeHtml(s.label)}</span>`).join('')}</p>`;
}
