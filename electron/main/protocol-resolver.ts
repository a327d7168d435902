import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type ResolvedAsset = { filePath: string; contentType: string } | { refused: string };

/**
 * Maps an app:// URL to a file inside the renderer bundle, or refuses it. Pure, so the refusal of
 * traversal ("..", encoded separators, other hosts, absolute paths) is unit-tested without Electron.
 */
export function resolveAppUrl(rawUrl: string, bundleDir: string): ResolvedAsset {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { refused: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:`) return { refused: `scheme ${url.protocol}` };
  if (url.host !== APP_HOST) return { refused: `host ${url.host}` };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { refused: 'malformed path encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { refused: 'forbidden character in path' };
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(bundleDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { refused: 'path outside the app bundle' };
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()];
  if (!contentType) return { refused: `file type ${path.extname(filePath) || '(none)'} not served` };
  return { filePath, contentType };
}
