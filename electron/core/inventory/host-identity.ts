/**
 * Who the scanned machine is: hostname, operating system, architecture and the stable ids a fleet
 * uses to recognise it again. DMI serial and UUID are readable only by root on most distributions;
 * their absence is normal and is not reported as an error.
 */
import { arch, hostname, release } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import type { HostIdentity, Platform } from '../../shared/inventory';
import { nodeFileSystem, type FileSystem } from './linux/file-system';
import { osNameAndVersion, parseOsRelease } from './host-identity-os-release';

export interface HostIdentityOptions {
  platform: Platform;
  rootDir: string;
  fs?: FileSystem;
}

async function readFirst(fs: FileSystem, paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      const text = (await fs.readFile(path)).toString('utf8').trim();
      if (text) return text;
    } catch {
      // Absent or root-only: try the next place.
    }
  }
  return undefined;
}

/** Firmware placeholders that identify nothing ("To Be Filled By O.E.M.", all zeros). */
function meaningfulDmi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^(to be filled|default string|not specified|system serial|none|0+$|[0-]+$)/i.test(value)) return undefined;
  return value;
}

async function linuxOs(fs: FileSystem, rootDir: string): Promise<{ name: string; version: string }> {
  const text = await readFirst(fs, [join(rootDir, '/etc/os-release'), join(rootDir, '/usr/lib/os-release')]);
  return text ? osNameAndVersion(parseOsRelease(text)) : { name: 'Linux', version: release() };
}

async function macOs(fs: FileSystem, rootDir: string): Promise<{ name: string; version: string }> {
  const text = await readFirst(fs, [join(rootDir, '/System/Library/CoreServices/SystemVersion.plist')]);
  try {
    const parsed = text ? parsePlist(text) as Record<string, unknown> : {};
    return {
      name: typeof parsed.ProductName === 'string' ? parsed.ProductName : 'macOS',
      version: typeof parsed.ProductVersion === 'string' ? parsed.ProductVersion : release(),
    };
  } catch {
    return { name: 'macOS', version: release() };
  }
}

export async function readHostIdentity(options: HostIdentityOptions): Promise<HostIdentity> {
  const { platform, rootDir } = options;
  const fs = options.fs ?? nodeFileSystem;
  const os = platform === 'linux' ? await linuxOs(fs, rootDir)
    : platform === 'macos' ? await macOs(fs, rootDir)
      : { name: 'Windows', version: release() };
  const identity: HostIdentity = { hostname: hostname(), os: { platform, ...os, arch: arch() } };
  if (platform === 'linux') {
    const machineId = await readFirst(fs, [join(rootDir, '/etc/machine-id'), join(rootDir, '/var/lib/dbus/machine-id')]);
    const hardwareUuid = meaningfulDmi(await readFirst(fs, [join(rootDir, '/sys/class/dmi/id/product_uuid')]));
    const serial = meaningfulDmi(await readFirst(fs, [join(rootDir, '/sys/class/dmi/id/product_serial')]));
    if (machineId) identity.machineId = machineId;
    if (hardwareUuid) identity.hardwareUuid = hardwareUuid;
    if (serial) identity.serial = serial;
  }
  return identity;
}
