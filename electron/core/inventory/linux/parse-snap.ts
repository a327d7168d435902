/**
 * Pure parser for `snap list --unicode=never --color=never`: a header row, then whitespace-aligned
 * columns Name Version Rev Tracking Publisher Notes. Bases, snapd itself and content snaps (themes,
 * shared runtimes) are plumbing, not applications, and are dropped.
 * Sources: snap(8) list; GLPI Agent Generic/Softwares/Snap.pm (research/inventory.md §4.4).
 */

export interface SnapPackage {
  name: string;
  version: string;
  revision: string;
  tracking?: string;
  publisher?: string;
  /** Store-verified publisher: marked "**" (or "*" by older snapd, a check mark with unicode on). */
  verifiedPublisher: boolean;
  notes: string[];
}

const PLUMBING_NOTES = new Set(['base', 'core', 'snapd', 'gadget', 'kernel']);
/** Runtimes and themes other snaps plug into; never launched by a user. */
const CONTENT_SNAP = /^(bare|core\d*|snapd|gtk-common-themes|gtk2-common-themes|gnome-\d.*|kde-frameworks-.*|kf\d-.*|mesa-.*|wine-platform.*)$/;

function present(value: string | undefined): string | undefined {
  return value && value !== '-' ? value : undefined;
}

export function parseSnapList(text: string): SnapPackage[] {
  const snaps: SnapPackage[] = [];
  // Rows only count below the header: messages such as "No snaps are installed yet" also split into six words.
  let inTable = false;
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === 'Name' && fields[2] === 'Rev') {
      inTable = true;
      continue;
    }
    if (!inTable || fields.length !== 6) continue;
    const [name, version, revision, tracking, publisherField, notesField] = fields as [string, string, string, string, string, string];
    const notes = notesField === '-' ? [] : notesField.split(',');
    if (notes.some((note) => PLUMBING_NOTES.has(note)) || CONTENT_SNAP.test(name)) continue;
    const publisher = present(publisherField.replace(/(\*+|✓|✪)$/u, ''));
    snaps.push({
      name,
      version,
      revision,
      tracking: present(tracking),
      publisher,
      verifiedPublisher: publisher !== undefined && publisher !== publisherField,
      notes,
    });
  }
  return snaps;
}
