// The header block of an annex table, and a column number as the numbering row writes it.

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  numberingRow?: number;
  /** Per absolute column in [left, right]: the header texts top → bottom. */
  paths: Map<number, string[]>;
}

export interface NumberingToken {
  number: number;
  /** Right-hand side of "(3)=(4)+(5)+(6)": [4, 5, 6]. */
  sumOf?: number[];
  /** Right-hand side of "(12)=((8)+(9))/(7)" or "(12)=(8)/(7)x100": a rate definition. */
  rate?: { numerator: number[]; denominator: number[] };
}
