/**
 * How the CSVs are encoded, and how to open them in a spreadsheet: the one wording that the /data catalogue (in the
 * page's language) and the zip's README.txt (English) share. The files are plain UTF-8 without a byte-order mark (BOM), on purpose: they are the
 * machine-readable copies, byte-identical to data/ or to the data module's output, hashed in datapackage.json, and read
 * as they are by pandas, R, papaparse and command-line tools, some of which take a BOM for part of the first column's
 * name. The cost: Excel (and LibreOffice on Windows), opening a CSV without asking, may assume the system's older
 * encoding, and non-ASCII names come out garbled ("Türkiye" as "TÃ¼rkiye"); choosing UTF-8 on import avoids it, and
 * each chart page offers its figure's table as an Excel file (no encoding or separator to choose).
 */

import Papa from "papaparse";
import type { Locale } from "../i18n/locales";

/** The wording in one language: why no BOM, what goes wrong, how to import in each spreadsheet, the Excel files. */
export interface EncodingWords {
  csvEncoding: string;
  mojibake: string;
  openInSpreadsheet: readonly { app: string; steps: string }[];
  xlsxDownloads: string;
}

export const ENCODING_WORDS: Record<Locale, EncodingWords> = {
  en: {
    csvEncoding:
      "The files are UTF-8 without a byte-order mark (BOM), because they are the machine-readable copies: identical to " +
      "the project's data files, hashed in datapackage.json, and read as they are by pandas, R, papaparse and " +
      "command-line tools, some of which would take a BOM for part of the first column's name.",
    mojibake:
      "Opened without choosing an encoding (by a double click), Excel, and LibreOffice on Windows, may read them in the " +
      "system's older encoding and garble the accented names (Türkiye shows as TÃ¼rkiye). Choose UTF-8 when you import:",
    openInSpreadsheet: [
      {
        app: "Excel",
        steps:
          "Data → From Text/CSV (on a Mac: File → Import → CSV file), pick the file, set File origin to " +
          "65001: Unicode (UTF-8), then Load.",
      },
      {
        app: "LibreOffice Calc",
        steps:
          "File → Open, pick the file; in the Text Import dialog set Character set to Unicode (UTF-8) and separator to " +
          "Comma, then OK.",
      },
      { app: "Google Sheets", steps: "File → Import reads UTF-8 as it is." },
    ],
    xlsxDownloads:
      "Each chart page also offers its figure's table as an Excel file (.xlsx), which opens without these steps.",
  },
  fr: {
    csvEncoding:
      "Les fichiers sont en UTF-8 sans indicateur d’ordre des octets (BOM), parce que ce sont les copies lisibles par " +
      "machine : identiques aux fichiers de données du projet, dont datapackage.json donne l’empreinte, et lus tels " +
      "quels par pandas, R, papaparse et les outils en ligne de commande, dont certains prendraient un BOM pour une " +
      "partie du nom de la première colonne.",
    mojibake:
      "Ouverts sans choisir d’encodage (par un double clic), Excel, et LibreOffice sous Windows, peuvent les lire dans " +
      "l’ancien encodage du système et déformer les noms accentués (Türkiye s’affiche TÃ¼rkiye). Choisissez UTF-8 à " +
      "l’importation :",
    openInSpreadsheet: [
      {
        app: "Excel",
        steps:
          "Données → À partir d’un fichier texte/CSV (sur Mac : Fichier → Importer → Fichier CSV), choisissez le " +
          "fichier, réglez Origine du fichier sur 65001 : Unicode (UTF-8), puis Charger. Les nombres ont un point " +
          "décimal : dans un Excel en français, choisissez plutôt Transformer les données et lisez les colonnes de " +
          "nombres avec les paramètres régionaux Anglais (États-Unis).",
      },
      {
        app: "LibreOffice Calc",
        steps:
          "Fichier → Ouvrir, choisissez le fichier ; dans la boîte Import de texte, réglez Jeu de caractères sur " +
          "Unicode (UTF-8), le séparateur sur Virgule et la langue sur Anglais (États-Unis) pour lire le point " +
          "décimal, puis OK.",
      },
      { app: "Google Sheets", steps: "Fichier → Importer lit l’UTF-8 tel quel." },
    ],
    xlsxDownloads:
      "Chaque page de graphique propose aussi le tableau de sa figure en fichier Excel (.xlsx), qui s’ouvre sans ces " +
      "étapes.",
  },
};

/** The English wording, as the zip's README.txt (lib/publish/datapackage.ts) has it. */
export const CSV_ENCODING = ENCODING_WORDS.en.csvEncoding;
export const MOJIBAKE = ENCODING_WORDS.en.mojibake;
export const OPEN_IN_SPREADSHEET = ENCODING_WORDS.en.openInSpreadsheet;
export const XLSX_DOWNLOADS = ENCODING_WORDS.en.xlsxDownloads;

const NON_ASCII = /[\u0080-\uffff]/;
const nonAsciiLetter = (c: string) => [...c].some((ch) => NON_ASCII.test(ch) && /\p{L}/u.test(ch));

/**
 * A cell of the CSV text with a non-ASCII character, for the catalogue to show ("Türkiye", "Côte"): the first
 * with a non-ASCII letter, else the first with any non-ASCII character (a dash, an arrow), cut to the word holding that
 * character: the CSVs' text is English, and a word (a name, "→", "−1") reads the same on the French page. Undefined when the file is all ASCII (then no encoding can garble it).
 */
export function nonAsciiSample(text: string): string | undefined {
  const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
  const cell = cells.find(nonAsciiLetter) ?? cells.find((c) => NON_ASCII.test(c));
  if (cell === undefined) return undefined;
  return /\S*[\u0080-\uffff]\S*/.exec(cell)![0];
}
