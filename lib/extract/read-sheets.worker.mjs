/**
 * The worker thread in which lib/extract/imf-workbook.ts runs read-excel-file, so that a parse running past its time
 * limit can be stopped (worker.terminate()) rather than merely abandoned. Plain JavaScript: Node starts a worker
 * from a file itself, outside tsx and outside Jest's TypeScript transform.
 * One workbook: workerData = { bytes: Uint8Array (an .xlsx), sheets: string[] }; one message back, { grids } (one
 * SheetData per sheet, in order) or { error: { sheet, name, message } }.
 * A pool worker (lib/extract/sheet-pool.ts, for the 235 IMF workbooks): workerData = { pool: true }; each message
 * { id, bytes, sheets } is answered by { id, grids } or { id, error }, so that one thread reads many workbooks.
 */
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import { readSheet } from "read-excel-file/node";

async function read(bytes, sheets) {
  // Structured cloning turns a Buffer into a plain Uint8Array; read-excel-file wants a Buffer (or a stream or a path).
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const grids = [];
  for (const sheet of sheets) {
    try {
      grids.push(await readSheet(input, sheet, { trim: false }));
    } catch (err) {
      return { error: { sheet, name: err?.name ?? "Error", message: err?.message ?? String(err) } };
    }
  }
  return { grids };
}

if (workerData.pool) {
  parentPort.on("message", async ({ id, bytes, sheets }) =>
    parentPort.postMessage({ id, ...(await read(bytes, sheets)) }),
  );
} else {
  parentPort.postMessage(await read(workerData.bytes, workerData.sheets));
}
