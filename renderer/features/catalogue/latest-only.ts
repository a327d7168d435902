/**
 * Search runs on every keystroke, and answers can arrive out of order. Each call takes a ticket; only the
 * newest ticket may apply its answer, so a slow answer for "wo" never overwrites the one for "wor".
 */
export function latestOnly(): () => () => boolean {
  let newest = 0;
  return () => {
    const mine = ++newest;
    return () => mine === newest;
  };
}
