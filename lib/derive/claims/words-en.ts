/** The claims' generated sentences in English (lib/derive/claims/words.ts): these also fill claims-results.csv. */
import { BASIS_INFO, CUSTOMS_PARTNERS, FRANCE, type Reporter } from "../../model/constants";
import type { ClaimWords } from "./words";

const NAME: Record<Reporter, string> = { FRA: "France", RUS: "Russia" };
const OWNER: Record<Reporter, string> = { FRA: "France's", RUS: "Russia's" };
const places = (up: number, n: string) => `${n} place${Math.abs(up) === 1 ? "" : "s"}`;
const list = (names: string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

export const claimWordsEn: ClaimWords = {
  notRanked: "not ranked",
  noRank: "no rank",
  na: "n/a",
  rankAbsent: (subject, count, what, expected) =>
    `${subject} is not among the ${count} ${what}; the article says ${expected}.`,
  rankValue: (rank, tied) => `${rank}${tied ? " (tied)" : ""}`,
  rankExplanation: (f) => {
    const tie = f.tiedWith.length ? `, tied with ${f.tiedWith.join(" and ")},` : "";
    const context = [
      f.above && `after ${f.above.name} (${f.above.value})`,
      f.below && `ahead of ${f.below.name} (${f.below.value})`,
    ]
      .filter(Boolean)
      .join(", ");
    return `${f.name} is ${f.rank}${tie} with ${f.value}${context ? `, ${context}` : ""}, among ${f.count} ${f.what}; the article says ${f.expected}.`;
  },
  move: (up, n) => (up > 0 ? `up ${places(up, n)}` : up < 0 ? `down ${places(up, n)}` : "unchanged"),
  rankChangeValue: (move, fromRank, toRank) => `${move} (${fromRank} → ${toRank})`,
  rankChangeNoRank: (name, fromYear, toYear) => `${name} has no valid rank in ${fromYear} or ${toYear}.`,
  rankChangeExplanation: (f) =>
    `${f.among ? `Among the ${f.among}, ` : ""}${f.name} is ${f.fromRank} in ${f.fromYear} and ${f.toRank} in ${f.toYear}, ${f.move}; the article says ${f.expected}.`,
  up: (pct) => `up ${pct}`,
  down: (pct) => `down ${pct}`,
  unchanged: "unchanged",
  growthValues: (what, from, fromYear, to, toYear) => `${what}: ${from} in ${fromYear}, ${to} in ${toYear}`,
  growthNa: (values) => `${values}; a growth rate needs a positive starting value.`,
  growthExplanation: (values, move, threshold, ok) =>
    `${values}, ${move}; the article claims growth of more than ${threshold}: ${ok ? "it is" : "it is not"}.`,
  changeValues: (what, from, fromYear, to, toYear) => `${what}: ${from} in ${fromYear}, ${to} in ${toYear}`,
  changeFromZero: (values) => `${values}; a percentage change from zero has no meaning.`,
  changeSignFlip: (values) => `${values}; the value changes sign, so the change of its size in percent has no meaning.`,
  changeOfNegative: (values) =>
    `${values}; a percentage change of a negative value is ambiguous (check its size instead).`,
  sizeSubject: (sign, negative) => `its size (${sign ?? (negative ? "negative" : "positive")} in both years)`,
  valueSubject: "it",
  rangeFall: (a, b) => `a fall of ${a} to ${b}`,
  rangeRise: (a, b) => `a rise of ${a} to ${b}`,
  rangeBetween: (a, b) => `a change between ${a} and ${b}`,
  changeExplanation: (f) =>
    `${f.values}; ${f.subject} went ${f.move}; the claim is read as ${f.range}: ${f.inRange ? "within that range" : `outside that range (${f.pct} is ${f.below ? "below" : "above"} ${f.edge})`}.`,
  tieItem: (name, value) => `${name} ${value}`,
  tieNa: (what) => `${what}: a tie needs at least two values.`,
  tieExplanation: (what, items, equal, gap) =>
    `${what}: ${items}; ${equal ? "equal, as the article says" : `not equal (a gap of ${gap}), whereas the article says they are level`}.`,

  usd: (amount) => `USD ${amount} m`,
  projects: (n, count) => `${count} project${n === 1 ? "" : "s"}`,
  ranking: (measure, reporter) =>
    ({
      total: `partners of ${NAME[reporter]} by total trade (exports + imports)`,
      exports: `destinations of ${OWNER[reporter]} exports`,
      imports: `suppliers of ${OWNER[reporter]} imports`,
    })[measure],
  inYear: (year) => ` in ${year}`,
  among: {
    customs: `, among the ${CUSTOMS_PARTNERS} main partners of Russia's customs table (not all countries)`,
    "partner-declared": ", among the countries that declare their trade to the IMF",
  },
  bilateral: {
    fr_exports: {
      "france-declared": "France's exports to Russia",
      "russia-declared": "Russia's imports from France",
      "russia-customs": "Russia's imports from France (customs)",
    },
    fr_imports: {
      "france-declared": "France's imports from Russia",
      "russia-declared": "Russia's exports to France",
      "russia-customs": "Russia's exports to France (customs)",
    },
    total: {
      "france-declared": "France–Russia trade (exports + imports)",
      "russia-declared": "Russia–France trade (exports + imports)",
      "russia-customs": "Russia–France trade (exports + imports, customs)",
    },
    balance: {
      "france-declared": "France's trade balance with Russia (exports − imports)",
      "russia-declared":
        "France's trade balance with Russia, mirrored (Russia's imports from France − its exports to France)",
      "russia-customs":
        "France's trade balance with Russia, mirrored from Russia's customs (its imports from France − its exports to France)",
    },
  },
  balanceSigns: { negative: "a French deficit", positive: "a French surplus" },
  fdiRanking: (year) =>
    `source countries with an EY project count for ${year} in the sources quoted (EY's full list by country is not available, so the rank is among these countries only)`,
  fdiCounts: (year) => `EY counts of FDI projects in Russia, ${year}`,
  gapAbsent: (year) => ` Belarus is absent from Russia's declarations for ${year}.`,
  gapFilled: (year) => ` Russia's ${year} trade with Belarus is taken from Belarus's declarations.`,
  rankBasisLabel: (basis, reporter) => BASIS_INFO[basis].label[reporter],
  bilateralBasisLabel: {
    "france-declared": BASIS_INFO["as-reported"].label[FRANCE],
    "russia-declared": "Russia-declared (mirrored)",
    "russia-customs": "Russia's customs (FCS, mirrored)",
  },
  fdiBasisLabel: "EY project counts",

  columns: {
    "france-declared": BASIS_INFO["as-reported"].label[FRANCE],
    "as-reported": "Russia-declared (as reported)",
    "belarus-filled": "Russia-declared (Belarus gap filled)",
    "belarus-excluded": "Russia-declared (Belarus left out)",
    "partner-declared": BASIS_INFO["partner-declared"].label[FRANCE],
    customs: "Russia's customs (FCS)",
    "ey-projects": "EY project counts",
  },
  reasons: {
    notTrade: "EY counts FDI projects, not trade.",
    notProjects: "Trade statistics do not count FDI projects.",
    customsNotFrance: "Russia's customs table lists Russia's partners, not France's.",
    russiaNotFrance: "Russia's declarations rank Russia's partners, not France's.",
    franceNotRussia: "France's declarations rank France's partners, not Russia's.",
    belarusSame: "Belarus does not enter France–Russia trade: this basis gives the same figures as Russia-declared.",
    partnerSame:
      "For France–Russia trade each side is the other's partner: the partner-declared figures are the France-declared and Russia-declared ones.",
    notListed: "Not listed among this claim's bases in data/claims.csv.",
  },
  list,
  reproducedOnOne: (basis) => `Reproduced on the one basis that can compute it (${basis})`,
  reproducedOnAll: (count, bases) => `Reproduced on all ${count} bases that can compute it (${bases})`,
  reproducedOnNone: (count) => `Reproduced on none of the ${count} bases that can compute it`,
  reproducedOn: (bases) => `Reproduced on ${bases}`,
  notOn: (bases) => `not on ${bases}`,
  differsOn: (bases) => `differs on ${bases}`,
  cannotOn: (bases) => `cannot be checked on ${bases}`,
  sentence: (parts) => `${parts.join("; ")}.`,
  summaryReproduced: (reproduced, claims, none) =>
    `${reproduced} of the ${claims} claims are reproduced on at least one basis; ${none} on none.`,
  summaryGroup: (table, claims, count, bases) => {
    const head = `${table} (${count} claim${claims === 1 ? "" : "s"})`;
    if (bases === undefined) return `${head}: no single basis reproduces ${claims === 1 ? "it" : "all of them"}.`;
    return `${head}: ${claims === 1 ? "reproduced" : "every one reproduced"} by ${bases}.`;
  },

  agreeOn: (agree, n, f) => {
    if (n === 1) return "";
    if (n === 2)
      return agree === 2
        ? "Agrees on both bases."
        : agree === 0
          ? "Agrees on neither basis."
          : `Agrees on ${f(agree)} of ${f(n)} bases.`;
    return agree === n
      ? `Agrees on all ${f(n)} bases.`
      : agree === 0
        ? `Agrees on none of the ${f(n)} bases.`
        : `Agrees on ${f(agree)} of ${f(n)} bases.`;
  },
};
