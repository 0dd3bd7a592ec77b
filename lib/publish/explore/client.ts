/**
 * The chart exploration layer, in plain DOM code (bundled by ./bundle.ts into /chart-explore.js), loaded on the
 * first focus or pointer entry over a chart by the page script (lib/publish/page-script/behaviour.ts) or an embed's
 * inline script (lib/publish/embed/script.ts); never before. Every chart's static SVG is focusable (tabindex: set by
 * the page script on a page, in the markup of an embed or a fetched view); over it this layer adds:
 * - keyboard: left/right along a series, up/down between series, Home/End to its first and last point, Escape leaves;
 *   each point is announced through one polite live region, in the page's language;
 * - sound: each point's tone as it is reached, P plays the current series, M turns sound off or on; nothing sounds
 *   before a key is pressed over the chart;
 * - pointer and touch: the value of the point under the pointer, or tapped, in a tooltip drawn over the SVG.
 * What it says, shows and plays is read from the view's points file (./points.ts, written at build): sentences,
 * tooltips, tones and where each point is drawn; nothing is computed here but where on screen that is.
 */
import { EXPLORABLE, EXPLORE_AT, EXPLORE_EVENTS, pointsPath, type ExploreBox, type ExploreFile } from "./shared";

interface State {
  file: ExploreFile;
  s: number;
  i: number;
}

const files = new Map<string, Promise<ExploreFile | null>>();
const states = new WeakMap<SVGSVGElement, State>();
let live: HTMLElement | null = null;
let tip: HTMLElement | null = null;
let ring: SVGRectElement | null = null;
let sound = true;
let audio: AudioContext | null = null;
let playing: OscillatorNode[] = [];

const SVG_NS = "http://www.w3.org/2000/svg";
const TONE = 0.16;
const STEP = 0.2;

/** The points file of a chart's view in its language (the language of the nearest element that declares one). */
function fileOf(svg: SVGSVGElement): Promise<ExploreFile | null> {
  const lang = svg.closest("[lang]")?.getAttribute("lang") ?? "";
  const url = pointsPath(svg.getAttribute("data-figure") ?? "", svg.getAttribute("data-variant") ?? "", lang);
  let f = files.get(url);
  if (!f) {
    f = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<ExploreFile>;
      })
      .catch((e: Error) => {
        console.warn(`chart exploration unavailable: ${e.message}`);
        files.delete(url);
        return null;
      });
    files.set(url, f);
  }
  return f;
}

async function stateOf(svg: SVGSVGElement): Promise<State | null> {
  const known = states.get(svg);
  if (known) return known;
  const file = await fileOf(svg);
  if (!file) return null;
  const st = states.get(svg) ?? { file, s: 0, i: 0 };
  states.set(svg, st);
  return st;
}

/** The render's points' boxes: by its width (the viewBox's). */
const boxesOf = (svg: SVGSVGElement, st: State) => st.file.boxes[String(svg.viewBox.baseVal.width)];

function say(text: string): void {
  if (!live) {
    live = document.createElement("div");
    live.setAttribute("aria-live", "polite");
    live.setAttribute("aria-atomic", "true");
    live.setAttribute("data-explore-live", "");
    Object.assign(live.style, {
      position: "absolute",
      width: "1px",
      height: "1px",
      margin: "-1px",
      overflow: "hidden",
      clipPath: "inset(50%)",
      whiteSpace: "nowrap",
    });
    document.body.append(live);
  }
  // the same sentence twice (a key at the end of a series) is said again: the region is emptied first
  live.textContent = "";
  const region = live;
  requestAnimationFrame(() => (region.textContent = text));
}

/** The tooltip over `svg` at box `b` (user units), saying `text`; the highlight ring around the point. */
function show(svg: SVGSVGElement, b: ExploreBox, text: string): void {
  const holder = svg.parentElement;
  if (!holder) return;
  if (getComputedStyle(holder).position === "static") holder.style.position = "relative";
  if (!tip) {
    tip = document.createElement("div");
    tip.setAttribute("data-explore-tip", "");
    // what it shows is said by the live region, or is the table's: not read a second time
    tip.setAttribute("aria-hidden", "true");
    Object.assign(tip.style, {
      position: "absolute",
      zIndex: "10",
      pointerEvents: "none",
      maxWidth: "16rem",
      padding: "4px 8px",
      font: "13px/1.35 system-ui,sans-serif",
      background: "var(--chart-background, Canvas)",
      color: "var(--chart-text, CanvasText)",
      border: "1px solid var(--chart-text, CanvasText)",
      borderRadius: "4px",
      boxShadow: "0 1px 4px rgb(0 0 0 / 0.25)",
    });
  }
  if (tip.parentElement !== holder) holder.append(tip);
  tip.textContent = text;
  tip.hidden = false;
  const vb = svg.viewBox.baseVal;
  const r = svg.getBoundingClientRect();
  const h = holder.getBoundingClientRect();
  const k = r.width / vb.width;
  const cx = r.left - h.left + (b[0] + b[2] / 2) * k;
  const top = r.top - h.top + b[1] * k;
  const w = tip.offsetWidth;
  tip.style.left = `${Math.max(0, Math.min(h.width - w, cx - w / 2))}px`;
  tip.style.top = `${Math.max(0, top - tip.offsetHeight - 8)}px`;
  if (!ring) {
    ring = document.createElementNS(SVG_NS, "rect");
    ring.setAttribute("data-explore-ring", "");
    ring.setAttribute("aria-hidden", "true");
    ring.setAttribute("fill", "none");
    ring.setAttribute("stroke", "var(--chart-text, CanvasText)");
    ring.setAttribute("stroke-width", "2");
    ring.setAttribute("pointer-events", "none");
  }
  if (ring.ownerSVGElement !== svg) svg.append(ring);
  const pad = 4;
  for (const [a, v] of [
    ["x", b[0] - pad],
    ["y", b[1] - pad],
    ["width", b[2] + 2 * pad],
    ["height", b[3] + 2 * pad],
  ] as const)
    ring.setAttribute(a, String(v));
  ring.setAttribute("rx", b[2] ? "2" : String(pad));
}

function hide(): void {
  if (tip) tip.hidden = true;
  ring?.remove();
}

function stop(): void {
  for (const o of playing) o.stop();
  playing = [];
}

/** Tones at `hz` (null: a silence) one after another from now. */
function play(tones: (number | null)[]): void {
  if (!sound) return;
  const Ctx =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctx) return;
  audio ??= new Ctx();
  void audio.resume();
  stop();
  const t0 = audio.currentTime + 0.02;
  tones.forEach((hz, k) => {
    if (hz === null || !audio) return;
    const t = t0 + k * STEP;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = "triangle";
    osc.frequency.setValueAtTime(hz, t);
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.2, t + 0.02);
    gain.gain.linearRampToValueAtTime(0, t + TONE);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + TONE + 0.02);
    playing.push(osc);
  });
}

/** Moves to point `i` of series `s` (kept within the chart), says it, shows it and plays its tone. */
function go(svg: SVGSVGElement, st: State, s: number, i: number): void {
  st.s = Math.max(0, Math.min(st.file.series.length - 1, s));
  const points = st.file.series[st.s].points;
  st.i = Math.max(0, Math.min(points.length - 1, i));
  const p = points[st.i];
  say(p.t);
  const b = boxesOf(svg, st)?.[st.s]?.[st.i];
  if (b) show(svg, b, p.tip ?? p.t);
  else hide();
  play([p.hz]);
}

async function onKey(e: KeyboardEvent): Promise<void> {
  const svg = e.currentTarget as SVGSVGElement;
  const keys = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "Escape", "p", "P", "m", "M"];
  if (!keys.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  if (e.key === "Escape") {
    stop();
    hide();
    svg.blur();
    return;
  }
  const st = await stateOf(svg);
  if (!st) return;
  const { s, i } = st;
  switch (e.key) {
    case "ArrowLeft":
      return go(svg, st, s, i - 1);
    case "ArrowRight":
      return go(svg, st, s, i + 1);
    case "ArrowUp":
      return go(svg, st, s - 1, i);
    case "ArrowDown":
      return go(svg, st, s + 1, i);
    case "Home":
      return go(svg, st, s, 0);
    case "End":
      return go(svg, st, s, st.file.series[s].points.length - 1);
    case "m":
    case "M":
      sound = !sound;
      if (!sound) stop();
      return say(sound ? st.file.words.soundOn : st.file.words.soundOff);
    default:
      // with the sound off, P says so rather than announcing a series nobody hears
      if (!sound) return say(st.file.words.soundOff);
      say(st.file.words.playing[s]);
      play(st.file.series[s].points.map((p) => p.hz));
  }
}

/** The point under the pointer: inside a bar (or within a few units of it), or the nearest line point near it. */
function pointAt(svg: SVGSVGElement, st: State, e: { clientX: number; clientY: number }): [number, number] | null {
  const boxes = boxesOf(svg, st);
  if (!boxes) return null;
  const vb = svg.viewBox.baseVal;
  const r = svg.getBoundingClientRect();
  const k = vb.width / r.width;
  const x = (e.clientX - r.left) * k;
  const y = (e.clientY - r.top) * k;
  const reach = 14 * Math.max(1, k);
  let best: [number, number] | null = null;
  let bestD = reach;
  boxes.forEach((series, s) =>
    series.forEach((b, i) => {
      if (!b) return;
      const dx = Math.max(b[0] - x, 0, x - b[0] - b[2]);
      const dy = Math.max(b[1] - y, 0, y - b[1] - b[3]);
      const d = Math.hypot(dx, dy);
      if (d < bestD || (d === 0 && bestD === 0)) [best, bestD] = [[s, i], d];
    }),
  );
  return best;
}

async function onPointer(e: PointerEvent): Promise<void> {
  await pointTo(e.currentTarget as SVGSVGElement, e);
}

/** The tooltip of the point at a pointer's position over `svg`, if one is near. */
async function pointTo(svg: SVGSVGElement, e: { clientX: number; clientY: number }): Promise<void> {
  const st = await stateOf(svg);
  if (!st) return;
  const at = pointAt(svg, st, e);
  if (!at) return hide();
  const p = st.file.series[at[0]].points[at[1]];
  const b = boxesOf(svg, st)[at[0]][at[1]];
  if (b) show(svg, b, p.tip ?? p.t);
}

/** Makes one chart explorable: an application (arrow keys reach it under a screen reader) with its words. */
async function attach(svg: SVGSVGElement): Promise<void> {
  if (svg.hasAttribute("data-explore")) return;
  svg.setAttribute("data-explore", "");
  svg.addEventListener("keydown", (e) => void onKey(e));
  svg.addEventListener("pointermove", (e) => void onPointer(e));
  svg.addEventListener("pointerdown", (e) => void onPointer(e));
  svg.addEventListener("pointerleave", (e) => e.pointerType === "mouse" && hide());
  svg.addEventListener("focus", () => void entered(svg));
  svg.addEventListener("blur", () => {
    stop();
    hide();
  });
  const st = await stateOf(svg);
  if (!st) return;
  svg.setAttribute("role", "application");
  svg.setAttribute("aria-roledescription", st.file.words.role);
  if (document.activeElement === svg) void entered(svg);
}

/** Focus on a chart: its instructions, then the point the reader was on (the first at first), shown too when the
 *  focus came from the keyboard (a tap or a click that focuses the chart shows the point under it instead). */
async function entered(svg: SVGSVGElement): Promise<void> {
  const st = await stateOf(svg);
  if (!st || document.activeElement !== svg) return;
  const p = st.file.series[st.s].points[st.i];
  say(`${st.file.words.enter} ${p.t}`);
  const b = boxesOf(svg, st)?.[st.s]?.[st.i];
  if (b && svg.matches(":focus-visible")) show(svg, b, p.tip ?? p.t);
}

function attachAt(target: EventTarget | null): void {
  const svg = target instanceof Element ? target.closest<SVGSVGElement>(EXPLORABLE) : null;
  if (svg) void attach(svg);
}

export function start(): void {
  // the chart that loaded this script (focused, or under the pointer), then any chart reached later, including the
  // views fetched when chosen
  attachAt(document.activeElement);
  for (const k of EXPLORE_EVENTS)
    document.addEventListener(k, (e) => attachAt(e.target), { capture: true, passive: true });
  for (const svg of document.querySelectorAll<SVGSVGElement>(`${EXPLORABLE}:hover`)) void attach(svg);
  // the pointer event that loaded this script (a tap): its point's tooltip now, not at the next tap
  const at = (window as unknown as Record<string, unknown>)[EXPLORE_AT];
  if (Array.isArray(at)) {
    const svg = document.elementFromPoint(at[0], at[1])?.closest<SVGSVGElement>(EXPLORABLE);
    if (svg) void attach(svg).then(() => pointTo(svg, { clientX: at[0], clientY: at[1] }));
  }
  // a tap elsewhere hides the tooltip
  document.addEventListener("pointerdown", (e) => {
    if (!(e.target instanceof Element && e.target.closest(EXPLORABLE))) hide();
  });
}
