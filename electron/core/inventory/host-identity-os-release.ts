/**
 * Pure parser for os-release(5) (/etc/os-release, falling back to /usr/lib/os-release): shell-style
 * KEY=value lines, values optionally quoted with backslash escapes inside double quotes.
 */

export function parseOsRelease(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match) continue;
    let value = (match[2] as string).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    } else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
      value = value.slice(1, -1);
    }
    values.set(match[1] as string, value);
  }
  return values;
}

/** Name and version as a person would say them: "Debian GNU/Linux" "12"; rolling releases have no VERSION_ID. */
export function osNameAndVersion(values: ReadonlyMap<string, string>): { name: string; version: string } {
  return {
    name: values.get('NAME') ?? values.get('PRETTY_NAME') ?? values.get('ID') ?? 'Linux',
    version: values.get('VERSION_ID') ?? values.get('VERSION') ?? values.get('BUILD_ID') ?? '',
  };
}
