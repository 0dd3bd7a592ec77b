/**
 * One config for every chart's colours (shadcn/ui-style): each token has a light and a dark value, exposed
 * to the page as CSS variables (--chart-<token>) so inline SVG follows the system theme, and resolved to
 * literal colours when an image is exported. Values chosen for ≥ 4.5:1 (text) / ≥ 3:1 (marks) contrast
 * against the page background of each theme (#ffffff light, #0b1120 dark).
 */
export const CHART_TOKENS = {
  exports: { light: "#1d4ed8", dark: "#60a5fa" },
  imports: { light: "#b45309", dark: "#fbbf24" },
  balance: { light: "#111827", dark: "#f3f4f6" },
  highlight: { light: "#b91c1c", dark: "#f87171" },
  muted: { light: "#6b7280", dark: "#9ca3af" },
  text: { light: "#374151", dark: "#d1d5db" },
  grid: { light: "#d1d5db", dark: "#374151" },
  background: { light: "#ffffff", dark: "#0b1120" },
} as const;

export type ChartToken = keyof typeof CHART_TOKENS;
export type Theme = "light" | "dark";

/** A colour reference for chart props: a CSS variable on the web, resolved for exported images. */
export const color = (token: ChartToken) => `var(--chart-${token})`;

export function cssVariables(theme: Theme): string {
  return Object.entries(CHART_TOKENS)
    .map(([token, v]) => `--chart-${token}:${v[theme]};`)
    .join("");
}

/** The chart colours as CSS variables that follow the color-scheme of the element they are used on (CSS Color 5
 *  light-dark(), Baseline since 2024): one declaration per token serves the light and the dark theme. */
export function lightDarkVariables(): string {
  return Object.entries(CHART_TOKENS)
    .map(([token, v]) => `--chart-${token}:light-dark(${v.light},${v.dark});`)
    .join("");
}

/** The chart colours as the pages' CSS variables: light, dark where the reader's system asks for it, light in print.
 *  Each page carries it in its head (components/ChartTheme.tsx). */
export const themeCss = () =>
  `:root{${cssVariables("light")}}@media (prefers-color-scheme: dark){:root{${cssVariables("dark")}}}` +
  `@media print{:root{${cssVariables("light")}}}`;

/** Replace every var(--chart-x) in an SVG string by the theme's literal colour. */
export function resolveColors(svg: string, theme: Theme): string {
  return svg.replace(/var\(--chart-([a-z]+)\)/g, (m, token: string) => {
    const entry = CHART_TOKENS[token as ChartToken];
    if (!entry) throw new Error(`unknown chart colour token ${token}`);
    return entry[theme];
  });
}
