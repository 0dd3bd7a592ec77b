/**
 * The 29 partner names of Rosstat's table of Russia's trade with its main partners (data/raw/rosstat-fts-main-partners/
 * 96stran.xlsx, row 5) → ISO 3166-1 alpha-3 codes: the checked, hand-kept list. The file mixes Latin look-alike letters
 * into its Cyrillic names (France is "Фрaнция" with a Latin "a") and breaks long names over two lines, so a name is
 * normalised first (normaliseRussianName) and then looked up; a name not in the list stops the data script.
 */

/** Latin letters that look like Cyrillic ones, and the Cyrillic letter each stands for. */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ...[
    ["a", "а"],
    ["c", "с"],
    ["e", "е"],
    ["o", "о"],
    ["p", "р"],
    ["x", "х"],
    ["y", "у"],
    ["k", "к"],
  ],
  ...[
    ["A", "А"],
    ["B", "В"],
    ["C", "С"],
    ["E", "Е"],
    ["H", "Н"],
    ["K", "К"],
    ["M", "М"],
    ["O", "О"],
  ],
  ...[
    ["P", "Р"],
    ["T", "Т"],
    ["X", "Х"],
    ["Y", "У"],
  ],
] as [string, string][]);

/** A name as the list spells it: Unicode NFC, look-alike Latin letters made Cyrillic, any run of spaces and line
 *  breaks made one space, no space at either end. */
export function normaliseRussianName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[A-Za-z]/g, (c) => LOOK_ALIKES.get(c) ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

const NAMES = {
  Китай: "CHN",
  Нидерланды: "NLD",
  Германия: "DEU",
  Турция: "TUR",
  США: "USA",
  Беларусь: "BLR",
  Великобритания: "GBR",
  "Республика Корея": "KOR",
  Италия: "ITA",
  Франция: "FRA",
  Казахстан: "KAZ",
  Япония: "JPN",
  Польша: "POL",
  Вьетнам: "VNM",
  Финляндия: "FIN",
  Индия: "IND",
  Бельгия: "BEL",
  Украина: "UKR",
  Бразилия: "BRA",
  "Чешская республика": "CZE",
  Испания: "ESP",
  Узбекистан: "UZB",
  Швейцария: "CHE",
  Австрия: "AUT",
  Словакия: "SVK",
  Индонезия: "IDN",
  Швеция: "SWE",
  Тайвань: "TWN",
  Азербайджан: "AZE",
};
// A Map, so that a name read from a file ("__proto__", "constructor") finds nothing.
export const RUSSIAN_PARTNER_CODES: ReadonlyMap<string, string> = new Map(Object.entries(NAMES));
