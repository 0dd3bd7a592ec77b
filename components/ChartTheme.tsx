/**
 * The chart colours as CSS variables (lib/figures/theme.ts), in the head of every page: the static SVGs draw with
 * var(--chart-<token>), so a chart follows the reader's light or dark theme.
 */
import { themeCss } from "../lib/figures/theme";

export function ChartTheme() {
  return <style dangerouslySetInnerHTML={{ __html: themeCss() }} />;
}
