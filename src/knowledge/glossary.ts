// The Chinese glossary (knowledge/glossary.zh.json) is knowledge like the reports: read, checked
// and loaded here; a broken glossary fails the load with the same kind of message as any other
// knowledge file. How a question is translated with it is the engine's (answering/glossary.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { zodProblems } from "../util/zod.js";
import { KnowledgeError } from "./load.js";

export const GLOSSARY_FILE = "glossary.zh.json";
export const GlossarySchema = z.object({ terms: z.record(z.string().min(1), z.string().min(1)) });
/** Chinese term → English words, longest term first (so a longer term wins over its parts). */
export type Glossary = { terms: [string, string][] };

export function loadGlossary(knowledgeDir: string): Glossary {
  const path = join(knowledgeDir, GLOSSARY_FILE);
  if (!existsSync(path)) return { terms: [] };
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
      zodProblems(result.error).map((message) => ({
        check: "schema" as const,
        message: `${path}: ${message}`,
      })),
    );
  return fromTerms(result.data.terms);
}

export function fromTerms(terms: Record<string, string>): Glossary {
  return { terms: Object.entries(terms).sort((a, b) => b[0].length - a[0].length) };
}
