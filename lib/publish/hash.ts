/** SHA-256 digests the site publishes: hex for file hashes (datapackage.json), base64 for CSP hash sources. */
import { createHash } from "node:crypto";

export const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** A CSP hash source without quotes, `sha256-<base64>`, of a script or style as the browser hashes it (UTF-8). */
export const cspSha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
