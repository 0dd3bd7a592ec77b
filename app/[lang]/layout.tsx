/**
 * The frame of every page in one language (the root layout of /en/… and /fr/…, so `<html lang>` is the page's): skip
 * link, navigation to each chart page (from the registry), the language switch, footer with sources.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "../globals.css";
import { ChartTheme } from "../../components/ChartTheme";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { Rich } from "../../components/Rich";
import { frameWords, navLinks } from "../../lib/publish/page-data";
import { isLocale, LOCALES, INTL_TAG } from "../../lib/i18n/locales";
import { SITE } from "../../lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const w = frameWords(lang);
  return {
    metadataBase: new URL(SITE.url),
    title: { default: w.siteName, template: `%s · ${w.siteName}` },
    description: w.description,
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const w = frameWords(lang);
  return (
    <html lang={INTL_TAG[lang].slice(0, 2)}>
      <head>
        <ChartTheme />
      </head>
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-black"
        >
          {w.skip}
        </a>
        <header className="no-print border-b border-gray-200 dark:border-gray-800">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm">
            {/* plain links (full page loads): the pages ship no client router (lib/publish/static-pages.ts) */}
            <nav aria-label={w.navLabel} className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <a href={w.home} className="mr-2 font-semibold">
                {w.siteName}
              </a>
              {navLinks(lang).map((p) => (
                <a key={p.href} href={p.href} className="underline-offset-4 hover:underline">
                  {p.title}
                </a>
              ))}
              <a href={w.claimsHref} className="underline-offset-4 hover:underline">
                {w.claims}
              </a>
              <a href={w.dataHref} className="underline-offset-4 hover:underline">
                {w.data}
              </a>
            </nav>
            <LanguageSwitch locale={lang} label={w.switchLabel} readIn={w.readIn} />
          </div>
        </header>
        {/* tabIndex -1: the skip link moves focus into <main> itself (not only the tab starting point); no ring on a region */}
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl border-t border-gray-200 px-4 py-6 text-sm text-gray-700 dark:border-gray-800 dark:text-gray-300">
          <p>
            <Rich runs={w.footerSources} />{" "}
            <a href={w.dataHref} className="underline">
              {w.footerDataLink}
            </a>
            .
          </p>
          <p className="mt-1">
            <Rich runs={w.footerArticle} />
          </p>
        </footer>
      </body>
    </html>
  );
}
