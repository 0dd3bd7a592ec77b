/**
 * `/`: both languages, each a link, working without JavaScript. A reader whose browser puts French before English is
 * sent to /fr/ by a one-line script, marked as the site's own (its hash is in the page's CSP, like every inline
 * script); everyone else chooses.
 */
import { rootWords } from "../../lib/publish/page-data";
import { SITE_SCRIPT_ATTR } from "../../lib/publish/page-script/attrs";

export default function LanguageChoice() {
  const w = rootWords();
  return (
    <>
      {/* the site's own script: post-build keeps it (lib/publish/static-pages.ts) */}
      <script {...{ [SITE_SCRIPT_ATTR]: "language-choice" }} dangerouslySetInnerHTML={{ __html: w.script }} />
      <ul className="grid gap-6 sm:grid-cols-2">
        {w.languages.map((l) => (
          <li key={l.locale} lang={l.locale} className="rounded-lg border border-gray-200 p-4 dark:border-gray-800">
            <h1 className="text-xl font-bold">
              <a
                href={l.href}
                hrefLang={l.locale}
                className="underline-offset-4 hover:underline"
                data-language={l.locale}
              >
                {l.name}
              </a>
            </h1>
            <p className="mt-2 text-gray-700 dark:text-gray-300">{l.description}</p>
            <p className="mt-2">
              <a href={l.href} hrefLang={l.locale} className="underline">
                {l.enter}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
