/**
 * The two scripts of the embeds, as constant strings so that a Content-Security-Policy can allow them by hash.
 *
 * HEIGHT_SCRIPT is the only script of an embed page (inline, identical on every embed page, so one hash): it
 * applies ?theme=light|dark (any other value, and any other parameter, is ignored: nothing from the URL is ever
 * written into the page) and posts the height the page wants (its content with each chart at full width) to the parent window when it is first laid out, when it has
 * loaded, whenever that height changes (a ResizeObserver on the page), and when its parent asks (EMBED_PING); and it
 * loads the charts' exploration layer (EXPLORE_SCRIPT_PATH, same origin as the embed) on the first focus or pointer
 * entry over a chart, not before.
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

/** Message posted by an embed to its parent: { type, id, height }. */
export const EMBED_MESSAGE = "frt-embed-height";
/** Message the resizer posts, when it starts, to the embeds already on the page: post your height again. */
export const EMBED_PING = "frt-embed-ping";

export const HEIGHT_SCRIPT =
  `(function(){var d=document.documentElement,w=window,p=w.parent,m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search),l=-1;` +
  `if(m)d.setAttribute("data-theme",m[1]);` +
  // the page fills its frame, the chart box giving way (./embeds.ts): the height it wants is its content's, from the
  // top of the body to the end of <main>'s last block, with each chart at its full height (its width × its aspect)
  `function f(){var b=document.body,m=b&&b.firstElementChild,h,s,r;if(!m||!m.lastElementChild)return;s=getComputedStyle(b);` +
  `h=m.lastElementChild.getBoundingClientRect().bottom-m.getBoundingClientRect().top+parseFloat(s.paddingTop)+parseFloat(s.paddingBottom);` +
  `[].forEach.call(m.querySelectorAll("svg"),function(g){var v=g.viewBox&&g.viewBox.baseVal;r=g.getBoundingClientRect();if(v&&v.width&&r.width)h+=r.width*v.height/v.width-r.height});` +
  `h=Math.ceil(h);if(h!==l&&p!==w){l=h;p.postMessage({type:"${EMBED_MESSAGE}",id:d.getAttribute("data-embed"),height:h},"*")}}` +
  // a ResizeObserver reports the first layout and every change of size after it: of the page (the iframe's width)
  // and, once the body is parsed, of each block of <main> (fonts, wrapping); the load event reports it too, because a
  // browser may hold back the observer of an iframe that is off screen
  `var o=new ResizeObserver(f);o.observe(d);w.addEventListener("load",f);` +
  `document.addEventListener("DOMContentLoaded",function(){var m=document.body.firstElementChild;if(m)[].forEach.call(m.children,function(c){o.observe(c)})});` +
  `w.addEventListener("message",function(e){if(e.source===p&&e.data&&e.data.type==="${EMBED_PING}"){l=-1;f()}});` +
  // the exploration layer, once, on the first focus or pointer entry over a chart (the page's only SVGs)
  `function x(e){x.s||e.target.closest?.("svg")&&((x.s=d.appendChild(document.createElement("script"))).src="${EXPLORE_SCRIPT_PATH}")}` +
  EXPLORE_EVENTS.map((k) => `w.addEventListener("${k}",x);`).join("") +
  `})();`;

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
