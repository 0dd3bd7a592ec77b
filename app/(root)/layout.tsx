/**
 * The root layout of `/` alone (a route group, beside the per-language root layout app/[lang]/layout.tsx): the site
 * root offers both languages, so it has no navigation of either; its `<html lang>` is English, and each French part
 * says `lang="fr"`.
 */
import type { Metadata } from "next";
import "../globals.css";
import { ChartTheme } from "../../components/ChartTheme";
import { rootWords } from "../../lib/publish/page-data";
import { SITE } from "../../lib/site";

export function generateMetadata(): Metadata {
  const w = rootWords();
  return { metadataBase: new URL(SITE.url), title: w.title, alternates: w.alternates };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const w = rootWords();
  return (
    <html lang="en">
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
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
