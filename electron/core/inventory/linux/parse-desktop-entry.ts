/**
 * Pure parser for freedesktop `.desktop` files: the [Desktop Entry] group only, unlocalised keys only
 * (Name, not Name[de]), string escapes and `;` lists decoded. Follows the Desktop Entry Specification
 * 1.5 (specifications.freedesktop.org/desktop-entry-spec), sections "Basic format", "Possible value
 * types" and "The Exec key".
 */

export interface DesktopEntry {
  type?: string;
  name?: string;
  genericName?: string;
  exec?: string;
  /** Basename of the program Exec starts, with `env VAR=x` wrappers skipped. */
  program?: string;
  tryExec?: string;
  icon?: string;
  categories: string[];
  terminal: boolean;
  noDisplay: boolean;
  hidden: boolean;
  onlyShowIn: string[];
  notShowIn: string[];
  startupWMClass?: string;
  flatpakId?: string;
  snapInstanceName?: string;
  appImageVersion?: string;
}

/** The spec's escapes for string values: \s \n \t \r \\ (and `\;` inside lists, handled by splitList). */
function unescapeValue(value: string): string {
  return value.replace(/\\([sntr\\])/g, (_match, code: string) =>
    code === 's' ? ' ' : code === 'n' ? '\n' : code === 't' ? '\t' : code === 'r' ? '\r' : '\\');
}

function splitList(value: string | undefined): string[] {
  if (!value) return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === '\\' && value[i + 1] === ';') {
      current += ';';
      i += 1;
    } else if (char === ';') {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => unescapeValue(item).trim()).filter((item) => item.length > 0);
}

/** Splits an Exec value into arguments per the spec's quoting rules (double quotes, backslash escapes inside them). */
export function splitExec(exec: string): string[] {
  const args: string[] = [];
  let current = '';
  let inQuotes = false;
  let hasToken = false;
  for (let i = 0; i < exec.length; i += 1) {
    const char = exec[i] as string;
    if (inQuotes) {
      if (char === '\\' && i + 1 < exec.length) {
        current += exec[i + 1];
        i += 1;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        current += char;
      }
    } else if (char === '"') {
      inQuotes = true;
      hasToken = true;
    } else if (char === ' ' || char === '\t') {
      if (hasToken) args.push(current);
      current = '';
      hasToken = false;
    } else {
      current += char;
      hasToken = true;
    }
  }
  if (hasToken) args.push(current);
  return args;
}

const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function execProgram(exec: string | undefined): string | undefined {
  if (!exec) return undefined;
  const args = splitExec(exec);
  let index = 0;
  if (args[index] === 'env' || args[index]?.endsWith('/env')) {
    index += 1;
    while (index < args.length) {
      const arg = args[index] as string;
      // env's -u NAME and -C DIR take the next argument; other options and NAME=value stand alone.
      if (arg === '-u' || arg === '-C' || arg === '--unset' || arg === '--chdir') index += 2;
      else if (ENV_ASSIGNMENT.test(arg) || arg.startsWith('-')) index += 1;
      else break;
    }
  }
  const program = args[index];
  if (!program || program.startsWith('%')) return undefined;
  return program.slice(program.lastIndexOf('/') + 1) || undefined;
}

function isTrue(value: string | undefined): boolean {
  return value?.trim() === 'true';
}

export function parseDesktopEntry(text: string): DesktopEntry | undefined {
  const values = new Map<string, string>();
  let inMainGroup = false;
  let sawMainGroup = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (trimmed.startsWith('[')) {
      inMainGroup = trimmed === '[Desktop Entry]';
      sawMainGroup ||= inMainGroup;
      continue;
    }
    if (!inMainGroup) continue;
    const equals = line.indexOf('=');
    if (equals <= 0) continue;
    const key = line.slice(0, equals).trim();
    // Localised variants (Name[de]) are skipped: matching wants the untranslated name. First value wins, as in GLib.
    if (key.includes('[') || values.has(key)) continue;
    values.set(key, line.slice(equals + 1).trim());
  }
  if (!sawMainGroup) return undefined;
  const stringValue = (key: string): string | undefined => {
    const value = values.get(key);
    return value ? unescapeValue(value) : undefined;
  };
  const exec = stringValue('Exec');
  return {
    type: stringValue('Type'),
    name: stringValue('Name'),
    genericName: stringValue('GenericName'),
    exec,
    program: execProgram(exec),
    tryExec: stringValue('TryExec'),
    icon: stringValue('Icon'),
    categories: splitList(values.get('Categories')),
    terminal: isTrue(values.get('Terminal')),
    noDisplay: isTrue(values.get('NoDisplay')),
    hidden: isTrue(values.get('Hidden')),
    onlyShowIn: splitList(values.get('OnlyShowIn')),
    notShowIn: splitList(values.get('NotShowIn')),
    startupWMClass: stringValue('StartupWMClass'),
    flatpakId: stringValue('X-Flatpak'),
    snapInstanceName: stringValue('X-SnapInstanceName'),
    appImageVersion: stringValue('X-AppImage-Version'),
  };
}
