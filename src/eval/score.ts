// The scoring rule of the question sets (shared/README.md): the primary figure within tolerance
// and the section matching by containment either way, ignoring case and punctuation.
// A set written about one report of several loaded is scored on that report's part of the answer:
// a question naming no province that several reports answer gets each report's figure (issue 11),
// the first of them not necessarily the asked report's, and the asked report's figure among them is
// the answer its writer meant.
import { z } from "zod";
import type { Answer } from "../answering/schema.js";

export const EvalQuestionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  q: z.string(),
  section: z.string().optional(),
  value: z.number().optional(),
  values: z.array(z.number()).optional(),
  text: z.array(z.string()).optional(),
  tol: z.number().positive().optional(),
  /** For yes/no questions: the verdict the answer must give. */
  verdict: z.enum(["yes", "no"]).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

const DEFAULT_TOLERANCE = 0.005;
const MULTI_INPUT_KINDS = new Set(["computed", "compare", "comparison", "yesno"]);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function sectionMatches(expected: string, got: string | null): boolean {
  if (!got) return false;
  const a = norm(expected);
  const b = norm(got);
  return a.includes(b) || b.includes(a);
}

export type Score = { right: boolean; expected: string; why: string };

/**
 * `report`: the id of the report the set was written about, when several may be loaded. A reply
 * whose first answer is another report's is scored on the asked report's own answer (`byReport`,
 * when it answers from each report), else on the asked report's cited figures.
 */
export function scoreAnswer(q: EvalQuestion, a: Answer, report?: string): Score {
  const own = scoreOne(q, a);
  if (!report || !a.report || a.report.id === report) return own;
  // The reply's first answer is another report's: only the asked report's own answer counts.
  const cited = a.citations.filter((c) => c.report === report);
  const mine = a.byReport?.find((r) => r.report.id === report);
  const right = mine
    ? scoreOne(q, { ...a, ...mine, section: cited[0]?.section ?? null, citations: cited }).right
    : cited.some(
        (c) =>
          !q.verdict &&
          scoreOne(q, {
            ...a,
            value: typeof c.value === "number" ? c.value : null,
            section: c.section,
            citations: [c],
          }).right,
      );
  return right
    ? { right, expected: own.expected, why: "" }
    : { ...own, right, why: own.why || `answered from ${a.report.id}` };
}

function scoreOne(q: EvalQuestion, a: Answer): Score {
  if (q.kind === "oos")
    return {
      right: !a.answered,
      expected: "no answer",
      why: a.answered ? "answered an out-of-scope question" : "",
    };
  const expected = `${q.verdict ? `${q.verdict}: ` : ""}${q.value ?? q.values?.join(" or ") ?? q.text?.join(" + ") ?? "(passage)"} in ${q.section ?? "any section"}`;
  if (!a.answered) return { right: false, expected, why: "no answer" };
  // A computed figure, a comparison or a verdict rests on several cited figures: any of their sections may match.
  const sections = MULTI_INPUT_KINDS.has(q.kind)
    ? a.citations.map((c) => c.section).concat(a.section ?? [])
    : [a.section];
  if (q.section && !sections.some((s) => sectionMatches(q.section!, s)))
    return { right: false, expected, why: "wrong section" };
  // "values" lists the figures that are also right (a yes/no on growth may rest on the rate or the
  // amount it grew by): they count beside "value", not only when "value" is missing.
  const targets = [...(q.value !== undefined ? [q.value] : []), ...(q.values ?? [])];
  if (targets.length) {
    const tol = q.tol ?? DEFAULT_TOLERANCE;
    const ok = a.value !== null && targets.some((t) => Math.abs(a.value! - t) <= tol * Math.abs(t));
    if (!ok) return { right: false, expected, why: "wrong figure" };
  }
  if (q.verdict && (a as { verdict?: string | null }).verdict !== q.verdict)
    return { right: false, expected, why: `verdict should be ${q.verdict}` };
  if (q.text && !q.text.every((f) => a.text.toLowerCase().includes(f.toLowerCase())))
    return { right: false, expected, why: "missing text" };
  return { right: true, expected, why: "" };
}
