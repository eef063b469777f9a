// The "Tổng hợp" panel's body (its own chunk): the open workbook's sheets holding an annex and the
// units' files; each table validated, the per-unit verdicts, the field matches to confirm (a field
// of its own may be added into a suggested one), the duplicates to decide; then the three sheets
// written into the workbook through the host seam (the standalone page downloads them).
import type { FieldNameMap } from '../../../core/match/fields';
import type { ConsolidatePlan } from '../../../core/consolidate/plan';
import type { ConsolidateNote, UnitDecision, UnitSource, UnreadSource } from '../../../core/consolidate/types';
import type { Grid, Lang } from '../../../core/types';
import { validateGrid } from '../../../core/validate';
import { errorMessage } from '../../../app/validation';
import { consolidatePaneTexts, type ConsolidatePaneTexts } from '../../../i18n/consolidate/pane';
import { verdictLine } from '../../../i18n/verdict';
import { clear, h } from '../../dom';
import type { PaneContext, PanelInstance } from '../types';
import type { ConsolidateDeps } from './panel';

type Engine = typeof import('./engine');
let engine: Engine | null = null;
async function loadEngine(): Promise<Engine> {
  return (engine ??= await import(/* webpackChunkName: "consolidate" */ './engine'));
}

export function mountConsolidatePanel(container: HTMLElement, context: PaneContext, deps: ConsolidateDeps): PanelInstance & { refresh(): Promise<void> } {
  const t = (): ConsolidatePaneTexts => consolidatePaneTexts[context.lang()];
  const intro = h('p', { className: 'consolidate__intro' });
  const sheetsHeading = h('p', { className: 'field__label' });
  const list = h('ul', { className: 'cumulate__sheets', attrs: { id: 'consolidate-sheets' } });
  const filesText = h('label', { className: 'field__label', attrs: { for: 'consolidate-files' } });
  const files = h('input', { attrs: { id: 'consolidate-files', type: 'file', multiple: '', accept: '.xlsx,.xlsm,.xls,.ods,.et' } });
  const filesChosen = h('p', { className: 'field__hint', attrs: { id: 'consolidate-files-chosen' } });
  const button = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'consolidate-button' } });
  const write = h('button', { className: 'button', attrs: { type: 'button', id: 'consolidate-write' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'consolidate-status' } });
  const units = h('div', { attrs: { id: 'consolidate-units' } });
  const fields = h('div', { attrs: { id: 'consolidate-fields' } });
  const questions = h('div', { attrs: { id: 'consolidate-questions' } });
  container.append(
    intro,
    sheetsHeading,
    list,
    h('div', { className: 'field' }, [filesText, files, filesChosen]),
    h('div', { className: 'actions' }, [button, write]),
    status,
    questions,
    units,
    fields,
  );

  let sheets: Grid[] = [];
  const ticked = new Set<string>();
  const written: string[] = [];
  let chosenFiles: File[] = [];
  let plan: Extract<ConsolidatePlan, { ready: true }> | null = null;
  const fieldMap: FieldNameMap = {};
  const decisions: Record<string, UnitDecision> = {};
  let busy = false;

  function setStatus(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
    clear(status);
    status.className = `status${kind === 'error' ? ' status--error' : ''}`;
    if (text) status.append(h('p', { text, className: kind === 'ok' ? 'periods__ok' : '' }));
  }

  function renderStatic(): void {
    const texts = t();
    intro.textContent = texts.intro;
    sheetsHeading.textContent = texts.sheetsLabel;
    filesText.textContent = texts.filesLabel;
    filesChosen.textContent = chosenFiles.length > 0 ? texts.filesChosen(chosenFiles.length) : '';
    button.textContent = texts.consolidateButton;
    write.textContent = texts.writeButton;
    button.disabled = busy;
    write.disabled = busy || plan === null;
    clear(list);
    if (sheets.length === 0) list.append(h('li', { text: texts.noSheets }));
    sheets.forEach((grid, index) => {
      const id = `consolidate-sheet-${index}`;
      const box = h('input', { attrs: { type: 'checkbox', id, value: grid.sheetName } });
      box.checked = ticked.has(grid.sheetName);
      box.addEventListener('change', () => (box.checked ? ticked.add(grid.sheetName) : ticked.delete(grid.sheetName)));
      list.append(h('li', {}, [box, h('label', { attrs: { for: id }, text: grid.sheetName })]));
    });
  }

  async function refresh(): Promise<void> {
    try {
      const { names } = await context.excel.listSheets();
      const found: Grid[] = [];
      for (const name of names.filter((n) => !written.includes(n))) {
        const grid = (await context.excel.readSheet({ sheetName: name })).grid;
        if (validateGrid(grid).ok) found.push(grid);
      }
      sheets = found;
    } catch (error) {
      setStatus(errorMessage(error), 'error');
    }
    renderStatic();
  }

  async function gather(e: Engine, lang: Lang): Promise<{ sources: UnitSource[]; unread: UnreadSource[] }> {
    const sources: UnitSource[] = [];
    const unread: UnreadSource[] = [];
    const add = (file: string, grids: Grid[]) => {
      for (const reading of e.readWorkbookSources(file, grids)) {
        if (reading.ok) sources.push(reading.source);
        else unread.push({ file, ...(reading.sheet ? { sheet: reading.sheet } : {}), reason: e.locateProblemText(reading.problem) });
      }
    };
    for (const grid of sheets.filter((g) => ticked.has(g.sheetName))) add(t().openWorkbook, [grid]);
    for (const file of chosenFiles) {
      try {
        add(file.name, await deps.readFile(file, lang));
      } catch (error) {
        unread.push({ file: file.name, reason: { vi: errorMessage(error), en: errorMessage(error) } });
      }
    }
    return { sources, unread };
  }

  function renderFieldChoices(e: Engine, notes: ConsolidateNote[], lang: Lang): void {
    const texts = t();
    clear(fields);
    fields.append(h('h2', { className: 'rule__title', text: texts.fieldsHeading }));
    const asked = notes.filter((n) => n.kind === 'matched' || n.kind === 'own-field');
    if (asked.length === 0) fields.append(h('p', { text: texts.noFieldQuestions }));
    asked.forEach((note, index) => {
      if (note.kind !== 'own-field' || note.candidates.length === 0) {
        fields.append(h('p', { className: 'consolidate__match', text: e.noteText(note)[lang] }));
        return;
      }
      const id = `consolidate-field-${index}`;
      const select = h('select', { className: 'field__control', attrs: { id } });
      select.append(h('option', { text: texts.keepOwn, attrs: { value: '' } }));
      for (const candidate of note.candidates) select.append(h('option', { text: texts.mergeInto(candidate.field), attrs: { value: candidate.field } }));
      select.value = fieldMap[note.name] ?? '';
      select.addEventListener('change', () => {
        if (select.value) fieldMap[note.name] = select.value;
        else delete fieldMap[note.name];
      });
      fields.append(h('div', { className: 'field' }, [h('label', { className: 'field__label', attrs: { for: id }, text: `“${note.name}”` }), select]));
    });
  }

  async function consolidateNow(): Promise<ConsolidatePlan | null> {
    const lang = context.lang();
    const texts = t();
    clear(units);
    clear(fields);
    clear(questions);
    plan = null;
    if (ticked.size === 0 && chosenFiles.length === 0) {
      setStatus(texts.nothingChosen, 'error');
      return null;
    }
    setStatus(texts.reading);
    const e = await loadEngine();
    const { sources, unread } = await gather(e, lang);
    const result = e.planConsolidation(sources, unread, { fieldMap, units: decisions }, e.consolidateWords);
    if (!result.ready) {
      setStatus(e.refusalText(result.refusal)[lang].split('\n')[0], 'error');
      if (result.refusal.kind === 'duplicates') {
        questions.append(h('h2', { className: 'rule__title', text: texts.duplicatesHeading }));
        result.refusal.questions.forEach((question, q) => {
          question.sources.forEach((source, s) => {
            const key = e.sourceName(source);
            const id = `consolidate-dup-${q}-${s}`;
            const select = h('select', { className: 'field__control', attrs: { id } });
            select.append(h('option', { text: texts.addPlatform, attrs: { value: 'add' } }), h('option', { text: texts.leaveOut, attrs: { value: 'out' } }));
            select.value = decisions[key]?.use === false ? 'out' : 'add';
            const apply = () =>
              (decisions[key] =
                select.value === 'out'
                  ? { use: false }
                  : { platform: source.platform && !/quốc gia/i.test(source.platform) ? source.platform : `${question.unit} — ${s + 1}` });
            apply();
            select.addEventListener('change', apply);
            questions.append(
              h('div', { className: 'field' }, [
                h('label', {
                  className: 'field__label',
                  attrs: { for: id },
                  text: `${question.unit}: ${key}${source.platform ? ` (${source.platform})` : ''}`,
                }),
                select,
              ]),
            );
          });
        });
        questions.append(h('p', { text: texts.decideAndRetry }));
      }
      return result;
    }
    plan = result;
    units.append(h('h2', { className: 'rule__title', text: texts.unitsHeading }));
    const ul = h('ul', { className: 'consolidate__units' });
    for (const unit of result.model.units)
      for (const source of unit.sources)
        ul.append(
          h('li', { className: unit.invalid ? 'consolidate__invalid' : '', text: `${unit.name} — ${e.sourceName(source)}: ${e.sourceVerdict(source)[lang]}` }),
        );
    for (const item of result.model.unread) ul.append(h('li', { className: 'consolidate__invalid', text: `${e.sourceName(item)}: ${item.reason[lang]}` }));
    units.append(ul);
    renderFieldChoices(e, result.model.notes, lang);
    setStatus(
      texts.ready(result.model.fields.length, result.model.units.length, result.model.units.filter((u) => u.invalid).length),
      result.model.units.some((u) => u.invalid) ? 'error' : 'info',
    );
    return result;
  }

  async function writeNow(): Promise<void> {
    const lang = context.lang();
    const texts = t();
    // The clerk's field choices since the preview are applied: consolidated again, then written.
    const result = await consolidateNow();
    if (!result || !result.ready) return;
    busy = true;
    renderStatic();
    try {
      const e = await loadEngine();
      // The add-in's sheets stay Vietnamese, like the form, whatever the pane's language.
      const book = e.renderConsolidatedWorkbook(result, 'vi');
      const pageLayout = deps.pageLayoutSupported();
      const first = await deps.writeSheets({ workbook: { ...book.byField, sheets: [book.checks] }, ownSheets: [...written], pageLayout });
      const second = await deps.writeSheets({
        workbook: { annexName: book.byUnit.name, annex: book.byUnit.layout, printTitle: book.byField.printTitle, sheets: [] },
        ownSheets: [...written, first.annexName, ...first.sheetNames],
        pageLayout,
      });
      const names = [first.annexName, second.annexName, ...first.sheetNames];
      for (const name of names) if (!written.includes(name)) written.push(name);
      if (result.selfCheck.ok && result.selfCheck.report.summary.verdict === 'valid') setStatus(texts.written(names), 'ok');
      else if (result.selfCheck.ok) setStatus(texts.writtenWithErrors(names, verdictLine(result.selfCheck.report)[lang]), 'error');
    } catch (error) {
      setStatus(texts.writeFailed(errorMessage(error)), 'error');
    }
    busy = false;
    renderStatic();
  }

  files.addEventListener('change', () => {
    chosenFiles = [...(files.files ?? [])];
    renderStatic();
  });
  button.addEventListener('click', () => void consolidateNow().then(() => renderStatic()));
  write.addEventListener('click', () => void writeNow());
  context.onLanguageChange(() => renderStatic());
  renderStatic();
  return { shown: () => void refresh(), refresh };
}
