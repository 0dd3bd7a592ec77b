/** XML/HTML escaping of text and attribute values: the one escaper of the site (pages, SVG, embeds, feeds). */
export const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
