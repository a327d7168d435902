/**
 * Pure parser for `mdls -name kMDItemCFBundleIdentifier -name kMDItemLastUsedDate -name kMDItemUseCount
 * <app> <app> ...` (Spotlight metadata, the source of osquery's apps.last_opened_time). Output per file,
 * in argument order and without a file header:
 *   kMDItemCFBundleIdentifier = "com.tinyspeck.slackmacgap"
 *   kMDItemLastUsedDate       = 2025-03-14 08:41:07 +0000
 *   kMDItemUseCount           = 187
 * A missing attribute prints (null); arrays print "(" ... ")" over several lines. Every requested
 * attribute is printed once per file, so a block ends when an attribute name repeats.
 */

export interface SpotlightRecord {
  bundleId?: string;
  /** ISO date-time (UTC). */
  lastUsed?: string;
  useCount?: number;
}

type Block = Map<string, string>;

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = new Map();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^(kMDItem\w+)\s*=\s*(.*)$/.exec(lines[i] ?? '');
    if (!match?.[1]) continue;
    let value = match[2] ?? '';
    if (value === '(') {
      while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== ')') i += 1;
      i += 1;
      value = '(array)';
    }
    if (current.has(match[1])) {
      blocks.push(current);
      current = new Map();
    }
    current.set(match[1], value.trim());
  }
  if (current.size > 0) blocks.push(current);
  return blocks;
}

/** "2025-03-14 08:41:07 +0000" → "2025-03-14T08:41:07.000Z"; other offsets are honoured. */
export function parseMdlsDate(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = new Date(`${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function record(block: Block): SpotlightRecord {
  const out: SpotlightRecord = {};
  const bundleId = /^"(.*)"$/.exec(block.get('kMDItemCFBundleIdentifier') ?? '')?.[1];
  const lastUsed = parseMdlsDate(block.get('kMDItemLastUsedDate') ?? '');
  const count = block.get('kMDItemUseCount') ?? '';
  if (bundleId) out.bundleId = bundleId;
  if (lastUsed) out.lastUsed = lastUsed;
  if (/^\d+$/.test(count)) out.useCount = Number(count);
  return out;
}

/**
 * One record per requested path, in order. When the number of blocks does not match the number of
 * paths (mdls skipped a file it could not find), the blocks cannot be attributed safely: nothing is
 * returned for that batch and the problem says so.
 */
export function parseMdls(text: string, paths: readonly string[]): { records: Map<string, SpotlightRecord>; problems: string[] } {
  const blocks = splitBlocks(text);
  if (blocks.length !== paths.length) {
    return { records: new Map(), problems: [`Spotlight answered for ${blocks.length} of ${paths.length} apps, so their last-used dates were left out.`] };
  }
  return { records: new Map(paths.map((path, i) => [path, record(blocks[i] ?? new Map())])), problems: [] };
}
