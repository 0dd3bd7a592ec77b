/**
 * The overview cards' headlines in French, computed from the same derived data as the English ones
 * (lib/figures/pages.ts, lib/figures/since-2021.ts), numbers and months formatted in French, country names from
 * countries.csv's name_fr.
 */
import type { Derived } from "../derive";
import { formatMonth, formatNumber, formatPercent, ordinal } from "../format";
import { FRANCE, RUSSIA } from "../model/constants";
import { frenchNameOf } from "./localize-names";
import { PAIR } from "./shared";
import type { PageSlug } from "./types";

function rankOf(d: Derived, ...args: Parameters<Derived["rank"]>): string {
  const r = d.rank(...args);
  if (!r) throw new Error(`headline (fr): ${args[1]} is not ranked among ${args[0]}'s partners in ${args[2]}`);
  return ordinal(r.rank, "fr");
}

export const HEADLINES_FR: Record<PageSlug, (d: Derived) => string> = {
  "bilateral-trade": (d) => {
    const total = (year: number) => {
      const row = d.bilateral.find((r) => r.basis === "france-declared" && r.year === year);
      if (!row || row.total_usd_m === null) throw new Error(`headline (fr): no France-declared trade for ${year}`);
      return `${formatNumber(row.total_usd_m, 0, "fr")} millions de dollars`;
    };
    return `Total des échanges : ${total(2013)} en 2013, ${total(2020)} en 2020 (déclarations de la France)`;
  },
  "france-top-partners": (d) =>
    `Russie : ${rankOf(d, FRANCE, RUSSIA, PAIR.a, "total")} partenaire de la France en ${PAIR.a}, ${rankOf(d, FRANCE, RUSSIA, PAIR.b, "total")} en ${PAIR.b}`,
  "russia-top-partners": (d) => {
    const a = rankOf(d, RUSSIA, FRANCE, PAIR.a, "total", "belarus-filled");
    const asReported = rankOf(d, RUSSIA, FRANCE, PAIR.a, "total", "as-reported");
    // as in English: the rank as Russia reported it differs only by Belarus, left out of that year's report
    const reported = asReported === a ? "" : ` (${asReported} dans la déclaration russe, où manque la Biélorussie)`;
    return `France : ${a} partenaire de la Russie en ${PAIR.a}${reported}, ${rankOf(d, RUSSIA, FRANCE, PAIR.b, "total", "belarus-filled")} en ${PAIR.b}`;
  },
  "fdi-in-russia": (d) => {
    const p = (c: string) => {
      const row = d.ds.fdiProjects.find((r) => r.year === 2019 && r.source === c);
      if (!row) throw new Error(`headline (fr): no 2019 FDI project count for ${c}`);
      return `${frenchNameOf(d, d.countryName(c))} ${formatNumber(row.projects, 0, "fr")}`;
    };
    return `Projets d’IDE en 2019 : ${p("DEU")}, ${p("FRA")}, ${p("CHN")} (EY)`;
  },
  "since-2021": (d) => {
    const f = d.monthlyFacts;
    const c = f.exportsChange;
    const moved =
      c.pct < 0
        ? `ont baissé de ${formatPercent(-c.pct, 1, "fr")}`
        : c.pct > 0
          ? `ont augmenté de ${formatPercent(c.pct, 1, "fr")}`
          : "n’ont pas varié";
    return `Les exportations françaises vers la Russie ${moved} de ${c.from} à ${c.to} ; dans ces sources, les importations françaises en provenance de Russie s’arrêtent en ${formatMonth(f.lastMonth.imports, "fr")}`;
  },
};
