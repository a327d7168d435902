/**
 * Child process for the crash-safety test: writes checklist progress in transactions as fast as it can and
 * reports each committed transaction on stdout, until the parent kills it with SIGKILL.
 */
import { chooseAlternative, updateProgress } from '../../../electron/core/store/checklist-progress';
import { openStateDb } from '../../../electron/core/store/state-db';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer <db file>');
const db = openStateDb(file);
const writePair = db.transaction((n: number) => {
  updateProgress(db, 'crash', `item-${n}`, { status: 'done', owner: `owner-${n}`, notes: 'x'.repeat(2000) });
  chooseAlternative(db, 'crash', `product-${n}`, `alternative-${n}`);
});
for (let n = 0; ; n++) {
  writePair(n);
  process.stdout.write(`committed ${n}\n`);
}
