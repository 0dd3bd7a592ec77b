/**
 * Every entry of a zip held in memory (an Office file, the workbook nested in one, or a raw IMF workbook), read with
 * yauzl: an independent reader of what the briefing writers (pptxgenjs, docx, write-excel-file, fflate) wrote and of
 * the raw sources (test-support/raw-workbook.ts). Checks each entry's CRC as it reads.
 */
import yauzl from "yauzl";

export function zipParts(data: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("error", reject);
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
