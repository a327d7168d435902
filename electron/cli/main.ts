/** Entry point of dist/cli/index.cjs: the switchyard command under plain Node. */
import path from 'node:path';
import { APP_NAME, APP_VERSION } from '../shared/app-info';
import type { AppEnvironment } from '../core/api/app-environment';
import { defaultUserDataPath } from '../core/paths/user-data';
import { createCoreServices } from '../core/services';
import { createCliCommands } from './commands';
import { runCli } from './index';
import { processIo } from './io';

const env: AppEnvironment = {
  appName: APP_NAME,
  appVersion: APP_VERSION,
  userDataPath: defaultUserDataPath(),
  versions: { node: process.versions.node },
  // dist/cli/index.cjs -> <repo>/data/dist/catalogue.sqlite when run from a checkout.
  cataloguePath: process.env.SWITCHYARD_CATALOGUE ?? path.resolve(__dirname, '..', '..', 'data', 'dist', 'catalogue.sqlite'),
  offline: { networkBlocked: false, note: 'the CLI makes no network requests' },
};
const services = createCoreServices(env);

runCli(process.argv.slice(2), processIo, { env, catalogueStatus: services.catalogueStatus, commands: createCliCommands(env, services) })
  .then((code) => { process.exitCode = code; })
  .catch((error: unknown) => {
    processIo.stderr(`switchyard: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
