/**
 * What a page does before React runs, in plain DOM code (bundled by ./bundle.ts, one file loaded by every page just
 * after its first paint by the loader of ../static-pages.ts). No page ships Next's runtime or React, except the year
 * explorer's island; these few lines make the parts every reader may touch work:
 * - the view switch of a figure (`[data-variants]`: radios, one panel per view): shows the chosen view's panel,
 *   fetches the content of a view the page does not carry (`data-panel-src`, ../panels.ts), then its chart
 *   (placeholders `data-chart-svg-on-demand`), says so in the panel if either fails, keeps the view in the page's
 *   query (`?<figure id>=<view>`), and shows the view a query asks for on load; the view's block of files
 *   (downloads, embed, citation: `data-view-files`) switches with it, fetched the same way;
 * - the Embed and Cite panels (`<details>` holding a `data-panel-src` panel, components/OnOpen.tsx) and the long data
 *   tables (components/DataTable.tsx, in a `<details>` open by default): fetches their content when one opens, or is
 *   open already (at start, or in a view's content just fetched);
 * - the copy buttons (`button[data-copy="<element id>"]`): copy the element's text (a textarea's value, a list's
 *   items), or select it and say how to copy it when the browser refuses;
 * - the citations' "accessed" day: a citation field's template (`data-accessed-template`) dated today, in the page's
 *   language, when its panel opens and when it is copied (without JavaScript it states the data's vintage only);
 * - the link to the other language (`a[data-language-switch]`): carries the query and hash, so the reader lands on
 *   the same view;
 * - the site's whole stylesheet, after the page's own rules inlined in it (../critical-css.ts);
 * - the charts' exploration layer (../explore/), loaded on the first focus or pointer entry over a chart, not before.
 * Without JavaScript the default view is shown and nothing here is needed.
 */
import { ON_DEMAND_ATTR, servedSvgPath } from "../chart-svg/paths";
import { PANEL_CONTENT_ATTR, PANEL_SRC_ATTR, VIEW_FILES_ATTR, VIEW_FILES_PANEL_ATTR, type PanelFile } from "../panels";
import type { Locale } from "../../i18n/locales";
import { ACCESSED_DAY, ACCESSED_ISO, ACCESSED_TAG_ATTR, ACCESSED_TEMPLATE_ATTR } from "./attrs";
import { EXPLORABLE, EXPLORE_AT, EXPLORE_EVENTS, EXPLORE_SCRIPT_PATH } from "../explore/shared";
import { PREVIEW_ATTR } from "../chart-preview";

const pending = new WeakSet<Element>();
const filling = new WeakMap<Element, Promise<void>>();
const ERROR_ATTR = "data-load-error";

/** The served URL of an on-demand placeholder's SVG, or null if its name is not `<figure>/<variant>/<width>/<locale>`. */
export function onDemandUrl(name: string): string | null {
  const m = /^([a-z0-9-]+)\/([A-Za-z0-9_-]+)\/(\d+)\/([a-z]{2})$/.exec(name);
  return m ? servedSvgPath(m[1], m[2], Number(m[3]), m[4] as Locale) : null;
}

/** Fetches the SVG of one placeholder into it, described by the element its placeholder names (the view's takeaways). */
async function draw(el: Element): Promise<void> {
  const name = el.getAttribute(ON_DEMAND_ATTR) ?? "";
  const url = onDemandUrl(name);
  if (!url) throw new Error(`chart placeholder ${ON_DEMAND_ATTR}="${name}" does not name a chart`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  // parsed as HTML, as the build inlines it (the renders carry no xmlns: an XML parser would put them in no namespace,
  // and the browser would show their text, not a chart); anything but one SVG element is an error, not half a chart
  const parsed = document.createElement("template");
  parsed.innerHTML = await res.text();
  const svg = parsed.content.firstElementChild;
  if (!(svg instanceof SVGSVGElement) || parsed.content.childElementCount !== 1)
    throw new Error(`${url} is not an SVG`);
  el.replaceChildren(svg);
  const describedBy = el.getAttribute("data-describedby");
  if (describedBy) el.firstElementChild?.setAttribute("aria-describedby", describedBy);
}

/** Says in `panel` that its content could not be loaded (the words of the view switch or `<details>` around it, in the
 *  page's language), and why in the console. */
function failed(panel: Element, err: Error): void {
  console.error(`could not show ${panel.getAttribute(PANEL_SRC_ATTR) ?? "the view"}: ${err.message}`);
  if (panel.querySelector(`p[${ERROR_ATTR}]`)) return;
  const said = document.createElement("p");
  said.setAttribute(ERROR_ATTR, "");
  said.setAttribute("role", "alert");
  said.textContent = panel.parentElement?.closest(`[${ERROR_ATTR}]`)?.getAttribute(ERROR_ATTR) ?? err.message;
  panel.prepend(said);
}

/** Puts a view's content into its empty panel from the file the panel names, once; resolves when it is there. */
function fill(panel: Element): Promise<void> {
  const src = panel.getAttribute(PANEL_SRC_ATTR);
  const slot = panel.querySelector(`:scope > [${PANEL_CONTENT_ATTR}]`);
  if (!src || !slot || slot.firstChild) return Promise.resolve();
  let done = filling.get(panel);
  if (!done) {
    done = fetch(src)
      .then((res) => {
        if (!res.ok) throw new Error(`${src}: ${res.status}`);
        return res.json() as Promise<PanelFile>;
      })
      .then((file) => {
        if (typeof file?.html !== "string") throw new Error(`${src} holds no panel`);
        const parsed = document.createElement("template");
        parsed.innerHTML = file.html;
        slot.replaceChildren(parsed.content);
      })
      .finally(() => filling.delete(panel));
    filling.set(panel, done);
  }
  return done;
}

/** Fills `panel` if its content is elsewhere, then draws every chart of it not drawn or being fetched yet; a failure
 *  is said in the panel and tried again the next time the view is chosen. */
function drawOnDemand(panel: Element): void {
  panel.querySelector(`p[${ERROR_ATTR}]`)?.remove();
  fill(panel).then(
    () => {
      // an open <details> in what arrived (a long data table's, components/DataTable.tsx) fills its own panel
      for (const details of panel.querySelectorAll("details[open]")) openPanels(details);
      for (const el of panel.querySelectorAll(`[${ON_DEMAND_ATTR}]`)) {
        if (el.firstElementChild || pending.has(el)) continue;
        pending.add(el);
        draw(el)
          .catch((err: Error) => failed(panel, err))
          .finally(() => pending.delete(el));
      }
    },
    (err: Error) => failed(panel, err),
  );
}

/** Shows the panel of view `key` in a figure's view switch (`root`) and the view's block of files (downloads, embed,
 *  citation: VIEW_FILES_ATTR, outside the switch), and its radio checked. */
function show(root: Element, key: string): void {
  for (const input of root.querySelectorAll<HTMLInputElement>("input[type=radio]")) input.checked = input.value === key;
  const files = document.querySelectorAll<HTMLElement>(
    `[${VIEW_FILES_ATTR}="${CSS.escape(root.getAttribute("data-variants") ?? "")}"] > [${VIEW_FILES_PANEL_ATTR}]`,
  );
  for (const panel of [...root.querySelectorAll<HTMLElement>("[data-variant-panel]"), ...files]) {
    const on = (panel.getAttribute("data-variant-panel") ?? panel.getAttribute(VIEW_FILES_PANEL_ATTR)) === key;
    panel.hidden = !on;
    if (on) drawOnDemand(panel);
  }
}

/** Every view switch shows the view the query asks for, else its default (the first). */
function showAsked(): void {
  const query = new URLSearchParams(location.search);
  for (const root of document.querySelectorAll("[data-variants]")) {
    const keys = [...root.querySelectorAll<HTMLInputElement>("input[type=radio]")].map((i) => i.value);
    const asked = query.get(root.getAttribute("data-variants") ?? "");
    show(root, asked && keys.includes(asked) ? asked : keys[0]);
  }
}

function choose(input: HTMLInputElement): void {
  const root = input.closest("[data-variants]");
  if (!root) return;
  show(root, input.value);
  const first = root.querySelector<HTMLInputElement>("input[type=radio]");
  const url = new URL(location.href);
  const param = root.getAttribute("data-variants") ?? "";
  if (input.value === first?.value) url.searchParams.delete(param);
  else url.searchParams.set(param, input.value);
  history.replaceState(history.state, "", url);
}

/** The text a copy button copies: a field's value, a list's items joined by spaces, else the element's text. */
export function copyText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const items = el.querySelectorAll("li");
  if (items.length) return [...items].map((li) => (li.textContent ?? "").trim()).join(" ");
  return (el.textContent ?? "").trim();
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const target = document.getElementById(button.getAttribute("data-copy") ?? "");
  const status = button.parentElement?.querySelector("[role=status]");
  let said = button.getAttribute("data-copied") ?? "";
  if (target?.parentElement) stampAccessed(target.parentElement);
  try {
    if (!target) throw new Error("nothing to copy");
    await navigator.clipboard.writeText(copyText(target));
  } catch {
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) target.select();
    else if (target) getSelection()?.selectAllChildren(target);
    if (!(target && document.execCommand("copy"))) said = button.getAttribute("data-fallback") ?? "";
  }
  if (status) status.textContent = said;
}

/** A citation's template dated `today`: the day in the page's language (Intl, with the tag the field names) and as
 *  YYYY-MM-DD. */
export function dated(template: string, lang: string, today: Date): string {
  const day = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric" }).format(today);
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return template.split(ACCESSED_DAY).join(day).split(ACCESSED_ISO).join(iso);
}

/** Dates every citation field under `root` with today. */
function stampAccessed(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLTextAreaElement>(`textarea[${ACCESSED_TEMPLATE_ATTR}]`))
    field.value = dated(
      field.getAttribute(ACCESSED_TEMPLATE_ATTR) ?? "",
      field.getAttribute(ACCESSED_TAG_ATTR) ?? document.documentElement.lang,
      new Date(),
    );
}

/** Fills the panels of a `<details>` when it is open (an Embed or Cite panel, a long table), and dates its citations. */
function openPanels(details: Element): void {
  if (details instanceof HTMLDetailsElement && details.open)
    for (const panel of details.querySelectorAll(`:scope > [${PANEL_SRC_ATTR}]`)) {
      drawOnDemand(panel);
      void fill(panel).then(
        () => stampAccessed(panel),
        () => undefined,
      );
    }
}

/** A view chosen before this script ran (it loads after the first paint) is kept, and put in the query. */
function keepEarlyChoices(): void {
  const query = new URLSearchParams(location.search);
  for (const root of document.querySelectorAll("[data-variants]")) {
    if (query.has(root.getAttribute("data-variants") ?? "")) continue;
    const checked = root.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (checked && checked !== root.querySelector("input[type=radio]")) choose(checked);
  }
}

/** The site's whole stylesheet, after the page's own rules (../critical-css.ts): for what the explorer draws later. */
function loadWholeStylesheet(): void {
  for (const style of document.querySelectorAll("style[data-href]")) {
    const href = style.getAttribute("data-href") ?? "";
    if (!href || document.querySelector(`link[rel=stylesheet][href="${href}"]`)) continue;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.append(link);
  }
}

/** Makes each chart of the page focusable (but a preview's, hidden from assistive technology), then loads the
 *  exploration layer (../explore/client.ts) on the first focus or pointer entry over one, or at once when a chart has
 *  the focus already. The views fetched when chosen are served focusable (../chart-markup.ts). */
function exploreOnFirstTouch(): void {
  for (const svg of document.querySelectorAll(`[data-chart-svg]:not([${PREVIEW_ATTR}]) > svg[data-figure]`))
    svg.setAttribute("tabindex", "0");
  let loaded = false;
  const load = (target: EventTarget | null) => {
    if (loaded || !(target instanceof Element && target.closest(EXPLORABLE))) return;
    loaded = true;
    for (const k of EXPLORE_EVENTS) document.removeEventListener(k, onEvent, true);
    const s = document.createElement("script");
    s.src = EXPLORE_SCRIPT_PATH;
    document.head.append(s);
  };
  const onEvent = (e: Event) => {
    if (e instanceof PointerEvent) (window as unknown as Record<string, unknown>)[EXPLORE_AT] = [e.clientX, e.clientY];
    load(e.target);
  };
  for (const k of EXPLORE_EVENTS) document.addEventListener(k, onEvent, { capture: true, passive: true });
  load(document.activeElement);
}

export function start(): void {
  exploreOnFirstTouch();
  loadWholeStylesheet();
  keepEarlyChoices();
  showAsked();
  // a panel opened before this script ran, then each one opened
  for (const details of document.querySelectorAll("details[open]")) openPanels(details);
  document.addEventListener("toggle", (e) => e.target instanceof Element && openPanels(e.target), true);
  // a page restored from the back/forward cache, or whose radios the browser restored, shows its query's view
  addEventListener("pageshow", showAsked);
  document.addEventListener("change", (e) => {
    const input = e.target;
    if (input instanceof HTMLInputElement && input.type === "radio" && input.closest("[data-variants]")) choose(input);
  });
  document.addEventListener("click", (e) => {
    const el = e.target instanceof Element ? e.target : null;
    const button = el?.closest<HTMLButtonElement>("button[data-copy]");
    if (button) void copy(button);
    const switchLink = el?.closest<HTMLAnchorElement>("a[data-language-switch]");
    if (switchLink) {
      const base = switchLink.getAttribute("href")?.replace(/[?#].*$/, "") ?? "";
      switchLink.href = `${base}${location.search}${location.hash}`;
    }
  });
}
