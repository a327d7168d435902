/**
 * Things that are on every machine and are never a product decision: runtimes, redistributables, WebView,
 * SDKs, updaters, drivers, fonts, language packs, helpers. A vetoed row is ignored unless the catalogue names
 * it by an exact identifier or pattern (those always win: the catalogue knows what it asks for).
 * Each entry is a word-boundary pattern for a family, with the reason beside it.
 */
export const VETO_RULES: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\bredistributable\b|\bredist\b|\bvc_?redist\b|\bvcredist\b/i, reason: 'runtime redistributable' },
  { pattern: /\b(?:runtime|run-time|jre|jdk|\.net|dotnet|asp\.net|directx|vcpp|visual c\+\+)\b/i, reason: 'runtime or framework' },
  { pattern: /\bweb ?view ?2?\b/i, reason: 'embedded browser runtime (WebView)' },
  { pattern: /\b(?:sdk|devkit|development kit|headers|debug symbols|-dev|-dbg)\b/i, reason: 'developer kit' },
  { pattern: /\b(?:update(?:r| helper| service| health tools)?|auto-?update|maintenance service|updat(?:e|ing) agent)\b/i, reason: 'updater' },
  { pattern: /\b(?:drivers?|firmware|chipset|graphics|audio|bluetooth|wi-?fi|wlan|ethernet|touchpad|printer|scanner|usb|thunderbolt)\b/i, reason: 'driver or hardware support' },
  { pattern: /\b(?:fonts?|typefaces?)\b|^fonts-|^ttf-|^otf-/i, reason: 'font' },
  { pattern: /\b(?:language pack|language interface pack|proofing tools|langpack|l10n|localization|localisation|spell ?check(?:er|ing)? dictionar(?:y|ies)|hyphenation|mui)\b|^(?:hunspell|myspell|hyphen|mythes)-/i, reason: 'language pack or dictionary' },
  { pattern: /\b(?:helper|crash ?(?:handler|reporter)|telemetry|diagnostics|licens(?:e|ing) (?:component|service)|extensibility component|click-to-run (?:licensing|extensibility|localization))\b/i, reason: 'helper component' },
  { pattern: /\b(?:codec|plug-?in|add-?in|extension|shell extension|context menu|browser integration|native messaging host|protocol handler|outlook add-?in|meeting add-?in)\b/i, reason: 'add-in or plug-in of another app' },
  { pattern: /\b(?:kb\d{6,}|security update|hotfix|service pack|cumulative update)\b/i, reason: 'operating system update' },
];

/**
 * Package-name families of Linux distributions that are libraries or system parts, never an app the user
 * chose. Applied to package names only: "LibreOffice" as a display name is not a library.
 * Debian names libraries lib<name><soversion> and lib<name>-dev/-common/-data/-doc (Debian Policy §8.1).
 */
export const PACKAGE_VETO_RULES: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^lib[a-z0-9.+-]*?(?:\d[a-z0-9.]*|-dev|-common|-data|-doc|-bin|-perl|-java|-dbg)$/i, reason: 'library package' },
  { pattern: /^(?:python3?-|perl-|ruby-|node-|golang-|php-|r-cran-|texlive-|gir1\.2-|gstreamer|xserver-|x11-|linux-(?:image|headers|modules)|firmware-|xfonts-)/i, reason: 'library or system package' },
];

export function vetoReason(rawName: string, packageName?: string): string | undefined {
  const byName = VETO_RULES.find((rule) => rule.pattern.test(rawName))?.reason;
  if (byName || !packageName) return byName;
  return [...VETO_RULES, ...PACKAGE_VETO_RULES].find((rule) => rule.pattern.test(packageName))?.reason;
}
