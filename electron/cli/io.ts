/**
 * What a CLI command may touch: two output streams. Commands return an exit code
 * (0 ok, 1 failure with a one-line reason on stderr, 2 bad usage) and never call process.exit themselves,
 * so they are testable in-process.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
