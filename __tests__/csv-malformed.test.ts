/**
 * Malformed and hostile CSV input: every problem stops the build with the exact `file:line:column: message`
 * (line = physical line of the file, column = 1-based field position), and the CSV writer never emits a
 * cell a spreadsheet would run as a formula. One small fixture per case in __tests__/fixtures/csv/
 * (exact bytes: BOM, CRLF, lone CR; see the .gitattributes there); the oversized file is built in memory.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { CsvError, MAX_CSV_BYTES, parseCsv, type Row } from "../lib/model/csv-parse";
import { formatCell, toCsv } from "../lib/model/csv-write";
import { loadDataset } from "../lib/model/load";
import { SCHEMAS } from "../lib/model/schemas";

const FIXTURES = path.join(__dirname, "fixtures", "csv");
const TRADE = SCHEMAS["trade-france.csv"];
const COUNTRIES = SCHEMAS["countries.csv"];
const CODES: ReadonlySet<string> = new Set(["FRA", "RUS", "DEU", "WLD"]);

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
/** Parses a fixture as the build would, named data/<fixture> in messages. */
const trade = (name: string) => parseCsv(`data/${name}`, fixture(name), TRADE, CODES);
const countries = (name: string) => parseCsv(`data/${name}`, fixture(name), COUNTRIES);

const FRA_RUS_2019: Row[] = [
  { reporter: "FRA", partner: "RUS", year: 2019, flow: "exports", value_usd_m: 6512.4 },
  { reporter: "FRA", partner: "RUS", year: 2019, flow: "imports", value_usd_m: 9870.25 },
];
/** toThrow(string) only looks for a substring: the whole message must match. */
const exactly = (message: string) => new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const FORMULA = "starts with a formula character (=, +, -, @)";
const HEADER = "expected reporter,partner,year,flow,value_usd_m";

describe("fixtures keep their exact bytes", () => {
  test.each([
    ["bom.csv", (t: string) => t.charCodeAt(0) === 0xfeff],
    ["crlf.csv", (t: string) => t.includes("\r\n") && !/[^\r]\n/.test(t)],
    ["cr-only.csv", (t: string) => t.includes("\r") && !t.includes("\n")],
    ["mixed-line-endings.csv", (t: string) => t.includes("\r\n") && /[^\r]\n/.test(t)],
    ["no-final-newline.csv", (t: string) => !t.endsWith("\n")],
  ])("%s", (name, check) => {
    expect(check(fixture(name))).toBe(true);
  });
});

describe("accepted: encoding, line endings and quoting", () => {
  test("UTF-8 BOM is dropped; the first column is still reporter", () => {
    expect(trade("bom.csv")).toEqual(FRA_RUS_2019);
  });

  test("CRLF line endings: no \\r left in the last field", () => {
    expect(trade("crlf.csv")).toEqual([
      ...FRA_RUS_2019,
      { reporter: "FRA", partner: "DEU", year: 2020, flow: "exports", value_usd_m: 1e-7 },
    ]);
  });

  test("CRLF line endings: line numbers still count physical lines", () => {
    expect(() => trade("crlf-bad-value.csv")).toThrow(
      exactly("data/crlf-bad-value.csv:4:6: expected 5 fields, found 6"),
    );
  });

  test("lone CR line endings (classic Mac): each CR is a line", () => {
    expect(() => trade("cr-only.csv")).toThrow(exactly('data/cr-only.csv:4:5: value_usd_m "lots" is not a number'));
  });

  test("mixed CRLF and LF line endings: lines are not glued together", () => {
    expect(() => trade("mixed-line-endings.csv")).toThrow(
      exactly('data/mixed-line-endings.csv:4:5: value_usd_m "x" is not a number'),
    );
  });

  test("Excel's CSV UTF-8 export (BOM + CRLF)", () => {
    expect(trade("excel-bom-crlf.csv")).toEqual(FRA_RUS_2019);
  });

  test("no newline after the last record", () => {
    expect(trade("no-final-newline.csv")).toEqual(FRA_RUS_2019);
  });

  test("quoted commas inside a text field (countries.csv name)", () => {
    expect(countries("quoted-comma.csv")).toEqual([
      { code: "KOR", name: "Korea, Republic of", imf_name: "Korea, Rep. of", kind: "country" },
      { code: "FRA", name: "France", imf_name: "France", kind: "country" },
    ]);
  });

  test("doubled quotes inside a quoted field", () => {
    expect(countries("quoted-quote.csv")).toEqual([
      { code: "CIV", name: 'Côte d\'Ivoire "CI"', imf_name: "Côte d'Ivoire", kind: "country" },
    ]);
  });

  test("quoted field with two line breaks: the error on the next record names its physical line", () => {
    expect(() => countries("quoted-newline.csv")).toThrow(
      exactly('data/quoted-newline.csv:5:4: kind "nation" is not one of country, aggregate'),
    );
  });

  test("quoted CRLF line break, then a duplicate key: both lines are physical lines", () => {
    expect(() => countries("quoted-newline-duplicate.csv")).toThrow(
      exactly("data/quoted-newline-duplicate.csv:5:1: duplicate key code=FRA (first on line 2)"),
    );
  });
});

describe("refused: file structure", () => {
  test.each([
    ["empty.csv", "data/empty.csv:1:1: file is empty"],
    ["blank-lines-only.csv", "data/blank-lines-only.csv:1:1: file is empty"],
    ["header-only.csv", "data/header-only.csv:2:1: no data rows after the header"],
    ["header-extra-column.csv", `data/header-extra-column.csv:1:6: unexpected column "notes"; ${HEADER}`],
    ["header-missing-column.csv", 'data/header-missing-column.csv:1:5: missing column "flow"'],
    ["header-duplicate-column.csv", 'data/header-duplicate-column.csv:1:4: column "year" appears twice'],
    ["header-wrong-order.csv", 'data/header-wrong-order.csv:1:1: column 1 is "partner", expected "reporter"'],
    [
      "semicolon-separated.csv",
      `data/semicolon-separated.csv:1:1: unexpected column "reporter;partner;year;flow;value_usd_m"; ${HEADER}`,
    ],
    ["row-too-many-fields.csv", "data/row-too-many-fields.csv:4:6: expected 5 fields, found 6"],
    ["row-too-few-fields.csv", "data/row-too-few-fields.csv:4:5: expected 5 fields, found 4"],
    ["blank-line-middle.csv", "data/blank-line-middle.csv:3:1: blank line"],
    ["blank-lines-trailing.csv", "data/blank-lines-trailing.csv:4:1: blank line"],
    ["unterminated-quote.csv", "data/unterminated-quote.csv:4:2: malformed quoting (Quoted field unterminated)"],
    [
      "text-after-quote.csv",
      "data/text-after-quote.csv:4:5: malformed quoting (Trailing quote on quoted field is malformed)",
    ],
  ])("%s", (name, message) => {
    expect(() => trade(name)).toThrow(exactly(message));
  });

  test("errors are CsvErrors carrying file, line, column and detail", () => {
    let error: unknown;
    try {
      trade("unterminated-quote.csv");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({
      file: "data/unterminated-quote.csv",
      line: 4,
      column: 2,
      detail: "malformed quoting (Quoted field unterminated)",
    });
  });
});

describe("refused: cell values", () => {
  test.each([
    ["non-numeric.csv", 'data/non-numeric.csv:4:5: value_usd_m "n/a" is not a number'],
    ["value-thousands-space.csv", 'data/value-thousands-space.csv:4:5: value_usd_m "6 512.4" is not a number'],
    [
      "value-leading-space.csv",
      'data/value-leading-space.csv:4:5: value_usd_m " 6512.4" has leading or trailing spaces',
    ],
    ["value-infinite.csv", 'data/value-infinite.csv:4:5: value_usd_m "1e400" is not a finite number'],
    ["negative-value.csv", "data/negative-value.csv:4:5: value_usd_m -3.5 is below the minimum 0"],
    ["year-too-early.csv", "data/year-too-early.csv:4:3: year 1999 is below the minimum 2000"],
    ["year-too-late.csv", "data/year-too-late.csv:4:3: year 2021 is above the maximum 2020"],
    ["year-fraction.csv", 'data/year-fraction.csv:4:3: year "2020.5" is not a whole number'],
    ["year-decimal-point.csv", 'data/year-decimal-point.csv:4:3: year "2020.0" is not a whole number'],
    ["year-exponent.csv", 'data/year-exponent.csv:4:3: year "2e3" is not a whole number'],
    ["empty-cell.csv", "data/empty-cell.csv:4:2: partner is empty"],
    [
      "duplicate-key.csv",
      "data/duplicate-key.csv:5:2: duplicate key partner+year+flow=RUS|2019|exports (first on line 2)",
    ],
    ["unknown-partner.csv", 'data/unknown-partner.csv:4:2: partner "XYZ" is not a known country code'],
    ["lowercase-partner.csv", 'data/lowercase-partner.csv:4:2: partner "deu" is not a known country code'],
    ["wrong-reporter.csv", 'data/wrong-reporter.csv:4:1: reporter "RUS" is not one of FRA'],
    ["unknown-flow.csv", 'data/unknown-flow.csv:4:4: flow "re-exports" is not one of exports, imports'],
  ])("%s", (name, message) => {
    expect(() => trade(name)).toThrow(exactly(message));
  });

  test("countries.csv code must be three capitals", () => {
    expect(() => countries("bad-country-code.csv")).toThrow(
      exactly('data/bad-country-code.csv:3:1: code "FR" does not match ^[A-Z]{3}$'),
    );
  });
});

describe("refused: text cells that a spreadsheet would run as formulas", () => {
  test.each([
    ["formula-hyperlink.csv", '=HYPERLINK("http://x","y")'],
    ["formula-plus.csv", "+1"],
    ["formula-minus.csv", "-1+2"],
    ["formula-at.csv", "@SUM(1)"],
  ])("%s: countries.csv name %s", (name, cell) => {
    expect(() => countries(name)).toThrow(exactly(`data/${name}:2:2: name "${cell}" ${FORMULA}`));
  });

  test('an unquoted =HYPERLINK("…","…") is not even valid CSV', () => {
    expect(() => countries("formula-hyperlink-unquoted.csv")).toThrow(
      exactly(
        "data/formula-hyperlink-unquoted.csv:2:3: malformed quoting (Trailing quote on quoted field is malformed)",
      ),
    );
  });

  test("a formula in a code column is refused as a formula, before the country check", () => {
    expect(() => trade("formula-in-partner.csv")).toThrow(
      exactly(`data/formula-in-partner.csv:4:2: partner "=1+1" ${FORMULA}`),
    );
  });

  test("a negative number is fine in a numeric column without a minimum (not a formula)", () => {
    const text = "year,source,net_flow_usd_bn,basis,source_url\n2020,FRA,-1.5,net,https://example.org/\n";
    expect(parseCsv("data/fdi-flows.csv", text, SCHEMAS["fdi-flows.csv"], CODES)).toEqual([
      { year: 2020, source: "FRA", net_flow_usd_bn: -1.5, basis: "net", source_url: "https://example.org/" },
    ]);
  });
});

describe("oversized file (built in memory, never committed)", () => {
  const row = "FRA,RUS,2019,exports,6512.4\n";
  const header = "reporter,partner,year,flow,value_usd_m\n";

  test("more than 5 MB is refused before parsing", () => {
    const text = header + row.repeat(Math.ceil(MAX_CSV_BYTES / row.length) + 1);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 1024 * 1024);
    expect(() => parseCsv("data/oversized.csv", text, TRADE, CODES)).toThrow(
      exactly("data/oversized.csv:1:1: file is larger than 5242880 bytes"),
    );
  });

  test("the limit counts UTF-8 bytes, not characters", () => {
    const text = header + "FRA,RUS,2019,exports," + "é".repeat(MAX_CSV_BYTES / 2) + "\n";
    expect(text.length).toBeLessThan(MAX_CSV_BYTES);
    expect(() => parseCsv("data/oversized.csv", text, TRADE, CODES)).toThrow(
      exactly("data/oversized.csv:1:1: file is larger than 5242880 bytes"),
    );
  });

  test("exactly 5 MB is not refused for its size (it is parsed, and fails on its own content)", () => {
    const head = header + "FRA,RUS,2019,exports,n/a\n";
    const text = head + "x".repeat(MAX_CSV_BYTES - head.length);
    expect(Buffer.byteLength(text)).toBe(MAX_CSV_BYTES);
    expect(() => parseCsv("data/big.csv", text, TRADE, CODES)).toThrow(
      exactly('data/big.csv:2:5: value_usd_m "n/a" is not a number'),
    );
  });
});

describe("toCsv: spreadsheet formula injection and quoting", () => {
  // papaparse quotes every neutralised cell, so the apostrophe always sits inside quotes.
  test.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd", `"'+cmd"`],
    ["-x", `"'-x"`],
    ["@x", `"'@x"`],
    ["\tx", '"\'\tx"'],
    ["\r=1", '"\'\r=1"'],
    ["=1\n2", '"\'=1\n2"'], // multi-line: papaparse's default escapeFormulae pattern misses this one
    ["-3.5", `"'-3.5"`], // text, even when it looks like a number: only numbers are written raw
    ["'x", "'x"], // already inert: left alone
  ])("text %j is written as %j", (text, cell) => {
    expect(formatCell(text)).toBe(cell);
  });

  test.each([
    [-3.5, "-3.5"],
    [1e-7, "1e-7"],
    [0, "0"],
    [6512.4, "6512.4"],
  ])("number %p is written untouched as %j", (n, cell) => {
    expect(formatCell(n)).toBe(cell);
  });

  test.each([
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line1\nline2", '"line1\nline2"'],
    ["plain", "plain"],
    [null, ""],
    [undefined, ""],
  ])("cell %j is written as %j", (cell, written) => {
    expect(formatCell(cell)).toBe(written);
  });

  test("text with a leading or trailing space is quoted, so no reader trims it", () => {
    expect(formatCell(" x")).toBe('" x"');
    expect(formatCell("x ")).toBe('"x "');
  });

  test("a row missing every column still has its commas (not a blank line)", () => {
    expect(toCsv(["a", "b", "c"], [{}, { b: 2 }])).toBe("a,b,c\n,,\n,2,\n");
  });

  test("no rows: just the header line", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\n");
  });

  test("non-finite numbers are refused", () => {
    expect(() => formatCell(Infinity)).toThrow(exactly("cannot write non-finite number Infinity to CSV"));
    expect(() => formatCell(NaN)).toThrow(exactly("cannot write non-finite number NaN to CSV"));
  });

  test("a whole file: header, LF line endings, final newline, hostile cells neutralised", () => {
    const csv = toCsv(
      ["code", "name"],
      [
        { code: "FRA", name: '=HYPERLINK("http://x","y")' },
        { code: "RUS", name: "@SUM(1)" },
      ],
    );
    expect(csv).toBe('code,name\nFRA,"\'=HYPERLINK(""http://x"",""y"")"\nRUS,"\'@SUM(1)"\n');
  });

  // Round trips below use papaparse as the other side, never the project's own writer with its own parser:
  // what toCsv writes must read back in an independent RFC 4180 reader, and what parseCsv reads is given as bytes.
  const papa = (csv: string) => {
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };
  const COUNTRY_ROWS: Row[] = [
    { code: "KOR", name: "Korea, Republic of", imf_name: "Korea, Rep. of", kind: "country" },
    { code: "CIV", name: 'Côte d\'Ivoire "CI"', imf_name: "Côte d'Ivoire", kind: "country" },
    { code: "FRA", name: "France\nmetropolitan", imf_name: "France", kind: "country" },
    { code: "WLD", name: "World", imf_name: "World", kind: "aggregate" },
  ];
  const COUNTRY_BYTES =
    "code,name,imf_name,kind\n" +
    'KOR,"Korea, Republic of","Korea, Rep. of",country\n' +
    'CIV,"Côte d\'Ivoire ""CI""",Côte d\'Ivoire,country\n' +
    'FRA,"France\nmetropolitan",France,country\n' +
    "WLD,World,World,aggregate\n";

  test("text with commas, quotes and newlines: written as RFC 4180 quoted cells that papaparse reads back unchanged", () => {
    const csv = toCsv(
      COUNTRIES.fields.map((f) => f.name),
      COUNTRY_ROWS,
    );
    expect(csv).toBe(COUNTRY_BYTES);
    expect(papa(csv)).toEqual([
      ["code", "name", "imf_name", "kind"],
      ["KOR", "Korea, Republic of", "Korea, Rep. of", "country"],
      ["CIV", 'Côte d\'Ivoire "CI"', "Côte d'Ivoire", "country"],
      ["FRA", "France\nmetropolitan", "France", "country"],
      ["WLD", "World", "World", "aggregate"],
    ]);
  });

  test("parseCsv reads quoted commas, doubled quotes and a newline inside quotes from literal bytes", () => {
    expect(parseCsv("data/countries.csv", COUNTRY_BYTES, COUNTRIES)).toEqual(COUNTRY_ROWS);
  });

  test("numbers are written so that they read back exactly, including 1e-7 and large values", () => {
    const values = [1e-7, 0, 6512.4, 123456789.123456, 1e21];
    const rows: Row[] = values.map((v, i) => ({
      reporter: "FRA",
      partner: "RUS",
      year: 2000 + i,
      flow: "exports",
      value_usd_m: v,
    }));
    const csv = toCsv(
      TRADE.fields.map((f) => f.name),
      rows,
    );
    expect(csv).toBe(
      "reporter,partner,year,flow,value_usd_m\nFRA,RUS,2000,exports,1e-7\nFRA,RUS,2001,exports,0\nFRA,RUS,2002,exports,6512.4\n" +
        "FRA,RUS,2003,exports,123456789.123456\nFRA,RUS,2004,exports,1e+21\n",
    );
    expect(
      papa(csv)
        .slice(1)
        .map((r) => Number(r[4])),
    ).toEqual(values);
  });

  test("parseCsv reads numbers exactly from literal bytes, including exponents", () => {
    const csv =
      "reporter,partner,year,flow,value_usd_m\nFRA,RUS,2000,exports,1e-7\nFRA,RUS,2001,exports,6512.4\nFRA,RUS,2002,imports,1.5e+5\n";
    expect(parseCsv("data/trade-france.csv", csv, TRADE, CODES)).toEqual([
      { reporter: "FRA", partner: "RUS", year: 2000, flow: "exports", value_usd_m: 0.0000001 },
      { reporter: "FRA", partner: "RUS", year: 2001, flow: "exports", value_usd_m: 6512.4 },
      { reporter: "FRA", partner: "RUS", year: 2002, flow: "imports", value_usd_m: 150000 },
    ]);
  });

  test("a neutralised download reads back as inert text, the leading quote kept", () => {
    const csv = toCsv(
      COUNTRIES.fields.map((f) => f.name),
      [{ code: "FRA", name: "-1+2", imf_name: "=1+1", kind: "country" }],
    );
    expect(csv).toBe('code,name,imf_name,kind\nFRA,"\'-1+2","\'=1+1",country\n');
    expect(papa(csv)).toEqual([
      ["code", "name", "imf_name", "kind"],
      ["FRA", "'-1+2", "'=1+1", "country"],
    ]);
  });
});

describe("loadDataset on a corrupted copy of data/", () => {
  const DATA = path.resolve(__dirname, "..", "data");
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "csv-malformed-"));
    for (const f of readdirSync(DATA)) if (f.endsWith(".csv")) copyFileSync(path.join(DATA, f), path.join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Rewrites one physical line (1-based) of trade-france.csv in the copy. */
  const corrupt = (line: number, edit: (fields: string[]) => string[]) => {
    const file = path.join(dir, "trade-france.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.length).toBeGreaterThan(line);
    lines[line - 1] = edit(lines[line - 1].split(",")).join(",");
    writeFileSync(file, lines.join("\n"));
  };

  test("the untouched copy loads", () => {
    const lines = readFileSync(path.join(dir, "trade-france.csv"), "utf8").trimEnd().split("\n").length;
    expect(loadDataset(dir).trade.FRA).toHaveLength(lines - 1);
  });

  test("a non-numeric value is reported at data/trade-france.csv:LINE:5", () => {
    corrupt(1234, (f) => [...f.slice(0, 4), "1.2.3"]);
    expect(() => loadDataset(dir)).toThrow(
      exactly('data/trade-france.csv:1234:5: value_usd_m "1.2.3" is not a number'),
    );
  });

  test("a partner missing from countries.csv is reported at data/trade-france.csv:LINE:2", () => {
    corrupt(4321, (f) => [f[0], "XXX", ...f.slice(2)]);
    expect(() => loadDataset(dir)).toThrow(
      exactly('data/trade-france.csv:4321:2: partner "XXX" is not a known country code'),
    );
  });

  test("a Windows checkout (BOM + CRLF) reports the same line", () => {
    corrupt(4321, (f) => [f[0], "XXX", ...f.slice(2)]);
    for (const f of readdirSync(dir)) {
      const file = path.join(dir, f);
      writeFileSync(file, "\ufeff" + readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    }
    expect(() => loadDataset(dir)).toThrow(
      exactly('data/trade-france.csv:4321:2: partner "XXX" is not a known country code'),
    );
  });

  test("a repeated row is reported with the line of its first occurrence", () => {
    const file = path.join(dir, "trade-france.csv");
    const text = readFileSync(file, "utf8");
    const lines = text.trimEnd().split("\n");
    const [, partner, year, flow] = lines[1].split(",");
    writeFileSync(file, text.trimEnd() + "\n" + lines[1] + "\n");
    expect(() => loadDataset(dir)).toThrow(
      exactly(
        `data/trade-france.csv:${lines.length + 1}:2: duplicate key partner+year+flow=${partner}|${year}|${flow} (first on line 2)`,
      ),
    );
  });
});
