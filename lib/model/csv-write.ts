/**
 * Deterministic CSV writing (RFC 4180, LF line endings, UTF-8, no BOM).
 *
 * Text cells that a spreadsheet would read as a formula (leading =, +, -, @, tab or CR) are neutralised
 * with a leading apostrophe (OWASP "CSV injection" advice). Numbers are written as numbers, untouched.
 */
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`cannot write non-finite number ${cell} to CSV`);
    return String(cell);
  }
  const text = neutraliseText(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(formatCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(","));
  return lines.join("\n") + "\n";
}
