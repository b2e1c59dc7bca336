// Chinese questions are translated word by word into the report's English vocabulary with a
// curated glossary, longest term first, so the same index serves both languages.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { KnowledgeError } from "../knowledge/load.js";

export const GlossarySchema = z.object({ terms: z.record(z.string().min(1), z.string().min(1)) });
export type Glossary = { terms: [string, string][] };

export function loadGlossary(knowledgeDir: string): Glossary {
  const path = join(knowledgeDir, "glossary.zh.json");
  if (!existsSync(path)) return { terms: [] };
  // A broken glossary is broken knowledge: one clear message, like any other knowledge file.
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KnowledgeError([
      { check: "schema", message: `${path} is not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const result = GlossarySchema.safeParse(parsed);
  if (!result.success)
    throw new KnowledgeError(
      result.error.issues.map((i) => ({
        check: "schema" as const,
        message: `${path}: ${i.path.join(".")} ${i.message}`,
      })),
    );
  return fromTerms(result.data.terms);
}

export function fromTerms(terms: Record<string, string>): Glossary {
  return { terms: Object.entries(terms).sort((a, b) => b[0].length - a[0].length) };
}

/**
 * Replaces every known Chinese term by its English words where it stands, so numbers and words keep
 * their order ("超过2000 yuan" → "exceed 2000 yuan"); unknown Han characters are dropped.
 */
export function translateChinese(text: string, glossary: Glossary): string {
  let rest = text;
  const at = new Map<number, string>();
  for (const [zh, en] of glossary.terms) {
    let i = rest.indexOf(zh);
    while (i >= 0) {
      at.set(i, en);
      rest = rest.slice(0, i) + "\u0000".repeat(zh.length) + rest.slice(i + zh.length);
      i = rest.indexOf(zh, i + zh.length);
    }
  }
  let out = "";
  for (let i = 0; i < rest.length; i++) {
    const english = at.get(i);
    if (english !== undefined) out += ` ${english} `;
    else if (rest[i] !== "\u0000") out += rest[i];
  }
  return out
    .replace(/\p{Script=Han}+/gu, " ")
    .replace(/[，。？！、：；（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
