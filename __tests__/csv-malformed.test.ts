/**
 * Malformed and hostile CSV input: every problem stops the build with the exact `file:line:column: message`
 * (line = physical line of the file, column = 1-based field position), and the CSV writer never emits a
 * cell a spreadsheet would run as a formula. One small fixture per case in __tests__/fixtures/csv/
 * (exact bytes: BOM, CRLF, lone CR, Windows-1252; see the .gitattributes there); the oversized file is built in
 * memory, and a folder or an undeclared file in data/ on a scratch copy of data/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { CsvError, decodeCsv, MAX_CSV_BYTES, parseCsv, readCsvFile, type Row } from "../lib/model/csv-parse";
import { formatCell, toCsv } from "../lib/model/csv-write";
import { loadDataset } from "../lib/model/load";
import { SCHEMAS } from "../lib/model/schemas";

const FIXTURES = path.join(__dirname, "fixtures", "csv");
const TRADE = SCHEMAS["trade-france.csv"];
const COUNTRIES = SCHEMAS["countries.csv"];
const CODES: ReadonlySet<string> = new Set(["FRA", "RUS", "DEU", "WLD"]);

/** Reads a fixture as the build would (strict UTF-8, BOM kept for parseCsv), named data/<fixture> in messages. */
const fixture = (name: string) => readCsvFile(`data/${name}`, path.join(FIXTURES, name));
const trade = (name: string) => parseCsv(`data/${name}`, fixture(name), TRADE, CODES);
const countries = (name: string) => parseCsv(`data/${name}`, fixture(name), COUNTRIES);
const parseAs = (file: string) => (name: string) => parseCsv(`data/${name}`, fixture(name), SCHEMAS[file], CODES);

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
    ["bom-double.csv", (t: string) => t.startsWith("\ufeff\ufeffreporter")],
  ])("%s", (name, check) => {
    expect(check(fixture(name))).toBe(true);
  });

  test.each(["countries-windows-1252.csv", "countries-latin1-quoted.csv"])("%s is not valid UTF-8", (name) => {
    const bytes = readFileSync(path.join(FIXTURES, name));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow(/not valid/);
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
      {
        code: "KOR",
        name: "Korea, Republic of",
        name_fr: "Corée du Sud",
        name_ru: "Республика Корея",
        imf_name: "Korea, Rep. of",
        kind: "country",
      },
      { code: "FRA", name: "France", name_fr: "France", name_ru: "Франция", imf_name: "France", kind: "country" },
    ]);
  });

  test("doubled quotes inside a quoted field", () => {
    expect(countries("quoted-quote.csv")).toEqual([
      {
        code: "CIV",
        name: 'Côte d\'Ivoire "CI"',
        name_fr: "Côte d’Ivoire",
        name_ru: "Кот-д’Ивуар",
        imf_name: "Côte d'Ivoire",
        kind: "country",
      },
    ]);
  });

  test("a quoted field with line breaks is refused at the physical line of its first break", () => {
    expect(() => countries("quoted-newline.csv")).toThrow(
      exactly(
        "data/quoted-newline.csv:2:2: name holds a line break (U+000A) at character 7: no field may hold a control character",
      ),
    );
  });

  test("a quoted CRLF line break is refused at its line, before the duplicate key after it", () => {
    expect(() => countries("quoted-newline-duplicate.csv")).toThrow(
      exactly(
        "data/quoted-newline-duplicate.csv:2:2: name holds a line break (U+000A) at character 7: no field may hold a control character",
      ),
    );
  });
});

describe("refused: control characters, at their line and field", () => {
  const TAIL = "no field may hold a control character";
  test.each([
    ["control-nul.csv", `data/control-nul.csv:3:2: name holds NUL (U+0000) at character 5: ${TAIL}`],
    ["control-tab.csv", `data/control-tab.csv:3:3: name_fr holds a tab (U+0009) at character 5: ${TAIL}`],
    [
      "control-escape.csv",
      `data/control-escape.csv:3:5: imf_name holds control character U+001B at character 5: ${TAIL}`,
    ],
    ["control-c1.csv", `data/control-c1.csv:3:5: imf_name holds control character U+0085 at character 5: ${TAIL}`],
  ])("%s", (name, message) => {
    expect(() => countries(name)).toThrow(exactly(message));
  });

  test("the real data holds none", () => {
    const data = path.join(__dirname, "..", "data");
    for (const file of readdirSync(data).filter((f) => f.endsWith(".csv")))
      expect([file, /\p{Cc}/u.test(readFileSync(path.join(data, file), "utf8").replace(/\n/g, ""))]).toEqual([
        file,
        false,
      ]);
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
    ["year-leading-zero.csv", 'data/year-leading-zero.csv:4:3: year "02019" has a leading zero'],
    ["value-leading-zero.csv", 'data/value-leading-zero.csv:4:5: value_usd_m "06512.4" has a leading zero'],
    ["value-huge.csv", "data/value-huge.csv:4:5: value_usd_m 1e308 is above the maximum 10000000"],
    ["value-underflow.csv", 'data/value-underflow.csv:4:5: value_usd_m "1e-400" underflows: it would be read as 0'],
    [
      "value-inexact.csv",
      'data/value-inexact.csv:4:5: value_usd_m "6512.40000000000000001" cannot be read exactly: it would be read as 6512.4',
    ],
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

  test.each([
    [
      "fdi-flows.csv",
      "fdi-flow-huge.csv",
      "data/fdi-flow-huge.csv:3:3: net_flow_usd_bn 1e308 is above the maximum 100",
    ],
    [
      "fdi-flows.csv",
      "fdi-flow-huge-negative.csv",
      "data/fdi-flow-huge-negative.csv:3:3: net_flow_usd_bn -1e308 is below the minimum -100",
    ],
    [
      "fdi-projects.csv",
      "fdi-projects-huge.csv",
      "data/fdi-projects-huge.csv:3:3: projects 191000 is above the maximum 1000",
    ],
    [
      "fdi-projects.csv",
      "fdi-projects-javascript-url.csv",
      'data/fdi-projects-javascript-url.csv:3:5: source_url "javascript:alert(1)" does not match ^https?://[^\\s"\'<>`]+$',
    ],
    [
      "fdi-flows.csv",
      "fdi-flows-data-url.csv",
      'data/fdi-flows-data-url.csv:2:5: source_url "data:text/html;base64,PHNjcmlwdD4=" does not match ^https?://[^\\s"\'<>`]+$',
    ],
  ])("%s: %s", (file, name, message) => {
    expect(() => parseAs(file)(name)).toThrow(exactly(message));
  });

  test("countries.csv code must be three capitals", () => {
    expect(() => countries("bad-country-code.csv")).toThrow(
      exactly('data/bad-country-code.csv:3:1: code "FR" does not match ^[A-Z]{3}$'),
    );
  });
});

describe("numbers: read exactly as written, within the field's range", () => {
  const HEAD = "reporter,partner,year,flow,value_usd_m\n";
  const value = (cell: string) => parseCsv("data/t.csv", `${HEAD}FRA,RUS,2019,exports,${cell}\n`, TRADE, CODES);
  const FLOWS = "year,source,net_flow_usd_bn,basis,source_url\n";
  const flow = (cell: string) =>
    parseCsv("data/f.csv", `${FLOWS}2020,FRA,${cell},net,https://example.org/\n`, SCHEMAS["fdi-flows.csv"], CODES);

  test.each([
    ["6512.40", 6512.4], // another spelling of the same decimal: the download and the pages agree
    ["1.5e+5", 150000],
    ["0.5", 0.5],
    ["0", 0],
    ["1e-7", 1e-7],
    ["10000000", 10000000], // the ceiling itself
  ])("%s is read as %p", (cell, read) => {
    expect(value(cell)[0].value_usd_m).toBe(read);
  });

  test.each([
    ["10000000.1", "data/t.csv:2:5: value_usd_m 10000000.1 is above the maximum 10000000"],
    ["1e-400", 'data/t.csv:2:5: value_usd_m "1e-400" underflows: it would be read as 0'],
    [
      "0.1000000000000000055511151231257827",
      'data/t.csv:2:5: value_usd_m "0.1000000000000000055511151231257827" cannot be read exactly: it would be read as 0.1',
    ],
    [
      "9007199254740993",
      'data/t.csv:2:5: value_usd_m "9007199254740993" cannot be read exactly: it would be read as 9007199254740992',
    ],
    ["-0", 'data/t.csv:2:5: value_usd_m "-0" cannot be read exactly: it would be read as 0'],
    ["00", 'data/t.csv:2:5: value_usd_m "00" has a leading zero'],
  ])("%s is refused", (cell, message) => {
    expect(() => value(cell)).toThrow(exactly(message));
  });

  test("net FDI flows: ±100 bn are the bounds, negative flows included", () => {
    expect(flow("-100")[0].net_flow_usd_bn).toBe(-100);
    expect(flow("100")[0].net_flow_usd_bn).toBe(100);
    expect(() => flow("100.5")).toThrow(exactly("data/f.csv:2:3: net_flow_usd_bn 100.5 is above the maximum 100"));
  });

  test("every numeric field of every schema has a range", () => {
    const open = [...Object.values(SCHEMAS)]
      .flatMap((s) => s.fields.map((f) => ({ file: s.file, ...f })))
      .filter((f) => f.type !== "string" && (f.minimum === undefined || f.maximum === undefined))
      .map((f) => `${f.file}:${f.name}`);
    expect(open).toEqual([]);
  });
});

describe("refused: encoding (UTF-8 only, at most one byte order mark, at the very start)", () => {
  const STRAY = "stray byte order mark (U+FEFF): one is allowed only as the very first character of the file";
  const NOT_UTF8 = "(save the file as UTF-8, not Windows-1252 or Latin-1)";

  test.each([
    ["bom-double.csv", `data/bom-double.csv:1:1: ${STRAY}`],
    ["bom-inside.csv", `data/bom-inside.csv:3:5: ${STRAY}`],
  ])("%s", (name, message) => {
    expect(() => trade(name)).toThrow(exactly(message));
  });

  test.each([
    [
      "countries-windows-1252.csv",
      `data/countries-windows-1252.csv:3:2: not valid UTF-8: byte 0xF4 at offset 55 ${NOT_UTF8}`,
    ],
    // the quoted comma before it does not start a field: the bad byte is in field 3
    [
      "countries-latin1-quoted.csv",
      `data/countries-latin1-quoted.csv:3:3: not valid UTF-8: byte 0xE3 at offset 77 ${NOT_UTF8}`,
    ],
  ])("%s: refused at its first bad byte", (name, message) => {
    expect(() => countries(name)).toThrow(exactly(message));
  });

  // Each ill-formed sequence is found where TextDecoder (which decides) stops: the bytes before it decode.
  test.each([
    ["lone continuation byte", [0x80]],
    ["invalid lead byte", [0xff]],
    ["overlong 2-byte form", [0xc0, 0x80]],
    ["overlong 3-byte form", [0xe0, 0x80, 0x80]],
    ["UTF-16 surrogate", [0xed, 0xa0, 0x80]],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["truncated sequence", [0xe2, 0x82]],
  ])("%s", (_, sequence) => {
    const head = Buffer.from("code,name,imf_name,kind\nFRA,");
    const bytes = Buffer.concat([head, Buffer.from(sequence), Buffer.from(",France,country\n")]);
    const strict = new TextDecoder("utf-8", { fatal: true });
    expect(() => strict.decode(bytes)).toThrow(/not valid/);
    expect(() => strict.decode(head)).not.toThrow();
    const hex = sequence[0].toString(16).toUpperCase();
    expect(() => decodeCsv("data/x.csv", bytes)).toThrow(
      exactly(`data/x.csv:2:2: not valid UTF-8: byte 0x${hex} at offset ${head.length} ${NOT_UTF8}`),
    );
  });

  test("valid UTF-8 is decoded as is, U+FFFD and characters outside the BMP included; a leading BOM is kept", () => {
    const text = "\ufeffcode,name\nCIV,Côte d’Ivoire \ufffd 😀\n";
    expect(decodeCsv("data/x.csv", Buffer.from(text))).toBe(text);
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
    {
      code: "KOR",
      name: "Korea, Republic of",
      name_fr: "Corée du Sud",
      name_ru: "Республика Корея",
      imf_name: "Korea, Rep. of",
      kind: "country",
    },
    {
      code: "CIV",
      name: 'Côte d\'Ivoire "CI"',
      name_fr: "Côte d’Ivoire",
      name_ru: "Кот-д’Ивуар",
      imf_name: "Côte d'Ivoire",
      kind: "country",
    },
    {
      code: "FRA",
      name: "France\nmetropolitan",
      name_fr: "France",
      name_ru: "Франция",
      imf_name: "France",
      kind: "country",
    },
    { code: "WLD", name: "World", name_fr: "Monde, total", name_ru: "Мир", imf_name: "World", kind: "aggregate" },
  ];
  const COUNTRY_BYTES =
    "code,name,name_fr,name_ru,imf_name,kind\n" +
    'KOR,"Korea, Republic of",Corée du Sud,Республика Корея,"Korea, Rep. of",country\n' +
    'CIV,"Côte d\'Ivoire ""CI""",Côte d’Ivoire,Кот-д’Ивуар,Côte d\'Ivoire,country\n' +
    'FRA,"France\nmetropolitan",France,Франция,France,country\n' +
    'WLD,World,"Monde, total",Мир,World,aggregate\n';

  test("text with commas, quotes and newlines: written as RFC 4180 quoted cells that papaparse reads back unchanged", () => {
    const csv = toCsv(
      COUNTRIES.fields.map((f) => f.name),
      COUNTRY_ROWS,
    );
    expect(csv).toBe(COUNTRY_BYTES);
    expect(papa(csv)).toEqual([
      ["code", "name", "name_fr", "name_ru", "imf_name", "kind"],
      ["KOR", "Korea, Republic of", "Corée du Sud", "Республика Корея", "Korea, Rep. of", "country"],
      ["CIV", 'Côte d\'Ivoire "CI"', "Côte d’Ivoire", "Кот-д’Ивуар", "Côte d'Ivoire", "country"],
      ["FRA", "France\nmetropolitan", "France", "Франция", "France", "country"],
      ["WLD", "World", "Monde, total", "Мир", "World", "aggregate"],
    ]);
  });

  test("parseCsv reads quoted commas and doubled quotes from literal bytes, and refuses the newline inside quotes", () => {
    const withoutNewline = COUNTRY_BYTES.replace("France\nmetropolitan", "France metropolitan");
    expect(parseCsv("data/countries.csv", withoutNewline, COUNTRIES)).toEqual(
      COUNTRY_ROWS.map((r) => (r.code === "FRA" ? { ...r, name: "France metropolitan" } : r)),
    );
    expect(() => parseCsv("data/countries.csv", COUNTRY_BYTES, COUNTRIES)).toThrow(
      exactly(
        "data/countries.csv:4:2: name holds a line break (U+000A) at character 7: no field may hold a control character",
      ),
    );
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
      [{ code: "FRA", name: "-1+2", name_fr: "+France", name_ru: "Франция", imf_name: "=1+1", kind: "country" }],
    );
    expect(csv).toBe('code,name,name_fr,name_ru,imf_name,kind\nFRA,"\'-1+2","\'+France",Франция,"\'=1+1",country\n');
    expect(papa(csv)).toEqual([
      ["code", "name", "name_fr", "name_ru", "imf_name", "kind"],
      ["FRA", "'-1+2", "'+France", "Франция", "'=1+1", "country"],
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

  test("a folder in place of a CSV is refused, naming the file", () => {
    rmSync(path.join(dir, "trade-russia.csv"));
    mkdirSync(path.join(dir, "trade-russia.csv"));
    expect(() => loadDataset(dir)).toThrow(exactly("data/trade-russia.csv: is a folder, expected a CSV file"));
  });

  test("a missing CSV is refused, naming the file", () => {
    rmSync(path.join(dir, "fdi-flows.csv"));
    expect(() => loadDataset(dir)).toThrow(exactly("data/fdi-flows.csv: is missing"));
  });

  test("a file that no schema declares is refused, naming it; the raw/ folder is allowed", () => {
    mkdirSync(path.join(dir, "raw"));
    writeFileSync(path.join(dir, "raw", "anything.txt"), "sources\n");
    expect(loadDataset(dir).fdiFlows.length).toBeGreaterThan(0);
    writeFileSync(path.join(dir, "notes.csv"), "note\nremember 2021\n");
    expect(() => loadDataset(dir)).toThrow(
      exactly(
        "data/notes.csv: no schema declares this file (data/ holds only the CSVs of lib/model/schemas.ts, claims.csv and the raw/ folder): declare it or move it out of data/",
      ),
    );
  });

  test("countries.csv saved as Windows-1252 is refused at its first non-UTF-8 byte", () => {
    const file = path.join(dir, "countries.csv");
    const text = readFileSync(file, "utf8");
    // as a spreadsheet saves it in Windows-1252: ’ is 0x92, Latin-1 letters are themselves, and what the code page
    // cannot hold (the Cyrillic names) becomes "?"
    const cp1252 = Buffer.from(
      [...text.replace(/’/g, "\x92")].map((c) => (c.charCodeAt(0) > 0xff ? "?" : c)).join(""),
      "latin1",
    );
    const first = cp1252.findIndex((b) => b >= 0x80); // everything before it is ASCII: one byte per character
    expect(first).toBeGreaterThan(0);
    writeFileSync(file, cp1252);
    const before = cp1252.subarray(0, first).toString("latin1");
    const line = before.split("\n").length;
    const column = before.split("\n")[line - 1].split(",").length;
    const hex = cp1252[first].toString(16).toUpperCase();
    expect(() => loadDataset(dir)).toThrow(
      exactly(
        `data/countries.csv:${line}:${column}: not valid UTF-8: byte 0x${hex} at offset ${first} (save the file as UTF-8, not Windows-1252 or Latin-1)`,
      ),
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
