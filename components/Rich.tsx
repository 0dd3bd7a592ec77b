/**
 * A message's runs (lib/i18n/translate.ts translateRuns): its text, and each run in another language than the page's
 * (an English title in a French sentence) in a <span lang>, so that a screen reader reads it in its own language.
 */
import type { Run } from "../lib/i18n/translate";

export function Rich({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.lang ? (
          <span key={i} lang={r.lang}>
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
