import { serve } from "./server";
import { CHROME_ARGS } from "./measure-page";
(async () => {
  const site = await serve("/work/wt-perf", process.argv[2]);
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", ...CHROME_ARGS], logLevel: "silent" });
  try {
    const run = await lighthouse(site.origin + process.argv[3], { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const lhr = run!.lhr;
    const m = (lhr.audits.metrics.details as any).items[0];
    console.log(JSON.stringify({ oFCP: m.observedFirstContentfulPaint, oLCP: m.observedLargestContentfulPaint, oDCL: m.observedDomContentLoaded, oLoad: m.observedLoad, lcp: m.largestContentfulPaint, fcp: m.firstContentfulPaint }));
    console.log(JSON.stringify((lhr.audits["largest-contentful-paint-element"].details as any)?.items?.[0]?.items?.[0]?.node?.snippet));
    console.log(JSON.stringify((lhr.audits["largest-contentful-paint-element"].details as any)?.items?.[1]));
    const reqs = (lhr.audits["network-requests"].details as any).items.map((r: any) => [r.url.replace(site.origin, ""), Math.round(r.networkRequestTime), Math.round(r.networkEndTime), r.transferSize, r.priority]);
    console.log(reqs.map((r: any) => r.join(" ")).join("\n"));
  } finally { await chrome.kill(); await site.stop(); }
})();
