export interface Segment {
  key: string;
  label: string;
  value: number;
}

/**
 * A horizontal bar split by share, drawn with divs (no chart library). Each segment's class sets its
 * colour and pattern in overview.css; the figures beneath repeat every count in words, so
 * nothing depends on telling colours apart.
 */
export function StackedBar({ label, segments }: { label: string; segments: Segment[] }) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      {/* The figures below say the same in words; the bar itself is decoration for screen readers. */}
      <div className="bar-track" aria-hidden="true">
        {segments.filter((s) => s.value > 0).map((s) => (
          <div key={s.key} className={`bar-segment segment-${s.key}`} style={{ width: `${(s.value / total) * 100}%` }} title={`${s.label}: ${s.value}`}>
            <span>{s.value}</span>
          </div>
        ))}
      </div>
      <p className="bar-figures">
        {segments.map((s) => <span key={s.key}><span className={`swatch segment-${s.key}`} aria-hidden="true" />{s.label}: <b>{s.value}</b></span>)}
      </p>
    </div>
  );
}
