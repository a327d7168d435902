/**
 * Absolute paths of the macOS tools the collectors run. An app started from the Finder or Dock gets a
 * minimal PATH, and a full path also rules out a same-named program earlier on a user's PATH. These
 * locations are part of the base system (see each tool's man page, FILES / SYNOPSIS).
 */
export const MAC_TOOLS = {
  systemProfiler: '/usr/sbin/system_profiler',
  mdls: '/usr/bin/mdls',
  plutil: '/usr/bin/plutil',
  ps: '/bin/ps',
} as const;
