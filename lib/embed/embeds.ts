/** Embed pages (out/embed/<id>/index.html), the resizer script and oEmbed JSON. Stub: implemented by the embeds work. */
import type { Dataset } from "../data/load";
import type { Output } from "../build/outputs";

export function embedFiles(_ds: Dataset): Output[] {
  return [];
}
