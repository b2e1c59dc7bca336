// The plain fuse.js baseline of issue 4: ONE Fuse over the report's sentences (keys text and
// section, ignoreLocation, threshold 0.4), the whole question as the pattern. Its "answer" is the
// first number in the top sentence (years skipped, which only helps it), cited to that sentence's
// section; it declines when nothing scores within the threshold. Scored with src/eval/score.ts.
import Fuse, { type FuseResult } from "fuse.js";
import type { Answer } from "../src/answering/schema.js";
import { scoreAnswer, type EvalQuestion } from "../src/eval/score.js";
import type { KnowledgeBase } from "../src/knowledge/load.js";
import { findNumbers, isYear } from "../src/knowledge/numbers.js";

export const BASELINE_THRESHOLD = 0.4;

export type BaselineDoc = { text: string; section: string; report: string };

export type Baseline = {
  docs: BaselineDoc[];
  search(question: string): FuseResult<BaselineDoc>[];
  answer(question: string): Answer;
};

export function createBaseline(kb: KnowledgeBase): Baseline {
  const docs = kb.sections.flatMap((s) =>
    s.sentences.map((text) => ({ text, section: s.title, report: s.report })),
  );
  const fuse = new Fuse(docs, {
    keys: ["text", "section"],
    ignoreLocation: true,
    threshold: BASELINE_THRESHOLD,
    includeScore: true,
  });
  const search = (question: string) => fuse.search(question);
  return { docs, search, answer: (question) => baselineAnswer(question, search(question)) };
}

/** The first number of a sentence that is not a year or an ordinal. */
export function firstNumber(sentence: string): number | null {
  return findNumbers(sentence).find((t) => !isYear(t) && !t.ordinal)?.value ?? null;
}

/** An Answer-shaped reading of the baseline's top result, so the project's scoring rule applies unchanged. */
export function baselineAnswer(question: string, results: FuseResult<BaselineDoc>[]): Answer {
  const top = results[0];
  const answered = top !== undefined && (top.score ?? 1) <= BASELINE_THRESHOLD;
  const base = {
    question,
    language: "en" as const,
    notes: [],
    runnerUps: [],
    suggestions: [],
    arithmetic: null,
    unit: null,
    figure: null,
    label: null,
    verdict: null,
    items: [],
    reports: [],
    topics: [],
  };
  if (!answered)
    return {
      ...base,
      answered: false,
      type: "none",
      value: null,
      section: null,
      report: null,
      text: "",
      citations: [],
    };
  const doc = top.item;
  const value = firstNumber(doc.text);
  return {
    ...base,
    answered: true,
    type: "figure",
    value,
    section: doc.section,
    report: null,
    text: doc.text,
    citations: [
      {
        entryId: null,
        report: doc.report,
        section: doc.section,
        quote: doc.text,
        value,
        unit: null,
        written: null,
      },
    ],
  };
}

export function scoreBaseline(q: EvalQuestion, a: Answer): boolean {
  return scoreAnswer(q, a).right;
}
