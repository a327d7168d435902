/**
 * Which names of an inventory item the name tiers may compare, and how strictly. Many observations carry no
 * display name: a winget export, a flatpak without a Name, a package database list only their identifiers, and the
 * collector then reports the identifier as the name. An identifier is not prose: it either spells the app's name
 * exactly ("OBSProject.OBSStudio", "me.proton.Pass") or it names something else, so identifier-shaped names are
 * compared exactly (and, for multi-word catalogue names, as contained words), never fuzzily, and never against the
 * catalogue's display-name patterns.
 */
import type { InventoryItem } from '../../shared/inventory';
import type { EntityKind } from '../../shared/matching';

export interface NameCandidates {
  /** Names to look up, most specific first. */
  names: string[];
  /** The item's name is a display name (Windows Uninstall, app bundle, fleet export), so patterns apply. */
  displayName: boolean;
  /** A contained catalogue name must have at least this many words; Infinity turns the tier off. */
  minContainedWords: number;
  fuzzy: boolean;
  /** Only entries of this kind may match by name. */
  kind?: EntityKind;
  /** Set when the identifier names a part of another app (an extension, a helper, a runtime extension). */
  componentOf?: string;
}

/**
 * Code-hosting domains used as an id namespace: the segment after them is a user or project, not the app
 * ("com.github.jeromerobert.pdfarranger", "io.gitlab.librewolf-community"). Flathub's application-id rules.
 */
const HOSTING_NAMESPACES = new Set(['github', 'gitlab', 'sourceforge', 'codeberg', 'bitbucket', 'framagit']);

/** Homebrew names channel variants of a cask `<token>@<variant>` (google-chrome@beta, thunderbird@esr). */
const HOMEBREW_VARIANT = /@[^@]+$/;

/** The package managers whose package name is the item's name. */
const PACKAGE_SOURCES = new Set<InventoryItem['source']>(['dpkg', 'rpm', 'homebrew']);

/**
 * Distribution archives (Debian, Fedora) ship free software only, under their own package namespace: a distro
 * package that shares a proprietary product's name is another program (Debian's "slack" is a configuration tool,
 * "notion" a window manager). Proprietary products reach a Linux machine as their vendor's package, whose name the
 * catalogue lists as an identifier, so distro package names only ever match alternatives by name.
 */
const DISTRO_SOURCES = new Set<InventoryItem['source']>(['dpkg', 'rpm']);

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

const IDENTIFIER_MATCH = { displayName: false, minContainedWords: 2, fuzzy: false } as const;

/**
 * Reverse-DNS ids (macOS bundle ids, flatpak ids): tld.vendor.App, or tld.host.user.App under a code-hosting
 * namespace. Anything longer extends an app's id and names one of its parts: Apple requires app extensions to be
 * prefixed by the containing app's bundle id, and flatpak extensions extend the id of the app or runtime they plug
 * into ("org.freedesktop.Sdk.Extension.dotnet8").
 */
function reverseDnsNames(id: string): NameCandidates {
  const segments = id.split('.').filter(Boolean);
  const hosted = segments.length > 2 && HOSTING_NAMESPACES.has(segments[1]!.toLowerCase());
  const appLength = hosted ? 4 : 3;
  if (segments.length > appLength) return { ...IDENTIFIER_MATCH, names: [], componentOf: segments.slice(0, appLength).join('.') };
  const vendor = segments[appLength - 2] ?? '';
  const app = segments[appLength - 1];
  return { ...IDENTIFIER_MATCH, names: app ? [app, `${vendor} ${app}`] : [vendor] };
}

/** winget ids are Publisher.Package[.Channel ...]: "Mozilla.Thunderbird.Beta", "Microsoft.VisualStudio.2022.Community". */
function wingetNames(id: string): NameCandidates {
  const [publisher = '', ...rest] = id.split('.');
  const app = rest.join(' ');
  return { ...IDENTIFIER_MATCH, names: app ? [app, `${publisher} ${app}`] : [publisher] };
}

/** AppX package family names are [Publisher.]Name_PublisherHash: "5319275A.WhatsAppDesktop_cv1g1gvanyjgm". */
function appxNames(family: string): NameCandidates {
  const name = family.replace(/_[a-z0-9]{13}$/i, '');
  const dot = name.indexOf('.');
  return { ...IDENTIFIER_MATCH, names: dot > 0 ? [name.slice(dot + 1), name.replace(/\./g, ' ')] : [name] };
}

export function nameCandidates(item: InventoryItem): NameCandidates {
  const ids = item.identifiers;
  const name = item.name;
  if (PACKAGE_SOURCES.has(item.source) && same(ids.packageName, name)) {
    // A package that extends an app's package name is one of its parts (Debian Policy: gimp-data, libreoffice-l10n-de;
    // Homebrew: libreoffice-language-pack), so package names are only compared whole.
    return {
      names: [name.replace(HOMEBREW_VARIANT, '')], displayName: false, minContainedWords: Infinity, fuzzy: false,
      ...(DISTRO_SOURCES.has(item.source) ? { kind: 'alternative' as const } : {}),
    };
  }
  if (same(ids.bundleId, name) || same(ids.flatpakId, name)) return reverseDnsNames(name);
  if (same(ids.wingetId, name)) return wingetNames(name);
  if (same(ids.appxFamily, name)) return appxNames(name);
  return { names: [name], displayName: true, minContainedWords: 1, fuzzy: true };
}
