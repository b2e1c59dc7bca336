// Chinese questions are translated word by word into the report's English vocabulary with a
// curated glossary, longest term first, so the same index serves both languages.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const GlossarySchema = z.object({ terms: z.record(z.string().min(1), z.string().min(1)) });
export type Glossary = { terms: [string, string][] };

export function loadGlossary(knowledgeDir: string): Glossary {
  const path = join(knowledgeDir, "glossary.zh.json");
  if (!existsSync(path)) return { terms: [] };
  return fromTerms(GlossarySchema.parse(JSON.parse(readFileSync(path, "utf8"))).terms);
}

export function fromTerms(terms: Record<string, string>): Glossary {
  return { terms: Object.entries(terms).sort((a, b) => b[0].length - a[0].length) };
}

/** Replaces every known Chinese term by its English words; unknown Han characters are dropped. */
export function translateChinese(text: string, glossary: Glossary): string {
  let rest = text;
  const found: { at: number; english: string }[] = [];
  for (const [zh, en] of glossary.terms) {
    let at = rest.indexOf(zh);
    while (at >= 0) {
      found.push({ at, english: en });
      rest = rest.slice(0, at) + "\u0000".repeat(zh.length) + rest.slice(at + zh.length);
      at = rest.indexOf(zh, at + zh.length);
    }
  }
  const latin = rest.replace(/[\p{Script=Han}\u0000]+/gu, " ").replace(/[，。？！、：；（）]/g, " ");
  return [...found.sort((a, b) => a.at - b.at).map((f) => f.english), latin].join(" ").replace(/\s+/g, " ").trim();
}
