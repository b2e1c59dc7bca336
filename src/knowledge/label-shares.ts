// Shares: a percentage that says what part of something it is ("98.6% of the complaints were
// settled", "accounting for 103% of the annual plan"), and an amount that is another amount's share
// for each unit ("30 million Yuan per county"). clauseLabel in labels.ts reads these in this order,
// after the growth figures (label-growth.ts).
import { type Context, type FigureSpan, lastToken, type ClauseShape } from "./label-figure.js";
import { chunkRight, lowerFirst, phraseAfter, labelWithoutUnit } from "./label-phrases.js";
import { frontedWhole } from "./label-subjects.js";
import { isPastParticiple } from "../text/participles.js";
import type { Token } from "./nlp.js";

/**
 * "98.6% of the complaints were settled": the share is the subject of its own passive verb, and
 * says what part of X was so acted on (not a share of the figure before it).
 * The label (clauseLabel adds the year); undefined for any other shape.
 */
export function shareActedOnLabel(
  tokens: Token[],
  fig: FigureSpan,
  _ctx: Context,
  first: number,
): string | undefined {
  const last = lastToken(tokens, fig, first);
  if (fig.kind !== "percent" || tokens[last + 1]?.lemma !== "of") return undefined;
  const np = chunkRight(tokens, last + 2);
  const aux = tokens[np.end];
  const participle = tokens[np.end + 1];
  if (
    np.text &&
    aux?.lemma === "be" &&
    aux.pos === "AUX" &&
    participle?.pos === "VERB" &&
    isPastParticiple(participle)
  ) {
    const after = phraseAfter(tokens, np.end + 2);
    return `${np.text} ${participle.text}${after ? ` ${after}` : ""} (percent)`;
  }
  return undefined;
}

/**
 * A share: "accounting for 103% of the annual plan", "17.06% beyond the scheduled task".
 * The label (clauseLabel adds the year); undefined for any other shape.
 */
export const shareOfBeforeLabel: ClauseShape = (tokens, fig, ctx, first) => {
  if (fig.kind !== "percent") return undefined;
  const last = lastToken(tokens, fig, first);
  const after = phraseAfter(tokens, last + 1);
  // The share is of the figure before it (a count or an amount, not another share).
  // Not a place ("… N people in 1,870 villages, accounting for 110.5% of the plan": the people).
  // "the task had been completed in 2,532 villages, fulfilling 105.5% of the annual task": with no
  // other figure before it, the places are what the share measures.
  const shareOf = ctx.before?.filter((b) => b.kind !== "percent" && b.read);
  // "N village collectives had an income of over M Yuan, accounting for P% of the assisted
  // villages": a share of a noun is of the count of that noun, past an amount between them.
  const ofNoun = /^of\b/i.test(after ?? "")
    ? shareOf
        ?.filter((b) => b.kind === "count" && b.unit && new RegExp(`\\b${b.unit}\\b`, "i").test(after!))
        .at(-1)
    : undefined;
  // "N households with M people, accounting for P% of the annual plan (K households)": the plan's
  // own noun, bracketed after the share, says which figure before is measured against it.
  const planUnit = bracketedCountNoun(tokens, last + 1);
  const ofPlan = planUnit
    ? shareOf?.filter((b) => b.kind === "count" && b.unit === planUnit).at(-1)
    : undefined;
  const wholeLabel = (
    ofNoun ??
    ofPlan ??
    shareOf?.filter((b) => !b.place).at(-1) ??
    (/^of\b/i.test(after ?? "") ? shareOf?.at(-1) : undefined)
  )?.label;
  const whose = wholeLabel && labelWithoutUnit(wholeLabel);
  if (after && whose) return `${whose} ${/^of\b/i.test(after) ? `as a share ${after}` : after} (percent)`;
  // "of which 3,000 were women, accounting for 60%": a share that names no whole is the figure
  // before it as a share of the whole it is a part of (the "of which" total, or the fronted "Of
  // the X,"); with neither, of a total the sentence does not name.
  // The part is of the whole's kind ("N yuan … to 23 counties, accounting for P%": the yuan), or,
  // after a fronted "Of the X,", the sentence's first figure, whose clause that phrase opens.
  if (!after && accountingFor(tokens, first)) {
    const fronted = frontedWhole(tokens);
    const total = ctx.total;
    const part = total
      ? shareOf?.filter((b) => b.kind === total.kind && b !== total).at(-1)
      : fronted
        ? // "Of the N X, M …": N, the whole's own count, is no part of itself.
          shareOf?.find((b) => labelWithoutUnit(b.label).toLowerCase() !== fronted.toLowerCase())
        : shareOf?.filter((b) => !b.place).at(-1);
    const whole = total?.label ?? fronted;
    // A change over a year ("an increase of N over the previous year, of which …") is no whole a
    // part is a share of: the breakdown is of the amount before it, which the share cannot be sure of.
    if (!part?.label || (whole && CHANGE_LABEL.test(whole))) return undefined;
    const of = whole ? lowerFirst(labelWithoutUnit(whole)) : "the total";
    return `${labelWithoutUnit(part.label)} as a share of ${of} (percent)`;
  }
  return undefined;
};

const CHANGE_LABEL = /^(?:Increase|Decrease|Growth|Fall) of\b/;

/** "accounting for N%", "which accounted for N%": the verb of a share right before the figure. */
function accountingFor(tokens: Token[], first: number): boolean {
  // The tagger reads "accounting" as a noun at times: the word, not its lemma, says which verb it is.
  return tokens[first - 1]?.lemma === "for" && /^account(?:ing|ed|s)?$/i.test(tokens[first - 2]?.text ?? "");
}

/**
 * The noun a count bracketed after the phrase from `from` counts ("of the annual plan (60,000
 * households)": "households"), lower-cased; undefined when no such bracket closes the phrase.
 */
function bracketedCountNoun(tokens: Token[], from: number): string | undefined {
  let i = from;
  while (i < tokens.length && !CLAUSE_BREAKS.has(tokens[i]!.text) && tokens[i]!.text !== "(") {
    if (tokens[i]!.pos === "NUM") return undefined;
    i++;
  }
  if (tokens[i]?.text !== "(" || tokens[i + 1]?.pos !== "NUM") return undefined;
  const noun = tokens[i + 2];
  return noun?.pos === "NOUN" && tokens[i + 3]?.text === ")" ? noun.text.toLowerCase() : undefined;
}

/** Marks that end a clause before any bracket after it could belong to its phrase. */
const CLAUSE_BREAKS = new Set([",", ";", ":", ".", ")"]);

/**
 * "150 million Yuan of provincial funds (30 million Yuan per county)", "…, 15 million Yuan for each
 * pilot county": an amount with no noun of its own, written right after another amount and followed
 * by "per"/"for each" and a noun, is that amount's share per unit.
 * The label (clauseLabel adds the year); undefined for any other shape.
 */
export const perUnitLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const last = lastToken(tokens, fig, first);
  const prev = tokens[first - 1];
  const perAt =
    tokens[last + 1]?.lemma === "per"
      ? last + 2
      : tokens[last + 1]?.lemma === "for" && tokens[last + 2]?.lemma === "each"
        ? last + 3
        : -1;
  const shared = ctx.before?.filter((b) => b.read && b.kind === fig.kind).at(-1);
  if (fig.kind === "money" && perAt > 0 && shared && ["(", ","].includes(prev?.text ?? "")) {
    const unit = chunkRight(tokens, perAt);
    if (unit.text) return `${labelWithoutUnit(shared.label)} per ${unit.text}`;
  }
  return undefined;
};
