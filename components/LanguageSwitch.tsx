"use client";
/**
 * The link to the same page in the other language, on every page. Its address is the page's own with the language
 * swapped, rendered at build (works without JavaScript). A client component only because the layout does not know the
 * page's path and `usePathname` gives it to the render at build: no React runs it in the browser (the pages ship no
 * framework runtime, lib/publish/static-pages.ts). When followed, the page script (lib/publish/page-script/
 * behaviour.ts) adds the page's query and hash, which hold the view a reader chose (a figure's basis, the explorer's
 * years), so the reader lands on the same view.
 */
import { usePathname } from "next/navigation";
import { ENDONYM, LOCALES, type Locale } from "../lib/i18n/locales";
import { pathInLocale } from "../lib/publish/urls";

export function LanguageSwitch({
  locale,
  label,
  readIn,
}: {
  locale: Locale;
  label: string;
  readIn: Record<Locale, string>;
}) {
  const path = usePathname() ?? `/${locale}/`;
  return (
    <nav aria-label={label} className="ml-auto flex gap-3">
      {LOCALES.filter((l) => l !== locale).map((l) => {
        const href = pathInLocale(path.endsWith("/") ? path : `${path}/`, l);
        return (
          <a
            key={l}
            href={href}
            hrefLang={l}
            lang={l}
            title={readIn[l]}
            data-language-switch={l}
            className="underline-offset-4 hover:underline"
          >
            {ENDONYM[l]}
          </a>
        );
      })}
    </nav>
  );
}
