/** XML/HTML escaping for text and attribute values (a copy of lib/charts/svg.ts's, which app/ cannot import). */
export const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
