// Changes over a year: "…, 41 more than the previous year", "…, 37% higher than in 2010". The figure
// is the increase (or the rate of growth) over that year of the figure just before it or of the
// subject it completes. label-years.ts finds the year; clauseLabel in labels.ts reads these before
// the growth figures (label-growth.ts).
import { LINKING, verbBefore } from "./label-clauses.js";
import { type Context, type FigureSpan, lastToken, type ClauseShape } from "./label-figure.js";
import { lowerFirst, labelWithoutUnit } from "./label-phrases.js";
import { subjectBefore } from "./label-subjects.js";
import { changeOverYear } from "./label-years.js";
import type { Token } from "./nlp.js";

/**
 * "…, 41 more than the previous year", "The total was N Yuan more than the previous year": the
 * figure is the change over that year, of the figure just before it (a bare number after a comma)
 * or of the subject it completes.
 * The label (clauseLabel adds the year), with the unit of the count it is a change of; undefined for
 * any other shape.
 */
export function changeOverYearLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): { label: string; unit?: string } | undefined {
  const last = lastToken(tokens, fig, first);
  const prev = tokens[first - 1];
  const change = fig.kind !== "percent" ? changeOverYear(tokens, last) : undefined;
  if (!change) return undefined;
  const noun = change.more ? "Increase" : "Decrease";
  const over = `over ${change.year}`;
  const before = ctx.before?.filter((b) => b.read && b.kind === fig.kind).at(-1);
  if (prev?.text === "," && before) {
    const whose = labelWithoutUnit(before.label);
    return {
      label: `${noun} of ${whose.charAt(0).toLowerCase()}${whose.slice(1)} ${over}`,
      ...(before.unit && fig.kind === "count" ? { unit: before.unit } : {}),
    };
  }
  const verbAt = verbBefore(tokens, first);
  const linked = verbAt >= 0 && LINKING.has(tokens[verbAt]!.lemma);
  // "The total was N more …": the tagger reads "total" as an adjective, which no subject ends with.
  const subject = linked
    ? (subjectBefore(tokens, verbAt, ctx.region) ??
      (tokens[verbAt - 1]?.lemma === "total" ? "the total" : undefined))
    : undefined;
  if (subject) return { label: `${noun} of ${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${over}` };
  return undefined;
}

/**
 * "…, 37% higher than in 2010", "The input was 31.5% higher than in 2010": a rate of change over
 * that year, of the figure just before it or of the subject it completes.
 * The label (clauseLabel adds the year); undefined for any other shape.
 */
export const rateOverYearLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const last = lastToken(tokens, fig, first);
  const prev = tokens[first - 1];
  const rate = fig.kind === "percent" ? changeOverYear(tokens, last, true) : undefined;
  if (!rate) return undefined;
  const noun = rate.more ? "Growth" : "Fall";
  const before = ctx.before?.filter((b) => b.read && b.kind !== "percent").at(-1);
  const verbAt = verbBefore(tokens, first);
  const whose =
    prev?.text === "," && before
      ? lowerFirst(labelWithoutUnit(before.label))
      : verbAt >= 0 && LINKING.has(tokens[verbAt]!.lemma)
        ? subjectBefore(tokens, verbAt, ctx.region)
        : undefined;
  if (whose) return `${noun} of ${lowerFirst(whose)} over ${rate.year} (percent)`;
  return undefined;
};
