/**
 * The two scripts of the embeds, as constant strings so that a Content-Security-Policy can allow them by hash.
 *
 * HEIGHT_SCRIPT is the only script of an embed page (inline, identical on every embed page, so one hash): it
 * applies ?theme=light|dark (any other value, and any other parameter, is ignored: nothing from the URL is ever
 * written into the page) and posts the height the page wants to the parent window, once per new height: when it is
 * laid out and whenever its width changes (a ResizeObserver on the page), when it has loaded, and when its parent
 * writes to it (the resizer's EMBED_PING). The height it wants is <main>'s at its own height, each chart at its full
 * width and aspect (the page otherwise fills its frame, ./embeds.ts), plus the body's padding. It loads the charts'
 * exploration layer (EXPLORE_SCRIPT_PATH, same origin as the embed) on the first focus or pointer entry over a
 * chart, not before.
 *
 * RESIZER_SCRIPT is served at /embed-resize.js for the embedding page: it listens for those messages and sets
 * the height of the iframe that sent one, only if that iframe is one of ours: the message comes from the origin of
 * the script's own src (document.currentScript, so a preview or a mirror works too) and the iframe's src is on that
 * origin under /embed/ or a language's /<xx>/embed/. Any other iframe on the host page (a video, an ad, another site's widget) is never resized,
 * whatever it posts. When it starts, it asks the embeds already on the page to post their height again: one that
 * loaded before the script (it is `async`) posted it to nobody. Without a currentScript (script not loaded from its
 * src) it does nothing. Pasted several times it listens once per origin.
 */
import { cspSha256 } from "../hash";
import { EXPLORE_EVENTS, EXPLORE_SCRIPT_PATH } from "../explore/shared";
import { LAYOUT } from "./layout";

/** Message posted by an embed to its parent: { type, id, height }. */
export const EMBED_MESSAGE = "frt-embed-height";
/** Message the resizer posts, when it starts, to the embeds already on the page: post your height again (an embed
 *  posts it again on any message from its parent). */
export const EMBED_PING = "frt-embed-ping";

export const HEIGHT_SCRIPT =
  `{let d=document.documentElement,p=parent,m=location.search.match(/[?&]theme=(light|dark)(&|$)/),l,` +
  // <main> at its own height for a moment (a style property, which the CSP allows), then back to filling the frame
  `f=()=>{let n=document.body?.firstElementChild,s=n?.style,h;if(s){s.height="auto";` +
  `h=Math.ceil(n.getBoundingClientRect().height)+${2 * LAYOUT.padding};s.height="";` +
  `h!=l&&p!=window&&p.postMessage({type:"${EMBED_MESSAGE}",id:d.dataset.embed,height:l=h},"*")}},` +
  // the exploration layer, once, on the first focus or pointer entry over a chart (the page's only SVGs)
  `x=e=>{x.s||e.target.closest?.("svg")&&((x.s=d.appendChild(document.createElement("script"))).src="${EXPLORE_SCRIPT_PATH}")};` +
  `m&&(d.dataset.theme=m[1]);` +
  // the observer reports the first layout and every change of the page's width; the load event the end of the
  // page, and a frame off screen, whose observer a browser may hold back
  `new ResizeObserver(f).observe(d);onload=f;` +
  `addEventListener("message",e=>{e.source==p&&(l=0,f())});` +
  EXPLORE_EVENTS.map((k) => `addEventListener("${k}",x);`).join("") +
  `}`;

export const RESIZER_SCRIPT =
  `/* France–Russia trade, checked: sets the height of embedded charts (iframes from /embed/, /fr/embed/) to their content. */\n` +
  `(function(){var w=window,s=document.currentScript,o;try{o=new URL(s.src).origin}catch(x){return}` +
  `var k=w.frtEmbedResize=w.frtEmbedResize||{};if(k[o])return;k[o]=1;` +
  `w.addEventListener("message",function(e){var m=e.data;` +
  `if(e.origin!==o||!m||m.type!=="${EMBED_MESSAGE}"||typeof m.height!=="number"||!(m.height>0))return;` +
  `var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++){if(f[i].contentWindow!==e.source)continue;` +
  `var u;try{u=new URL(f[i].src,location.href)}catch(x){return}` +
  `if(u.origin!==o||!/^\\/(?:[a-z]{2}\\/)?embed\\//.test(u.pathname))return;f[i].style.height=Math.min(Math.ceil(m.height),20000)+"px";return}});` +
  // embeds that loaded before this script did have posted their height to nobody: ask them again
  `var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++){try{var u=new URL(f[i].src,location.href);` +
  `if(u.origin===o&&/^\\/(?:[a-z]{2}\\/)?embed\\//.test(u.pathname))f[i].contentWindow.postMessage({type:"${EMBED_PING}"},o)}catch(x){}}})();\n`;

export const sha256 = cspSha256;

/** CSP source for the embed pages' inline script: script-src 'sha256-…'. */
export const EMBED_SCRIPT_SHA256 = sha256(HEIGHT_SCRIPT);
