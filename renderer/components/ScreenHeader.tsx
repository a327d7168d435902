import { useEffect, useRef } from 'react';

/** The screen's h1 takes focus when the screen opens, so keyboard and screen-reader users land on it. */
export function ScreenHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [title]);
  return (
    <header className="screen-header">
      <h1 tabIndex={-1} ref={ref}>{title}</h1>
      {children && <div className="screen-actions">{children}</div>}
    </header>
  );
}
