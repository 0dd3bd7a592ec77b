/**
 * A small pool of read-excel-file worker threads (lib/extract/read-sheets.worker.mjs), for the 235 IMF workbooks of
 * every reporter: one worker per workbook would spend about 0.3 s starting each (70 s in all on the 2-core machine),
 * where two long-lived workers read them all in about 10 s. Each workbook keeps its own time limit: a read that runs
 * past it has its worker terminated (and replaced), and fails with the same message as lib/extract/imf-workbook.ts.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SheetData } from "read-excel-file/node";
import { sheetError } from "./imf-workbook";

const WORKER = path.join(__dirname, "read-sheets.worker.mjs");

interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  sheets: string[];
  resolve: (grids: SheetData[]) => void;
  reject: (err: Error) => void;
}

interface Lane {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

type Answer = { id: number; grids?: SheetData[]; error?: { sheet: string; name: string; message: string } };

export class SheetPool {
  private readonly queue: Job[] = [];
  private readonly lanes: Lane[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.lanes.push(this.spawn());
  }

  private spawn(): Lane {
    const lane: Lane = {
      worker: new Worker(WORKER, { workerData: { pool: true }, resourceLimits: { maxOldGenerationSizeMb: 512 } }),
    };
    lane.worker.on("message", (m: Answer) => {
      const job = lane.job;
      if (!job || job.id !== m.id) return;
      this.finish(lane);
      if (m.error) job.reject(sheetError(job.file, m.error.sheet, m.error.name, m.error.message));
      else job.resolve(m.grids!);
      this.pump();
    });
    const lost = (why: string) => {
      const job = lane.job;
      this.replace(lane);
      job?.reject(new Error(`${job.file}: cannot read the workbook (${why})`));
    };
    lane.worker.on("error", (err) => lost(err.message));
    lane.worker.on("exit", (code) => {
      if (!this.closed && lane.job) lost(`the reader stopped early, exit code ${code}`);
    });
    return lane;
  }

  private finish(lane: Lane) {
    clearTimeout(lane.timer);
    lane.job = undefined;
    lane.timer = undefined;
  }

  /** Terminates a lane's worker (its job is settled by the caller) and puts a fresh one in its place. */
  private replace(lane: Lane) {
    this.finish(lane);
    lane.worker.removeAllListeners();
    void lane.worker.terminate();
    const i = this.lanes.indexOf(lane);
    if (i >= 0 && !this.closed) this.lanes[i] = this.spawn();
    this.pump();
  }

  private pump() {
    if (this.closed) return;
    for (const lane of this.lanes) {
      if (lane.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      lane.job = job;
      lane.timer = setTimeout(() => {
        this.replace(lane);
        job.reject(
          new Error(`${job.file}: reading the sheets took longer than ${this.timeoutMs} ms; stopped (time limit)`),
        );
      }, this.timeoutMs);
      lane.worker.postMessage({ id: job.id, bytes: job.bytes, sheets: job.sheets });
    }
  }

  /** The sheets of one workbook as grids from A1 (errors name the file, and the sheet and cell when known). */
  read(bytes: Uint8Array, file: string, sheets: string[]): Promise<SheetData[]> {
    if (this.closed) return Promise.reject(new Error(`${file}: the reader pool is closed`));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, bytes, sheets, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; jobs still queued are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error(`${job.file}: the reader pool was closed`));
    await Promise.all(
      this.lanes.map((lane) => {
        this.finish(lane);
        lane.worker.removeAllListeners();
        return lane.worker.terminate();
      }),
    );
  }
}
