// Runs a CLI command in-process and captures what it prints.
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

type Command = (args: string[], io?: CliIo) => Promise<number>;

/** `command` defaults to the whole `tthc-report` dispatcher. */
export async function runCli(args: string[], command: Command = main): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await command(args, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}
