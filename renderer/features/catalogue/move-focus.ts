import type { KeyboardEvent } from 'react';

/**
 * Up and Down move between the links of a result list; Up from the first returns to where the list came
 * from (the search box). Tab still works as everywhere; the arrows are a shortcut, not the only way.
 */
export function moveFocus(event: KeyboardEvent, links: readonly HTMLElement[], onLeaveTop: () => void): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const index = links.indexOf(event.target as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]?.focus();
  else if (index === 0) onLeaveTop();
  else links[index - 1]?.focus();
}
