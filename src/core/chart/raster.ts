// A small RGBA canvas: filled rectangles and text in a 3×5 bitmap font (digits and the few signs
// numbers need: "98,4%", "1.066"), scaled. Words are left to the cells beside the picture: a bitmap
// font for Vietnamese would be unreadable, and the cells can be searched, copied and translated.
export type Colour = readonly [number, number, number];

const GLYPHS: Record<string, string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '010', '010', '010'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
  '%': ['101', '001', '010', '100', '101'],
  ',': ['000', '000', '000', '010', '100'],
  '.': ['000', '000', '000', '000', '010'],
  ' ': ['000', '000', '000', '000', '000'],
  '-': ['000', '000', '111', '000', '000'],
};

export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Colour = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    this.fill(0, 0, width, height, background);
  }

  fill(x: number, y: number, w: number, h: number, [r, g, b]: Colour): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) {
      for (let xx = x0; xx < x1; xx++) {
        const i = (yy * this.width + xx) * 4;
        this.pixels[i] = r;
        this.pixels[i + 1] = g;
        this.pixels[i + 2] = b;
        this.pixels[i + 3] = 255;
      }
    }
  }

  /** The width `text` takes at `scale` (each glyph 3 wide plus a column of space). */
  static textWidth(text: string, scale: number): number {
    return text.length * 4 * scale - scale;
  }

  /** Draws digits and number signs; any other character is drawn as a blank. */
  text(x: number, y: number, text: string, scale: number, colour: Colour): void {
    [...text].forEach((ch, i) => {
      const glyph = GLYPHS[ch] ?? GLYPHS[' '];
      glyph.forEach((line, row) => {
        for (let col = 0; col < 3; col++) if (line[col] === '1') this.fill(x + (i * 4 + col) * scale, y + row * scale, scale, scale, colour);
      });
    });
  }
}
