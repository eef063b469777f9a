// `tthc-report COMMAND …`: dispatches to one module per subcommand.
import { InputError } from './errors';
import { EXIT, processIo, type CliIo } from './io';

type Command = (args: string[], io?: CliIo) => Promise<number>;

const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: {
    load: async () => (await import('./commands/validate')).run,
    summary:
      'validate FILE.xlsx… [--sheet NAME] [--annotate OUT.xlsx | --annotate-dir DIR] [--previous LAST.xlsx[:SHEET] | --periods BOOK.xlsx] [--json] [--lang vi|en]\n      kiểm tra bảng phụ lục, ghi bản đánh dấu, số chuyển kỳ / check the annex table, write an annotated copy, the carry-over',
  },
  narrative: {
    load: async () => (await import('./commands/narrative')).run,
    summary:
      'narrative FILE.xlsx [--quarter II --year 2026 --from 15/3/2026 --to 14/6/2026 --unit "xã An Phú"] [--previous LAST.xlsx[:SHEET]] [--format text|html]\n      viết mục I.2 của báo cáo từ bảng / write section I.2 from the table',
  },
  report: {
    load: async () => (await import('./commands/report')).run,
    summary: 'report FILE.xlsx --out report.docx [same options as narrative]\n      tệp Word: mục I.2 và bảng phụ lục / .docx with section I.2 and the annex',
  },
  'check-text': {
    load: async () => (await import('./commands/check-text')).run,
    summary: 'check-text REPORT.txt|.docx --table FILE.xlsx [--json]\n      đối chiếu số liệu trong văn bản với bảng / reconcile a report text with the table',
  },
  cumulate: {
    load: async () => (await import('./commands/cumulate')).run,
    summary:
      'cumulate Q1.xlsx Q2.xlsx [Q3.xlsx Q4.xlsx] | BOOK.xlsx --out 6-thang.xlsx [--label 6T|9T|năm] [--year 2026] [--force]\n      lập phụ lục 6 tháng, 9 tháng, năm từ các quý / the 6-month, 9-month, annual annex from the quarters',
  },
  consolidate: {
    load: async () => (await import('./commands/consolidate')).run,
    summary:
      "consolidate FILE.xlsx… --out TONG-HOP.xlsx [--template ANNEX.xlsx] [--fields F.json] [--save-fields F.json] [--units U.json] [--expected LIST.txt] [--sheet NAME] [--skip-invalid] [--json]\n      tổng hợp phụ lục của nhiều đơn vị, đã kiểm tra / consolidate many units' annexes, checked",
  },
  build: {
    load: async () => (await import('./commands/build')).run,
    summary:
      'build EXPORT.xlsx|.csv… --from 15/3/2026 --to 14/6/2026 [--quarter II --year 2026] [--template ANNEX.xlsx] [--map MAP.json] --out annex.xlsx\n      lập phụ lục từ dữ liệu hồ sơ / build the annex from dossier exports',
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
    return await (
      await command.load()
    )(args, io);
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
