// Whether two report folders hold the same report: the loader warns about a second copy on disk,
// and /refresh refuses one uploaded under another id unless the moderator confirms it.
import { createHash } from "node:crypto";
import type { Report } from "./schema.js";

export const hash = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * The key under which two reports are the same report: region, year and the words of its
 * sections (not its id, title, marks or line breaks), so a copy uploaded under another id, or
 * with its 【】 marks taken out, is recognised.
 */
export function sameReportKey(r: Report): string {
  const words = r.sections
    .map((s) => s.text)
    .join(" ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  return hash(JSON.stringify([r.meta.region.toLowerCase(), r.meta.year, words]));
}
