import packageJson from '../../package.json';

/** Name and version come from package.json at build time (esbuild inlines only these two fields). */
export const APP_NAME: string = packageJson.productName;
export const APP_VERSION: string = packageJson.version;
