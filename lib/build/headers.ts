/** out/_headers for static hosts that read one (Content-Security-Policy and friends). Stub. */
import type { Output } from "./outputs";

export function headerFiles(_outDir: string): Output[] {
  return [];
}
