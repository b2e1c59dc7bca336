// The terms an engine searches a question with, for tests of how a question's words are weighed
// and widened (rank.ts queryTerms over the question as engine.ts readQuestion reads it).
import type { Engine } from "../../src/answering/engine.js";
import { readQuestion } from "../../src/answering/engine.js";
import { type QueryTerm, queryTerms } from "../../src/answering/rank.js";

/** Every term the engine searches `question` with, in the order it weighs them. */
export function termsOfQuestion(engine: Pick<Engine, "index" | "glossary">, question: string): QueryTerm[] {
  return queryTerms(readQuestion(question, engine.index, engine.glossary), engine.index);
}

/** The term with stem `term` among those the engine searches `question` with, or undefined. */
export function termOfQuestion(
  engine: Pick<Engine, "index" | "glossary">,
  question: string,
  term: string,
): QueryTerm | undefined {
  return termsOfQuestion(engine, question).find((t) => t.term === term);
}

/** The stems of that term's alternatives, or undefined when the question has no such term. */
export function altsOfTerm(
  engine: Pick<Engine, "index" | "glossary">,
  question: string,
  term: string,
): string[] | undefined {
  return termOfQuestion(engine, question, term)?.alts.map((a) => a.term);
}
