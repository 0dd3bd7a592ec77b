import { lighthouseMedian } from "/work/wt-perf/bench/lighthouse";
import { serve } from "/work/wt-perf/bench/server";
import { writeFloorPage } from "/work/wt-perf/bench/targets";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
(async () => {
  const root = "/work/wt-perf";
  const outDir = process.argv[2];
  const paths = process.argv.slice(3);
  const floorDir = mkdtempSync(path.join(os.tmpdir(), "lhq-"));
  const site = await serve(root, outDir);
  const floor = await serve(root, floorDir);
  try {
    for (const p of paths) {
      const f = writeFloorPage(root, outDir, floorDir, p)!;
      const a = await lighthouseMedian(site.origin, p, "mobile", 1);
      const b = await lighthouseMedian(floor.origin, f.path, "mobile", 1, true);
      console.log(p, "perf", a.scores.performance, "lcp", a.metrics.lcp_ms, "fcp", a.metrics.fcp_ms, "tbt", a.metrics.tbt_ms, "floor lcp", b.metrics.lcp_ms, "ratio", ((a.metrics.lcp_ms ?? 0) / (b.metrics.lcp_ms ?? 1)).toFixed(2), JSON.stringify(a.bytes), "dom", a.metrics.dom_nodes, "main", a.metrics.mainthread_ms);
      for (const x of a.failing.performance ?? []) console.log("   ", x.id, x.score, x.displayValue);
    }
  } finally { await site.stop(); await floor.stop(); }
})();
