/**
 * Eurostat Comext reporter labels → ISO 3166-1 alpha-3 codes, for the two Eurostat sources in data/raw/
 * (eurostat-eu-exports/*.csv, column REPORTER; eurostat-ruimpeks/*.xlsx, column A). Why a hand-kept list: Comext
 * writes long, dated annotations into the labels ("France (incl. Saint Barthélemy 'BL' -> 2012; …)"), which no
 * library maps, and a label Eurostat renames must stop the script rather than silently drop a country. This list is
 * the checked one: every label present in the files is in it (the EU and euro-area aggregates map to null and are
 * dropped), and an unknown label stops `npm run data`, naming file, line and column (or sheet and cell).
 */

/** Each label exactly as the files spell it; null = an aggregate (EU, euro area), not a reporter country. */
export const EUROSTAT_REPORTERS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ["Austria", "AUT"],
  ["Belgium (incl. Luxembourg 'LU' -> 1998)", "BEL"],
  ["Bulgaria", "BGR"],
  ["Croatia", "HRV"],
  ["Cyprus", "CYP"],
  ["Czechia", "CZE"],
  ["Denmark", "DNK"],
  ["Estonia", "EST"],
  ["Finland", "FIN"],
  [
    "France (incl. Saint Barthélemy 'BL' -> 2012; incl. French Guiana 'GF', Guadeloupe 'GP', Martinique 'MQ', Réunion 'RE' from 1997; incl. Mayotte 'YT' from 2014)",
    "FRA",
  ],
  ["Germany (incl. German Democratic Republic 'DD' from 1991)", "DEU"],
  ["Greece", "GRC"],
  ["Hungary", "HUN"],
  ["Ireland (Eire)", "IRL"],
  ["Italy (incl. San Marino 'SM' -> 1993)", "ITA"],
  ["Latvia", "LVA"],
  ["Lithuania", "LTU"],
  ["Luxembourg", "LUX"],
  ["Malta", "MLT"],
  ["Netherlands", "NLD"],
  ["Poland", "POL"],
  ["Portugal", "PRT"],
  ["Romania", "ROU"],
  ["Slovakia", "SVK"],
  ["Slovenia", "SVN"],
  ["Spain (incl. Canary Islands 'XB' from 1997)", "ESP"],
  ["Sweden", "SWE"],
  ["United Kingdom", "GBR"],
  [
    "Euro area (AT-01/1999, BE-01/1999, CY-01/2008, DE-01/1999, EE-01/2011, ES-01/1999, FI-01/1999, FR-01/1999, GR-01/2001, HR-01/2023, IE-01/1999, IT-01/1999, LT-01/2015, LU-01/1999, LV-01/2014, MT-01/2008, NL-01/1999, PT-01/1999, SI-01/2007, SK-01/2009)",
    null,
  ],
  ["Euro area - 20 countries (AT, BE, CY, DE, EE, ES, FI, FR, GR, HR, IE, IT, LT, LU, LV, MT, NL, PT, SI, SK)", null],
  [
    "European Union (AT-01/1995, BE-01/1958, BG-01/2007, CY-05/2004, CZ-05/2004, DE-01/1958, DK-01/1973, EE-05/2004, ES-01/1986, FI-01/1995, FR-01/1958, GB-01/1973->01/2020, GR-01/1981, HR-07/2013, HU-05/2004, IE-01/1973, IT-01/1958, LT-05/2004, LU-01/1958, LV-05/2004, MT-05/2004, NL-01/1958, PL-05/2004, PT-01/1986, RO-01/2007, SE-01/1995, SI-05/2004, SK-05/2004)",
    null,
  ],
  [
    "European Union - 27 countries (AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK)",
    null,
  ],
]);

/** The partner label of Russia in both Eurostat sources. */
export const EUROSTAT_RUSSIA = "Russian Federation (Russia)";

/**
 * The code of a reporter label (null for an aggregate); `where` (file:line:column, or file [sheet]!cell) is quoted
 * in the error when the label is unknown.
 */
export function eurostatReporter(label: unknown, where: string): string | null {
  const code = typeof label === "string" ? EUROSTAT_REPORTERS.get(label) : undefined;
  if (code === undefined)
    throw new Error(
      `${where}: unknown Eurostat reporter ${JSON.stringify(label ?? null)}; add it to lib/extract/eurostat-reporters.ts`,
    );
  return code;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Aug. 2024" (Comext relational view) → "2024-08"; undefined if the text is not such a month. */
export function comextMonth(text: string): string | undefined {
  const m = /^([A-Z][a-z]{2})\. (\d{4})$/.exec(text);
  const month = m ? MONTHS.indexOf(m[1]) : -1;
  return m && month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, "0")}` : undefined;
}

/** The month after "YYYY-MM". */
export function nextMonth(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
