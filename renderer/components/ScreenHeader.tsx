import { useEffect, useRef } from 'react';

/**
 * Once the user moves to another screen, its h1 takes focus, so keyboard and screen-reader users land on it.
 * The first screen after start does not take focus: the document starts at the top, with the skip link first.
 */
let appJustStarted = true;

export function ScreenHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (appJustStarted) {
      appJustStarted = false;
      return;
    }
    ref.current?.focus();
  }, [title]);
  return (
    <header className="screen-header">
      <h1 tabIndex={-1} ref={ref}>{title}</h1>
      {children && <div className="screen-actions">{children}</div>}
    </header>
  );
}
