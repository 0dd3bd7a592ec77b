/** Number formatting shared by charts, tables and images (en-GB grouping, fixed decimals). */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
export const usdM = (v: number) => formatNumber(v, 0);
export const ordinal = (n: number) => {
  const s =
    n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${s}`;
};
/** Derived tables publish values rounded to 0.1 (after computing from unrounded inputs). */
export const round1 = (x: number) => Math.round(x * 10) / 10;
