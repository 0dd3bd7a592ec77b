/**
 * Regenerates the tidy CSVs in data/ from the raw sources in data/raw/ (see the PROVENANCE.md files under data/raw).
 * Nothing is written until every source has been read and checked, and the three IMF workbooks of France, Russia and
 * Belarus cross-checked against each other (lib/extract/cross-check.ts); the script prints how long it took. Deterministic: running it twice changes no byte. Usage: npm run data [-- --out <dir>] [--root <dir>]
 * (default data/; a test writes to a temporary folder so that data/ is never regenerated in place).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readImfWorkbook, REPORTERS } from "../lib/extract/imf-workbook";
import { crossCheck, MIRROR_BAND, type ReadWorkbook } from "../lib/extract/cross-check";
import { swapChecks } from "../lib/extract/swap-checks";
import { SWAP_THRESHOLD } from "../lib/extract/swap-check";
import { countryName, countryNameIn } from "../lib/extract/country-names";
import { LOCALES } from "../lib/i18n/locales";
import { nameColumn } from "../lib/model/schemas";
import { parseWebFigures } from "../lib/extract/web-figures";
import { toCsv } from "../lib/model/csv-write";
import { SCHEMAS } from "../lib/model/schemas";
import { YEAR_MIN, YEAR_MAX } from "../lib/model/constants";
import { readEurostatExports } from "../lib/extract/eurostat-exports";
import { readRuimpeksWorkbook } from "../lib/extract/eurostat-ruimpeks";
import { franceRussiaMonthly } from "../lib/extract/fr-ru-monthly";
import { parseEcbUsd, usdAverages } from "../lib/extract/ecb-rates";
import { RATE_YEAR_MIN, RATE_YEAR_MAX } from "../lib/model/schemas";
import { readAllReporters } from "../lib/extract/imf-all-reporters";
import { readRosstatMainPartners } from "../lib/extract/rosstat-main-partners";
import { codeKind } from "../lib/extract/imf-partners";
import { parseImts } from "../lib/extract/imf-imts";
import { comtradeFile, parseComtradeYear, type ComtradeRow } from "../lib/extract/comtrade-exports";
import {
  checkComtradeAgainstDots,
  checkComtradeWorldAgainstDots,
  COMTRADE_WORLD_TOLERANCE,
  checkImts2021AgainstCustoms,
  checkImtsAgainstDots,
  COMTRADE_DOTS_TOLERANCE,
  IMTS_CUSTOMS_TOLERANCE,
  IMTS_DOTS_TOLERANCE,
} from "../lib/extract/imts-cross-check";
import { COMTRADE_YEAR_MAX, COMTRADE_YEAR_MIN } from "../lib/model/schemas";

/** `--root <dir>` reads the raw sources from <dir>/data/raw instead (a test points it at bad fixtures). */
const rootFlag = process.argv.indexOf("--root");
const root =
  rootFlag > 0 && process.argv[rootFlag + 1] ? path.resolve(process.argv[rootFlag + 1]) : path.resolve(__dirname, "..");
const outFlag = process.argv.indexOf("--out");
const outDir =
  outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, "data");
const out = (file: string) => path.join(outDir, file);

/** What is to be written: nothing touches the disk until every source has been read and checked. */
const pending: { file: string; text: string; rows: number }[] = [];

function write(file: string, rows: readonly Record<string, string | number>[]) {
  const schema = SCHEMAS[file];
  if (!schema) throw new Error(`no schema for ${file}`);
  pending.push({
    file,
    text: toCsv(
      schema.fields.map((f) => f.name),
      rows,
    ),
    rows: rows.length,
  });
}

function flush() {
  mkdirSync(outDir, { recursive: true });
  for (const { file, text, rows } of pending) {
    writeFileSync(out(file), text);
    console.log(`wrote ${path.relative(root, out(file))} (${rows} rows)`);
  }
}

async function main() {
  const started = performance.now();
  const countries = new Map<string, { code: string; name: string; imf_name: string | null }>();
  const workbooks: ReadWorkbook[] = [];
  for (const reporter of REPORTERS) {
    const file = `data/raw/imf-dots/${reporter.file}`;
    const { rows, partners, cells } = await readImfWorkbook(root, file, reporter, YEAR_MIN, YEAR_MAX);
    workbooks.push({ reporter: reporter.code, file, rows, cells });
    for (const p of partners) countries.set(p.code, p);
    if (!countries.has(reporter.code))
      countries.set(reporter.code, {
        code: reporter.code,
        name: countryName(reporter.code),
        imf_name: reporter.imfName,
      });
  }
  // Russia's customs figures with its 29 main partners (Rosstat, FCS data).
  const customs = await readRosstatMainPartners(root, "data/raw/rosstat-fts-main-partners/96stran.xlsx");
  // Every reporter's declarations of its trade with Russia and France (235 workbooks, read by two worker threads).
  const allStarted = performance.now();
  const all = await readAllReporters(root, "data/raw/imf-dots-all-reporters");
  for (const r of all.reporters)
    if (r.code && !countries.has(r.code))
      countries.set(r.code, { code: r.code, name: countryName(r.code), imf_name: r.imfName });
  const groupings = all.reporters.filter((r) => r.kind === "grouping").map((r) => r.imfName);
  console.log(
    `read ${all.workbooks} IMF workbooks of every reporter in ${((performance.now() - allStarted) / 1000).toFixed(1)} s:` +
      ` ${all.reporters.length} reporters (${[...all.duplicates].map(([dup, kept]) => `${dup} = ${kept}, counted once`).join("; ")});` +
      ` ${groupings.length} groupings left out (${groupings.join("; ")})`,
  );

  // Nothing is written before the three workbooks agree with each other.
  const mirror = crossCheck(workbooks, YEAR_MIN, YEAR_MAX);
  console.log(
    `cross-check: ${mirror.compared} mirror flows, importer/exporter ${mirror.min.toFixed(2)}–${mirror.max.toFixed(2)}` +
      ` (allowed ${MIRROR_BAND.min}–${MIRROR_BAND.max})`,
  );
  // Nor before each main partner's figures fit a second declaration better as they are than exchanged with another's.
  for (const swaps of swapChecks(workbooks, all.rows, customs))
    console.log(
      `swap check: ${swaps.what}: ${swaps.pairs} pairs, highest score ${swaps.highest?.score.toFixed(3)}` +
        ` (${swaps.highest?.a}–${swaps.highest?.b}; a swap is above ${SWAP_THRESHOLD})`,
    );
  REPORTERS.forEach((reporter, i) => write(`trade-${reporter.slug}.csv`, workbooks[i].rows));

  const web = parseWebFigures(readFileSync(path.join(root, "data/raw/web/web-figures.md"), "utf8"));
  write("fdi-projects.csv", web.projects);

  // Russia's trade by partner in the IMF's IMTS (2016–2024) and every country's exports to Russia in UN Comtrade
  // (2014–2022), each checked against the sources read above before a line of either is written.
  const imtsFile = "data/raw/imf-imts-russia/RU_trade.csv";
  const imts = parseImts(imtsFile, readFileSync(path.join(root, imtsFile), "utf8"));
  const russia = workbooks[REPORTERS.findIndex((r) => r.code === "RUS")];
  const france = workbooks[REPORTERS.findIndex((r) => r.code === "FRA")];
  const vsDots = checkImtsAgainstDots(imts.rows, imts.cells, russia.rows, russia.cells);
  const vsCustoms = checkImts2021AgainstCustoms(imts.rows, imts.cells, customs);
  console.log(
    `read ${imtsFile}: ${imts.rows.length} values, ${imts.groupings.length} groupings left out (${imts.groupings.join(" ")});` +
      ` 2016–2020 against DOTS: ${vsDots.compared} values, largest gap ${vsDots.largestGap.toFixed(6)} (allowed ${IMTS_DOTS_TOLERANCE}),` +
      ` absent from IMTS: ${vsDots.absentFromImts.join(", ") || "none"};` +
      ` 2021 against Russia's customs: ${vsCustoms.compared} values, IMTS/customs ${vsCustoms.min.toFixed(4)}–${vsCustoms.max.toFixed(4)}` +
      ` (allowed ±${IMTS_CUSTOMS_TOLERANCE * 100} %)`,
  );
  const comtrade: ComtradeRow[] = [];
  const comtradeCells = new Map<string, string>();
  const markets: ComtradeRow[] = [];
  const marketCells = new Map<string, string>();
  for (let year = COMTRADE_YEAR_MIN; year <= COMTRADE_YEAR_MAX; year++) {
    const file = `data/raw/un-comtrade-exports/${comtradeFile(year)}`;
    const read = parseComtradeYear(file, year, readFileSync(path.join(root, file), "utf8"));
    comtrade.push(...read.rows);
    for (const [reporter, at] of read.cells) comtradeCells.set(`${year}|${reporter}`, at);
    markets.push(...read.markets);
    for (const [partner, at] of read.marketCells) marketCells.set(`${year}|${partner}`, at);
    console.log(
      `read ${file}: ${read.reporters} reporters, ${read.rows.length} countries' exports to Russia,` +
        ` France's exports to ${read.markets.length - 1} partners and World` +
        (read.leftOut.length
          ? `; not a country, left out: ${read.leftOut.map((l) => `${l.reporter} ${l.value_usd_m}`).join(", ")}`
          : ""),
    );
  }
  const vsFrance = checkComtradeAgainstDots(comtrade, comtradeCells, france.rows, france.cells);
  console.log(
    `cross-check: Comtrade France → Russia against France's DOTS, ${vsFrance.compared} years,` +
      ` Comtrade/DOTS ${vsFrance.min.toFixed(4)}–${vsFrance.max.toFixed(4)} (allowed ±${COMTRADE_DOTS_TOLERANCE * 100} %)`,
  );
  const vsWorld = checkComtradeWorldAgainstDots(markets, marketCells, france.rows, france.cells);
  console.log(
    `cross-check: Comtrade France → World against France's DOTS, ${vsWorld.compared} years,` +
      ` Comtrade/DOTS ${vsWorld.min.toFixed(4)}–${vsWorld.max.toFixed(4)} (allowed ±${COMTRADE_WORLD_TOLERANCE * 100} %)`,
  );
  for (const code of [...comtrade.map((r) => r.reporter), ...markets.map((r) => r.partner)])
    if (!countries.has(code)) countries.set(code, { code, name: countryName(code), imf_name: null });
  write(
    "countries.csv",
    [...countries.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({
        code: c.code,
        // the name in each language of the site: name, name_fr, …
        ...Object.fromEntries(LOCALES.map((l) => [nameColumn(l), countryNameIn(c.code, l)])),
        imf_name: c.imf_name ?? "",
        kind: codeKind(c.code),
      })),
  );

  write("trade-russia-imts.csv", imts.rows);
  write(
    "comtrade-exports-to-russia.csv",
    [...comtrade].sort((a, b) => a.reporter.localeCompare(b.reporter) || a.year - b.year),
  );
  write(
    "comtrade-exports-france.csv",
    [...markets].sort((a, b) => a.partner.localeCompare(b.partner) || a.year - b.year),
  );
  write("fdi-flows.csv", web.flows);

  // France–Russia month by month (euros), from the two Eurostat sources, cross-checked where they overlap.
  const exportsFiles = readEurostatExports(root, "data/raw/eurostat-eu-exports");
  const workbook = await readRuimpeksWorkbook(
    root,
    "data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx",
  );
  const monthly = franceRussiaMonthly(exportsFiles.values, workbook);
  const c = monthly.crossCheck;
  console.log(
    `cross-check: France's total exports to Russia in ${c.compared} months of both Eurostat sources, ${c.equal} equal,` +
      ` largest gap ${(c.maxRelativeGap * 100).toFixed(2)} % (${c.maxGapPeriod})`,
  );
  write("fr-ru-monthly.csv", monthly.rows);

  const ecbFile = "data/raw/ecb-rates/eurofxref-hist.csv";
  const rates = parseEcbUsd(ecbFile, readFileSync(path.join(root, ecbFile), "utf8"));
  write("ecb-usd-per-eur.csv", usdAverages(ecbFile, rates, RATE_YEAR_MIN, RATE_YEAR_MAX));
  write("trade-all-reporters.csv", all.rows);
  write("russia-customs-main-partners.csv", customs);
  flush();
  console.log(`npm run data took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(`npm run data stopped: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
