// The two pictures a city puts in its report: the units ranked by on-time share of resolved
// dossiers, and the dossiers received by field — horizontal bars, each numbered (its rank or the
// field's STT) with its value at the end; the names stand in the cells beside the picture.
import { Canvas, type Colour } from '../chart/raster';
import { encodePng } from '../chart/png';
import type { ConsolidatedModel, ConsolidatedUnit } from './types';

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
  /** The bars in drawing order: what the cells beside the picture list. */
  bars: Array<{ number: number; label: string; value: number; marked: boolean }>;
}

const BAR: Colour = [46, 109, 180];
const MARKED: Colour = [214, 111, 36];
const GRID: Colour = [210, 210, 210];
const INK: Colour = [40, 40, 40];
const ROW = 16;
const WIDTH = 640;
const LEFT = 44;
const RIGHT = 90;
const TOP = 22;
const SCALE = 2;

/** "98,4%" / "1.066": numbers as the clerk writes them (the picture is Vietnamese-only, like the form). */
function percentText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}
function countText(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function drawBars(bars: ChartImage['bars'], max: number, valueText: (v: number) => string, gridLines: number[]): ChartImage {
  const height = TOP + bars.length * ROW + 10;
  const canvas = new Canvas(WIDTH, height);
  const span = WIDTH - LEFT - RIGHT;
  for (const line of gridLines) {
    const x = LEFT + (max === 0 ? 0 : (line / max) * span);
    canvas.fill(x, TOP - 4, 1, bars.length * ROW + 4, GRID);
    const label = valueText(line);
    canvas.text(x - Canvas.textWidth(label, SCALE) / 2, 4, label, SCALE, INK);
  }
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    const number = String(bar.number);
    canvas.text(LEFT - 6 - Canvas.textWidth(number, SCALE), y + 3, number, SCALE, INK);
    const length = max === 0 ? 0 : (bar.value / max) * span;
    canvas.fill(LEFT, y + 2, Math.max(length, 1), ROW - 4, bar.marked ? MARKED : BAR);
    canvas.text(LEFT + length + 6, y + 3, valueText(bar.value), SCALE, INK);
  });
  return { png: encodePng(WIDTH, height, canvas.pixels), width: WIDTH, height, bars };
}

export function onTimeShare(unit: ConsolidatedUnit): number | null {
  const c = unit.counts;
  const resolved = Object.entries(c)
    .filter(([k]) => k.startsWith('resolved.'))
    .reduce((sum, [, v]) => sum + v, 0);
  return resolved === 0 ? null : ((c['resolved.early'] ?? 0) + (c['resolved.onTime'] ?? 0)) / resolved;
}

/** Units with resolved dossiers, best on-time share first (ties by name); at most `limit` bars. */
export function onTimeChart(model: ConsolidatedModel, limit = 200): ChartImage | null {
  const ranked = model.units
    .filter((u) => !u.skipped)
    .map((unit) => ({ unit, share: onTimeShare(unit) }))
    .filter((entry): entry is { unit: ConsolidatedUnit; share: number } => entry.share !== null)
    .sort((a, b) => b.share - a.share || a.unit.name.localeCompare(b.unit.name, 'vi'))
    .slice(0, limit);
  if (ranked.length === 0) return null;
  const bars = ranked.map((entry, i) => ({ number: i + 1, label: entry.unit.name, value: entry.share, marked: entry.unit.invalid }));
  return drawBars(bars, 1, percentText, [0, 0.25, 0.5, 0.75, 1]);
}

export function receivedChart(model: ConsolidatedModel): ChartImage | null {
  if (model.fields.length === 0) return null;
  const received = (counts: Record<string, number>) => (counts['received.online'] ?? 0) + (counts['received.direct'] ?? 0) + (counts['received.carried'] ?? 0);
  const bars = model.fields.map((field, i) => ({ number: i + 1, label: field.name, value: received(field.counts), marked: false }));
  const max = Math.max(...bars.map((b) => b.value));
  const step = max === 0 ? 1 : Math.pow(10, Math.floor(Math.log10(max)));
  const top = max === 0 ? 1 : Math.ceil(max / step) * step;
  const lines = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step).filter((_, i, all) => all.length <= 6 || i % 2 === 0);
  return drawBars(bars, top, countText, lines);
}
