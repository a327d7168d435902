import { productName, version } from '../../package.json';

/** Name and version come from package.json at build time; named imports let esbuild inline just these two. */
export const APP_NAME: string = productName;
export const APP_VERSION: string = version;
