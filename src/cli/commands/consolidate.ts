// `tthc-report consolidate FILE.xlsx… --out TONG-HOP.xlsx [--template ANNEX.xlsx] [--fields F.json]
// [--save-fields F.json] [--units U.json] [--expected LIST.txt] [--sheet NAME] [--skip-invalid] [--json]`
import { promises as fs } from 'fs';
import * as path from 'path';
import { onTimeChart, receivedChart } from '../../core/consolidate/charts';
import { planConsolidation, type ConsolidatePlan } from '../../core/consolidate/plan';
import type { UnitSource, UnreadSource } from '../../core/consolidate/types';
import { verdictLine } from '../../i18n/verdict';
import { consolidateCliTexts as texts, sourceLines, summaryLines } from '../../i18n/consolidate/cli';
import { noteText, refusalText } from '../../i18n/consolidate/notes';
import { consolidateWords, renderConsolidatedWorkbook } from '../../i18n/consolidate/sheets';
import { writeConsolidatedWorkbook } from '../consolidate/workbook';
import { consolidateJson } from '../consolidate/json';
import { loadExpected, loadTemplateFields, loadUnitsFile } from '../consolidate/inputs';
import { readAllSources } from '../consolidate/parallel';
import { InputError } from '../errors';
import { EXIT, parseCommandLine, processIo, usageError, type CliIo } from '../io';
import { loadFieldMap } from '../periods/tables';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  template: { type: 'string' },
  fields: { type: 'string' },
  'save-fields': { type: 'string' },
  units: { type: 'string' },
  expected: { type: 'string' },
  sheet: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** Every name written otherwise than its field, and every field of its own: the map to edit and reuse. */
function fieldMapOf(plan: Extract<ConsolidatePlan, { ready: true }>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const field of plan.model.fields) for (const match of field.matchedFrom) if (match.name !== field.name) map[match.name] = field.name;
  for (const note of plan.model.notes) if (note.kind === 'own-field' && note.candidates.length > 0) map[note.name] = note.name;
  return map;
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine(io, args, OPTIONS, texts.usage);
  if ('exit' in parsed) return parsed.exit;
  const { lang, values } = parsed;
  if (parsed.positionals.length === 0) return usageError(io, texts.noInputs[lang], texts.usage, lang);
  if (!values.out && !values.json) return usageError(io, texts.noOut[lang], texts.usage, lang);
  const out = values.out;
  try {
    if (out && parsed.positionals.some((file) => path.resolve(file) === path.resolve(out))) throw new InputError(texts.outIsInput[lang]);
    const [fieldMap, units, expected, template] = [
      await loadFieldMap(values.fields, lang),
      await loadUnitsFile(values.units, lang),
      await loadExpected(values.expected, lang),
      await loadTemplateFields(values.template, lang),
    ];
    const sources: UnitSource[] = [];
    const unread: UnreadSource[] = [];
    for (const read of await readAllSources(parsed.positionals, values.sheet)) {
      sources.push(...read.sources);
      unread.push(...read.unread);
    }
    const plan = planConsolidation(sources, unread, { template, fieldMap, units, expected, skipInvalid: values['skip-invalid'] === true }, consolidateWords);
    if (!plan.ready) {
      if (values.json) io.stdout(JSON.stringify(consolidateJson(plan, lang, EXIT.badInput), null, 2));
      else for (const line of unread) io.stderr(`${line.file}: ${line.reason[lang]}`);
      io.stderr(refusalText(plan.refusal)[lang]);
      return EXIT.badInput;
    }
    const { model } = plan;
    const code = model.units.some((u) => u.invalid) || model.unread.length > 0 ? EXIT.findings : EXIT.ok;
    if (out) {
      try {
        await writeConsolidatedWorkbook(out, renderConsolidatedWorkbook(plan, lang), { onTime: onTimeChart(model), received: receivedChart(model) }, lang);
      } catch (error) {
        throw new InputError(texts.cannotWrite(out, (error as NodeJS.ErrnoException).code ?? (error as Error).message)[lang]);
      }
    }
    if (values['save-fields']) {
      const map = fieldMapOf(plan);
      await fs.writeFile(values['save-fields'], `${JSON.stringify(map, null, 2)}\n`, 'utf8');
      if (!values.json) io.stdout(texts.savedFields(values['save-fields'], Object.keys(map).length)[lang]);
    }
    if (values.json) {
      io.stdout(JSON.stringify(consolidateJson(plan, lang, code, out), null, 2));
      return code;
    }
    for (const line of summaryLines(model, lang)) io.stdout(line);
    for (const line of sourceLines(model, lang)) io.stdout(line);
    if (model.notes.length > 0) {
      io.stdout(texts.notesHeader[lang]);
      for (const note of model.notes) io.stdout(`  - ${noteText(note)[lang]}`);
    }
    if (out) io.stdout(texts.written(out, model)[lang]);
    if (plan.selfCheck.ok && plan.selfCheck.report.summary.verdict === 'valid') io.stdout(texts.selfCheckClean[lang]);
    else if (plan.selfCheck.ok && model.units.some((u) => u.invalid && !u.skipped))
      io.stdout(texts.selfCheckInherited(verdictLine(plan.selfCheck.report)[lang])[lang]);
    else if (plan.selfCheck.ok) io.stderr(texts.selfCheckFound(verdictLine(plan.selfCheck.report)[lang])[lang]);
    return code;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(error.message);
    return EXIT.badInput;
  }
}
