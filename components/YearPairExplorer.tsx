/**
 * The year explorer as a page carries it: an island. Its markup, rendered at build (./YearPairExplorerApp.tsx), in an
 * element the island bundle mounts on (`data-island="year-explorer"`), followed by its props as JSON
 * (`<script type="application/json" data-island-props>`, marked as the site's own so post-build keeps it), which
 * postbuild moves into a file the element names (lib/publish/island-props.ts). The island's bundle
 * (components/year-explorer.island.tsx) loads on the reader's first interaction with the element, or at once when the
 * page's query holds a pair (`data-hydrate-for`, lib/publish/static-pages.ts), fetches that JSON and hydrates the
 * element from it: no other React runs in the page.
 */
import { YearPairExplorerApp, type YearPairExplorerProps } from "./YearPairExplorerApp";
import {
  HYDRATE_FOR_ATTR,
  ISLAND_ATTR,
  ISLAND_PROPS_ATTR,
  SITE_SCRIPT_ATTR,
  YEAR_EXPLORER,
  yearsParam,
} from "../lib/publish/page-script/attrs";

/** JSON safe inside a `<script>`: `<` escaped, so no `</script>` or `<!--` can end or change it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function YearPairExplorer(props: YearPairExplorerProps) {
  return (
    <>
      <div {...{ [ISLAND_ATTR]: YEAR_EXPLORER, [HYDRATE_FOR_ATTR]: yearsParam(props.csv) }}>
        <YearPairExplorerApp {...props} />
      </div>
      <script
        type="application/json"
        {...{ [ISLAND_PROPS_ATTR]: YEAR_EXPLORER, [SITE_SCRIPT_ATTR]: "" }}
        dangerouslySetInnerHTML={{ __html: scriptJson(props) }}
      />
    </>
  );
}
