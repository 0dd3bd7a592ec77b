/** The frame of every page: language, skip link, navigation to each chart page (from the registry), footer with sources. */
import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { navLinks } from "../lib/publish/page-data";
import { SITE } from "../lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(SITE.url),
  title: { default: SITE.name, template: `%s · ${SITE.name}` },
  description: SITE.description,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-black"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-gray-200 dark:border-gray-800">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm"
          >
            <Link prefetch={false} href="/" className="mr-2 font-semibold">
              {SITE.name}
            </Link>
            {navLinks().map((p) => (
              <Link prefetch={false} key={p.href} href={p.href} className="underline-offset-4 hover:underline">
                {p.title}
              </Link>
            ))}
            <Link prefetch={false} href="/claims/" className="underline-offset-4 hover:underline">
              Claims
            </Link>
            <Link prefetch={false} href="/data/" className="underline-offset-4 hover:underline">
              Data
            </Link>
          </nav>
        </header>
        {/* tabIndex -1: the skip link moves focus into <main> itself (not only the tab starting point); no ring on a region */}
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl border-t border-gray-200 px-4 py-6 text-sm text-gray-700 dark:border-gray-800 dark:text-gray-300">
          <p>
            Trade: IMF Direction of Trade Statistics, reporter-declared, USD; since 2019, Eurostat Comext,
            France-declared, EUR, with ECB euro reference rates. FDI: EY European Investment Monitor; Bank of Russia via
            DG Trésor. Every number is computed at build from the CSVs on the{" "}
            <Link prefetch={false} href="/data/" className="underline">
              data page
            </Link>
            .
          </p>
          <p className="mt-1">
            Checks the article by J. Faure, “Macron's Dialogue With Russia: A French Attempt to Fix the European
            Security Architecture”, Russia Matters, 12 May 2021.
          </p>
        </footer>
      </body>
    </html>
  );
}
