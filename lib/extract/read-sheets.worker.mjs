/**
 * The worker thread in which lib/extract/imf-workbook.ts runs read-excel-file, so that a parse running past its time
 * limit can be stopped (worker.terminate()) rather than merely abandoned. Plain JavaScript: Node starts a worker
 * from a file itself, outside tsx and outside Jest's TypeScript transform.
 * In: workerData = { bytes: Uint8Array (an .xlsx), sheets: string[] }.
 * Out: one message, { grids } (one SheetData per sheet, in order) or { error: { sheet, name, message } }.
 */
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import { readSheet } from "read-excel-file/node";

const { bytes, sheets } = workerData;
// Structured cloning turns a Buffer into a plain Uint8Array; read-excel-file wants a Buffer (or a stream or a path).
const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const grids = [];
let error;
for (const sheet of sheets) {
  try {
    grids.push(await readSheet(input, sheet, { trim: false }));
  } catch (err) {
    error = { sheet, name: err?.name ?? "Error", message: err?.message ?? String(err) };
    break;
  }
}
parentPort.postMessage(error ? { error } : { grids });
