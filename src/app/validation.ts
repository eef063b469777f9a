// The validation workflow shared by the pane and the ribbon commands (one runtime, one state):
// read the sheet → core validation → highlights; clear; select a finding's cell.
import { planMarks } from '../core/marks';
import { markLines } from '../i18n/findings';
import { noteText } from '../i18n/pane';
import type { ValidateOptions } from '../core/validate';
import type { Grid, Lang, ValidateOutcome } from '../core/types';
import type { SheetHost } from './host';
import type { ClearResult, HighlightResult } from '../excel/highlight';

/** The engine, with the clerk's answers about rows it could not place (which is the totals row). */
export type Validator = (grid: Grid, options?: ValidateOptions) => ValidateOutcome;

export type ValidationState =
  | { kind: 'idle' }
  | { kind: 'validating'; progress?: { rowsRead: number; rowsTotal: number } }
  | { kind: 'clearing' }
  | { kind: 'validated'; sheet: string; grid: Grid; outcome: ValidateOutcome; highlight: HighlightResult | null }
  | { kind: 'cleared'; result: ClearResult }
  | { kind: 'failed'; message: string };

export type StateListener = (state: ValidationState) => void;

export class ValidationController {
  private current: ValidationState = { kind: 'idle' };
  private readonly listeners = new Set<StateListener>();
  /** Operations run one after another: a ribbon press during a pane run waits its turn. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The last validated state, kept while clearing so the findings stay listed. */
  private lastValidated: Extract<ValidationState, { kind: 'validated' }> | null = null;
  /** Per sheet: the rows the clerk said are the totals row or a field (asked by ambiguous-total). */
  private readonly rowChoices = new Map<string, { totalRows: string[]; fieldRows: string[] }>();

  constructor(
    private readonly excel: SheetHost,
    private readonly validate: Validator,
    private readonly lang: () => Lang,
  ) {}

  get state(): ValidationState {
    return this.current;
  }

  get lastValidation(): Extract<ValidationState, { kind: 'validated' }> | null {
    return this.lastValidated;
  }

  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: ValidationState): void {
    this.current = state;
    if (state.kind === 'validated') this.lastValidated = state;
    for (const listener of this.listeners) listener(state);
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Validates the sheet (the active one unless named) and highlights the findings in place. */
  runValidation(sheetName?: string): Promise<void> {
    return this.enqueue(async () => {
      this.set({ kind: 'validating' });
      try {
        const read = await this.excel.readSheet({
          sheetName,
          onProgress: (rowsRead, rowsTotal) => {
            if (rowsRead < rowsTotal) this.set({ kind: 'validating', progress: { rowsRead, rowsTotal } });
          },
        });
        const grid = read.grid;
        const outcome = this.validate(grid, { rows: this.rowChoices.get(grid.sheetName) });
        const lang = this.lang();
        const targets = outcome.ok ? planMarks(outcome.report).map((mark) => ({ ...mark, note: noteText(markLines(outcome.report, mark), lang) })) : [];
        const hadHighlights = Object.keys(read.store.sheets[grid.sheetName] ?? {}).length > 0;
        const highlight =
          targets.length > 0 || hadHighlights
            ? await this.excel.applyHighlights({
                sheetName: grid.sheetName,
                targets,
                store: read.store,
                commentIds: read.commentIds,
              })
            : null;
        this.set({ kind: 'validated', sheet: grid.sheetName, grid, outcome, highlight });
      } catch (error) {
        this.set({ kind: 'failed', message: errorMessage(error) });
      }
    });
  }

  /** The clerk's answer to "is this row the totals row?": remembered for the sheet, and the sheet validated again. */
  chooseRow(label: string, kind: 'total' | 'field'): Promise<void> {
    const sheet = this.lastValidated?.sheet;
    if (!sheet) return Promise.resolve();
    const choices = this.rowChoices.get(sheet) ?? { totalRows: [], fieldRows: [] };
    choices.totalRows = choices.totalRows.filter((l) => l !== label);
    choices.fieldRows = choices.fieldRows.filter((l) => l !== label);
    (kind === 'total' ? choices.totalRows : choices.fieldRows).push(label);
    this.rowChoices.set(sheet, choices);
    return this.runValidation(sheet);
  }

  clear(): Promise<void> {
    return this.enqueue(async () => {
      this.set({ kind: 'clearing' });
      try {
        const result = await this.excel.clearHighlights();
        this.set({ kind: 'cleared', result });
      } catch (error) {
        this.set({ kind: 'failed', message: errorMessage(error) });
      }
    });
  }

  /** Selects a cell of the last validated sheet; resolves to an error message when Excel refuses. */
  async select(address: string): Promise<string | null> {
    const sheet = this.lastValidated?.sheet;
    if (!sheet) return null;
    try {
      await this.excel.selectCell(sheet, address);
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }
}

export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as Error).message);
  return String(error);
}
