// `tthc-report build EXPORT… --from dd/MM/yyyy --to dd/MM/yyyy --out annex.xlsx
//   [--quarter II --year 2026] [--template ANNEX.xlsx] [--map MAP.json] [--save-map MAP.json]
//   [--channel FILE=online|direct] [--status FILE=dates] [--field FILE=NAME] [--lang vi|en]`
import { promises as fs } from 'fs';
import * as path from 'path';
import { mappingInUse } from '../../core/build/mapping';
import { isPeriodProblem, resolveBuildPeriod } from '../../core/build/period';
import { planAnnexWorkbook, type UnreadableFile } from '../../core/build/plan';
import type { Period, SourceAnswers } from '../../core/build/types';
import type { Lang } from '../../core/types';
import {
  CLI_TEXT,
  COLUMN_KEY_LABEL,
  FILE_ERROR,
  cliPeriodProblem,
  describeQuestion,
  formatBuildReport,
  periodTitleLines,
  questionsHeading,
  renderAnnexWorkbook,
  selfCheckLines,
  workbookSheetNames,
} from '../../i18n/build';
import { readAnswers, withAnswers } from '../build/answers';
import { readExports, readMapping, readTemplateFields } from '../build/inputs';
import { writeAnnexWorkbook } from '../build/workbook';
import { InputError } from '../errors';
import { EXIT, type CliIo, parseCommandLine, processIo } from '../io';

interface BuildArgs {
  exports: string[];
  period: Period;
  out: string;
  template?: string;
  map?: string;
  saveMap?: string;
  /** --channel / --status / --field answers, by export file name. */
  answers: Record<string, SourceAnswers>;
  lang: Lang;
}

const BUILD_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  quarter: { type: 'string' },
  year: { type: 'string' },
  template: { type: 'string' },
  map: { type: 'string' },
  'save-map': { type: 'string' },
  out: { type: 'string', short: 'o' },
  channel: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  field: { type: 'string', multiple: true },
} as const;

function usageError(io: CliIo, message: string, lang: Lang): number {
  io.stderr(`${message}\n\n${CLI_TEXT.usage[lang]}`);
  return EXIT.badInput;
}

function readArgs(args: string[], io: CliIo): BuildArgs | number {
  const parsed = parseCommandLine(io, args, BUILD_OPTIONS, CLI_TEXT.usage);
  if ('exit' in parsed) return parsed.exit;
  const { values, lang } = parsed;
  if (parsed.positionals.length === 0) return usageError(io, CLI_TEXT.missingExports[lang], lang);
  if (!values.out) return usageError(io, CLI_TEXT.missingOut[lang], lang);
  if (!/\.xlsx$/i.test(values.out)) return usageError(io, CLI_TEXT.outNotXlsx[lang], lang);
  const inputs = [...parsed.positionals, values.template, values.map].filter((file): file is string => Boolean(file));
  if (inputs.some((file) => path.resolve(file) === path.resolve(values.out!))) return usageError(io, CLI_TEXT.outIsInput[lang], lang);
  const period = resolveBuildPeriod({ from: values.from, to: values.to, kind: values.quarter, year: values.year });
  if (isPeriodProblem(period)) return usageError(io, cliPeriodProblem(period, lang), lang);
  const answers = readAnswers(values, parsed.positionals, lang);
  if (typeof answers === 'string') return usageError(io, answers, lang);
  return { exports: parsed.positionals, period, answers, out: values.out, template: values.template, map: values.map, saveMap: values['save-map'], lang };
}

/** A file none of whose tables is a dossier list, named as the clerk gave it ("exports/dvcqg.xlsx › DS"). */
function unreadableMessage(unreadable: UnreadableFile, files: string[], lang: Lang): string {
  const given = files.find((file) => path.basename(file) === unreadable.file) ?? unreadable.file;
  const where = given + unreadable.source.slice(unreadable.file.length);
  const missing = unreadable.missing.map((key) => `"${COLUMN_KEY_LABEL[key][lang]}"`).join(', ');
  return FILE_ERROR.noHeader(where, missing, unreadable.missing, unreadable.file)[lang];
}

/** A file that cannot be written (open in Excel, no such folder) is the clerk's to fix, not a crash. */
async function writeOut(file: string, lang: Lang, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(FILE_ERROR.cannotWrite(file, code)[lang]);
    throw error;
  }
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const options = readArgs(args, io);
  if (typeof options === 'number') return options;
  const { lang, period } = options;
  try {
    const mapping = withAnswers(options.map ? await readMapping(options.map, lang) : {}, options.answers);
    const templateFields = options.template ? await readTemplateFields(options.template, lang) : undefined;
    const read = await readExports(options.exports, lang);
    const names = workbookSheetNames(lang);
    const plan = planAnnexWorkbook({ ...read, period, mapping, templateFields, titleLines: periodTitleLines(period), annexName: names.annex });
    read.tables.length = 0; // the raw rows are no longer needed: let them go before writing
    if (!plan.ready && plan.reason === 'unreadable') throw new InputError(unreadableMessage(plan.unreadable[0], options.exports, lang));
    io.stdout(formatBuildReport(plan.result, lang));
    if (!plan.ready && plan.reason === 'questions') {
      // Unknown is never zero: nothing is written while a dossier of the period cannot be placed.
      const questions = plan.result.questions.map((question) => `  ${describeQuestion(question, lang)}`);
      io.stderr([questionsHeading(plan.result.summary.unanswered, lang), ...questions].join('\n'));
      return EXIT.badInput;
    }
    if (!plan.ready) throw new InputError(CLI_TEXT.noDossiers[lang]);
    const selfCheck = selfCheckLines(plan.selfCheck, lang);
    if (selfCheck.length > 0) io.stderr(selfCheck.join('\n'));
    await writeOut(options.out, lang, () => writeAnnexWorkbook(options.out, renderAnnexWorkbook(plan, lang, names)));
    io.stdout(`${CLI_TEXT.written[lang]}: ${options.out}`);
    if (options.saveMap) {
      const saveMap = options.saveMap;
      await writeOut(saveMap, lang, () => fs.writeFile(saveMap, `${JSON.stringify(mappingInUse(plan.result, mapping), null, 2)}\n`, 'utf8'));
      io.stdout(`${CLI_TEXT.mapSaved[lang]}: ${options.saveMap}`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.message);
      return EXIT.badInput;
    }
    throw error;
  }
}
