/**
 * Extracts the FDI tables from data/raw/web/web-figures.md:
 *  - section A1 (EY counts of FDI projects in Russia by source country),
 *  - section A2 rows "Net FDI flows from X into Russia" and "Net FDI inflows to Russia, total" (Bank of Russia via
 *    DG Trésor), kept for 2019–2020 only.
 * A value cell such as "24 (2017: 28)" with year cell "2018 (2017)" yields 2018 → 24 and 2017 → 28.
 */
// A Map: the words come from the file, and "constructor" must not find Object.prototype's.
const COUNTRY_WORDS: ReadonlyMap<string, string> = new Map([
  ["Germany", "DEU"],
  ["France", "FRA"],
  ["China", "CHN"],
  ["the US", "USA"],
  ["the UK", "GBR"],
  ["Italy", "ITA"],
  ["Hong Kong", "HKG"],
]);

export interface ProjectRow extends Record<string, string | number> {
  year: number;
  source: string;
  projects: number;
  basis: string;
  source_url: string;
}
export interface FlowRow extends Record<string, string | number> {
  year: number;
  source: string;
  net_flow_usd_bn: number;
  basis: string;
  source_url: string;
}

function section(md: string, heading: string): string[][] {
  const start = md.indexOf(heading);
  if (start < 0) throw new Error(`web-figures.md: section "${heading}" not found`);
  const rest = md.slice(start + heading.length);
  const end = rest.search(/\n#{2,3} /);
  const body = end < 0 ? rest : rest.slice(0, end);
  return body
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|[-| ]+\|$/.test(l))
    .slice(1) // header row
    .map((l) =>
      l
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
}

/** "24 (2017: 28)" → [[headYear, 24], [2017, 28]]; "1.4 (2019: 2.0)" likewise. */
export function parseValueCell(value: string, headYear: number): [number, number][] {
  const m = /^(-?\d+(?:\.\d+)?)(?:\s*\((.*)\))?$/.exec(value.replace(/^\+/, ""));
  if (!m) throw new Error(`web-figures.md: cannot read value "${value}"`);
  const out: [number, number][] = [[headYear, Number(m[1])]];
  for (const part of (m[2] ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const p = /^(\d{4}):\s*\+?(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!p) throw new Error(`web-figures.md: cannot read "${part}" in "${value}"`);
    out.push([Number(p[1]), Number(p[2])]);
  }
  return out;
}

function sourceOf(figure: string): string {
  if (/total/i.test(figure)) return "WLD";
  const m = /from (.+?)(?: into Russia)?$/.exec(figure);
  const code = m && COUNTRY_WORDS.get(m[1]);
  if (!code) throw new Error(`web-figures.md: no source country in "${figure}"`);
  return code;
}

export function parseWebFigures(md: string) {
  const projects: ProjectRow[] = [];
  let lastUrl = "";
  for (const [figure, value, unit, year, basis, url] of section(md, "### A1.")) {
    if (unit !== "projects") throw new Error(`web-figures.md A1: unit "${unit}" is not "projects"`);
    const sourceUrl = url === "same OWC URL" ? lastUrl : url.replace(/\s.*$/, "");
    lastUrl = sourceUrl;
    for (const [y, v] of parseValueCell(value, Number(year.slice(0, 4)))) {
      projects.push({ year: y, source: sourceOf(figure), projects: v, basis, source_url: sourceUrl });
    }
  }
  const flows: FlowRow[] = [];
  for (const [figure, value, unit, year, basis, url] of section(md, "### A2.")) {
    if (!/^Net FDI (flows from .+ into Russia|inflows to Russia, total)$/.test(figure)) continue;
    if (unit !== "bn USD") throw new Error(`web-figures.md A2: unit "${unit}" is not "bn USD"`);
    const sourceUrl = url === "same URL" ? lastUrl : url;
    lastUrl = sourceUrl;
    for (const [y, v] of parseValueCell(value, Number(year))) {
      if (y >= 2019 && y <= 2020)
        flows.push({ year: y, source: sourceOf(figure), net_flow_usd_bn: v, basis, source_url: sourceUrl });
    }
  }
  const byKey = <T extends { year: number; source: string }>(rows: T[]) =>
    rows.sort((a, b) => a.year - b.year || a.source.localeCompare(b.source));
  return { projects: byKey(projects), flows: byKey(flows) };
}
