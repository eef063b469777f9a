// `tthc-report COMMAND …`: dispatches to one module per subcommand.
import { InputError } from './errors';
import { EXIT, processIo, type CliIo } from './io';

type Command = (args: string[], io?: CliIo) => Promise<number>;

const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: {
    load: async () => (await import('./commands/validate')).run,
    summary: 'validate FILE.xlsx… [--sheet NAME] [--json] [--lang vi|en]   kiểm tra bảng phụ lục / check the annex table',
  },
};

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  tthc-report ${c.summary}`);
  return `tthc-report — báo cáo kết quả giải quyết TTHC / TTHC quarterly report tools\n\n${lines.join('\n')}\n\n  tthc-report COMMAND --help   chi tiết / details`;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.badInput;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('0.1.0');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Lệnh không hợp lệ / unknown command: ${name}\n\n${usage()}`);
    return EXIT.badInput;
  }
  try {
    return await (await command.load())(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.message);
      return EXIT.badInput;
    }
    io.stderr(`Lỗi không mong đợi / unexpected error: ${(error as Error).message}`);
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
