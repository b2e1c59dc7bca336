// "1,236 villages were finished, exceeding the target by 36 villages": the figure after "by" is the
// margin the result before it went beyond its plan, not another result. Read as the result's label
// and the plan it beat ("Villages finished beyond the target"), so a question about the result is
// never answered with the margin, and one about the margin finds it.
import { PLAN_NOUNS } from "./label-clauses.js";
import type { Context } from "./label-figure.js";
import type { Token } from "./nlp.js";
import { labelWithoutUnit } from "./label-phrases.js";

/** Verbs of going past a plan. */
const BEYOND_VERBS = new Set(["exceed", "surpass", "overfulfil", "overfulfill", "outstrip", "beat", "top"]);

/**
 * The label of a figure written "exceeding the target by N" (also "exceeded its plan by N"), from
 * the figure of its unit (or kind) read before it; undefined for any other shape or with no such figure.
 * `first`: the figure's first token.
 */
export function beyondPlanLabel(
  tokens: Token[],
  fig: { kind: string; unit?: string },
  ctx: Context,
  first: number,
): string | undefined {
  if (tokens[first - 1]?.lemma !== "by") return undefined;
  const plan = tokens[first - 2];
  if (!plan || !PLAN_NOUNS.has(plan.lemma)) return undefined;
  let verbAt = first - 3;
  // "the target", "its annual plan", "the scheduled task".
  while (verbAt > 0 && verbAt >= first - 5 && ["DET", "ADJ", "PRON", "VERB"].includes(tokens[verbAt]!.pos)) {
    if (BEYOND_VERBS.has(tokens[verbAt]!.lemma)) break;
    verbAt--;
  }
  if (!BEYOND_VERBS.has(tokens[verbAt]?.lemma ?? "")) return undefined;
  // The result it beat: of the margin's own unit when one is ("N households and M people …, exceeding
  // the target by K households"), else of its kind.
  const results = ctx.before?.filter((b) => b.read && b.kind === fig.kind && !b.place) ?? [];
  const result = results.filter((b) => b.unit === fig.unit).at(-1) ?? results.at(-1);
  if (!result) return undefined;
  const whose = labelWithoutUnit(result.label);
  const words = tokens.slice(verbAt + 1, first - 1).filter((t) => t.pos !== "PRON" && t.pos !== "DET");
  return `${whose} beyond the ${words.map((t) => t.text.toLowerCase()).join(" ")}`;
}
