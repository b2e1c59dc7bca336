// Growth figures: "up 35.2%", "increased by 46.3 million Yuan", "fell by N": the label says what
// grew (the figure the verb acted on, the clause's subject, the object a verb raised) and by how
// much, as "Growth of X" for a rate and "Increase of X" for an amount ("Fall", "Decrease" for a
// falling verb). clauseLabel in labels.ts reads these in this order, after the changes over a year.
import { FALLING_VERBS, GROWTH_VERBS, objectGrown, verbBefore } from "./label-clauses.js";
import { type ClauseShape, type Context, type FigureSpan, lastToken } from "./label-figure.js";
import { text, tokenAt } from "./label-lists.js";
import {
  CHANGE_NOUNS,
  CLAUSE_PUNCT,
  FILLERS,
  isRegion,
  lowerFirst,
  phraseAfter,
  labelWithoutUnit,
} from "./label-phrases.js";
import { subjectBefore } from "./label-subjects.js";
import type { Token } from "./nlp.js";

/** The growth verb of "increased by N" right before the figure's "by", or -1. */
export function growthVerbAt(tokens: Token[], first: number): number {
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  return prev?.lemma === "by" && prev2 && GROWTH_VERBS.has(prev2.lemma) ? first - 2 : -1;
}

/**
 * A rate after "up" or "down" ("…, up 35.2% over the previous year"): the growth of what the clause
 * grew. The label (clauseLabel adds the year), or undefined when nothing names what grew; clauseLabel
 * reads no other rule for such a rate.
 */
export const upOrDownLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const last = lastToken(tokens, fig, first);
  const clauseVerb = verbBefore(tokens, first);
  const over = phraseAfter(tokens, last + 1);
  // The growth of a figure read before: its label without its unit, as a phrase.
  const growthOf = (label: string) =>
    `Growth of ${lowerFirst(labelWithoutUnit(label))}${over ? ` ${over}` : ""} (percent)`;
  // "provided N Yuan of aid funds for X, up P% over …": what grew is the figure the verb acted on
  // just before (not a growth itself), not the clause's subject.
  const object = ctx.before?.filter((b) => b.read && b.kind !== "percent" && b.at !== undefined).at(-1);
  const objectAt = object ? tokens.findIndex((t) => t.start >= object.at!) : -1;
  // "(RMB 7,408, up 15.8%)": a bracket holding a figure and then its change, whatever the verb
  // outside the bracket did.
  if (
    object &&
    tokens[objectAt - 1]?.text === "(" &&
    tokens[first - 2]?.text === "," &&
    !tokens.slice(objectAt, first).some((t) => t.text === ")" || t.pos === "VERB" || t.pos === "AUX") &&
    !/^(?:Growth|Increase) of\b/.test(object.label)
  )
    return growthOf(object.label);
  if (
    object &&
    clauseVerb >= 0 &&
    tokens[clauseVerb]!.pos === "VERB" &&
    object.year === undefined &&
    objectAt > clauseVerb &&
    !/^(?:Growth|Increase) of\b/.test(object.label) &&
    !tokens.slice(objectAt, first).some((t) => t.pos === "VERB" || t.pos === "AUX")
  ) {
    return growthOf(object.label);
  }
  // "increased its funds by N Yuan …, up P%": the share grew what the increase before it did.
  const increase = ctx.before?.filter((b) => b.read && b.kind !== "percent").at(-1);
  if (
    increase &&
    /^Increase of\b/.test(increase.label) &&
    clauseVerb >= 0 &&
    objectGrown(tokens, tokens.findIndex((t) => t.start >= increase.at!) - 1)
  )
    return `${labelWithoutUnit(increase.label.replace(/^Increase/, "Growth"))} (percent)`;
  // "invested N yuan of funds, an increase of M over the previous year, up P%": a rate right after
  // an increase set off as an apposition (nothing but that increase's own phrase between them) is
  // the growth of what increased, not of the clause's subject.
  const increaseSpan = increase && ctx.figures?.find((f) => f.start === increase.at);
  if (increase && increaseSpan && /^Increase of\b/.test(increase.label)) {
    const between = tokens.slice(tokenAt(tokens, increaseSpan.end), first - 1);
    const own = between.slice(0, -1);
    if (
      between.at(-1)?.text === "," &&
      !own.some((t) => ["VERB", "AUX", "NUM", "PUNCT", "PRON"].includes(t.pos))
    )
      return `${labelWithoutUnit(increase.label.replace(/^Increase/, "Growth"))} (percent)`;
  }
  // "reached N this year, compared with M last year, up P%": "compared" is no verb that grew.
  let grewVerb = clauseVerb;
  while (grewVerb >= 0 && tokens[grewVerb]!.lemma === "compare") grewVerb = verbBefore(tokens, grewVerb);
  const grew = grewVerb >= 0 ? subjectBefore(tokens, grewVerb, ctx.region) : undefined;
  // "N km of roads were built …, up P%": a figure that is the passive clause's subject grew.
  if (
    !grew &&
    object &&
    clauseVerb >= 0 &&
    objectAt >= 0 &&
    objectAt < clauseVerb &&
    object.year === undefined
  ) {
    let clauseStart = objectAt;
    while (clauseStart > 0 && !CLAUSE_PUNCT.has(tokens[clauseStart - 1]!.text)) clauseStart--;
    const between = tokens.slice(objectAt, clauseVerb);
    const passive = between.some((t) => t.pos === "AUX" && t.lemma === "be");
    const ownNumbers = between.filter((t) => t.pos === "NUM").length <= 2;
    const subjectPlace = !tokens
      .slice(clauseStart, objectAt)
      .some((t) => t.pos === "VERB" || t.pos === "AUX");
    if (passive && ownNumbers && subjectPlace && !/^(?:Growth|Increase) of\b/.test(object.label)) {
      return growthOf(object.label);
    }
  }
  return grew ? `Growth of ${grew}${over ? ` ${over}` : ""} (percent)` : undefined;
};

/**
 * "The provincial finance increased its special funds by N": what grew is the verb's object (the
 * subject is who raised it), not the subject.
 * The label (clauseLabel adds the year); undefined for any other shape.
 */
export const raisedObjectLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const prev = tokens[first - 1];
  const raised =
    prev?.lemma === "by" && growthVerbAt(tokens, first) < 0 ? objectGrown(tokens, first - 1) : undefined;
  if (!raised) return undefined;
  const last = lastToken(tokens, fig, first);
  const who = subjectBefore(tokens, raised.verbAt, ctx.region);
  const over = phraseAfter(tokens, last + 1);
  const falling = FALLING_VERBS.has(tokens[raised.verbAt]!.lemma);
  const noun = changeName(fig, falling);
  const by = who && !isRegion(who, ctx.region) ? ` by ${who.replace(/^The\b/, "the")}` : "";
  return `${noun} of ${raised.object}${by}${over ? ` ${over}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`;
};

/**
 * A figure after a growth verb and "by" ("increased by 46.3 million Yuan", "fell by N"): the
 * increase or the growth of the verb's subject. The label (clauseLabel adds the year), or undefined
 * when the clause names no subject; clauseLabel reads no other rule for such a figure.
 */
export const grownByLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const growthVerb = growthVerbAt(tokens, first);
  const last = lastToken(tokens, fig, first);
  // "Among the central funds, which increased by N%, …": a relative clause's subject is the noun it follows.
  const relative =
    growthVerb >= 3 && tokens[growthVerb - 1]!.lemma === "which" && tokens[growthVerb - 2]!.text === ",";
  // "…, the rate stood at 86.4%, which rose by 3.1 percentage points": "which" stands for the
  // figure right before its comma, and what grew is what that figure measures.
  const figureBefore = relative && ctx.index ? ctx.figures?.[ctx.index - 1] : undefined;
  const ofFigure =
    figureBefore && tokenAt(tokens, figureBefore.end) === growthVerb - 2
      ? ctx.before?.find((b) => b.at === figureBefore.start && b.read)
      : undefined;
  const grew = ofFigure
    ? lowerFirst(labelWithoutUnit(ofFigure.label))
    : subjectBefore(tokens, relative ? growthVerb - 2 : growthVerb, ctx.region);
  const over = phraseAfter(tokens, last + 1);
  // "the number of rural poor fell by N": a falling verb names a decrease.
  const falling = FALLING_VERBS.has(tokens[growthVerb]!.lemma);
  const noun = changeName(fig, falling);
  return grew
    ? `${noun} of ${grew}${over ? ` ${over}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`
    : undefined;
};

const FALLING_NOUNS = new Set(["decrease", "fall", "decline", "drop", "reduction"]);
/** The most words between "a" and its change noun ("year - on - year", "annual", "further"). */
const CHANGE_MODIFIER_TOKENS = 6;

/** "Growth"/"Fall" for a rate, "Increase"/"Decrease" for an amount or count. */
function changeName(fig: FigureSpan, falling: boolean): string {
  return fig.kind === "percent" ? (falling ? "Fall" : "Growth") : falling ? "Decrease" : "Increase";
}

/** An apposition naming a change, read back from its figure: ", [participle] [a] [modifiers] NOUN of [fillers] N". */
type ChangeApposition = {
  /** The change falls ("a drop of N"). */
  falling: boolean;
  /** The comma that opens the apposition. */
  comma: number;
  /** Its determiner ("a", "an", "the"), or undefined when the noun follows the comma. */
  article?: Token;
  /** The words between the determiner and the noun ("year - on - year", "net"). */
  modifiers: Token[];
  /** Nothing but a determiner between the comma and the noun, nor between "of" and the figure. */
  bare: boolean;
};

/** The apposition naming a change right before the figure at `first`, or undefined. */
function changeApposition(tokens: Token[], first: number): ChangeApposition | undefined {
  let of = first - 1;
  while (of > 0 && FILLERS.has(tokens[of]!.lemma) && tokens[of]!.lemma !== "total") of--;
  const noun = tokens[of - 1];
  if (tokens[of]?.lemma !== "of" || !noun || !CHANGE_NOUNS.has(noun.lemma)) return undefined;
  // Back from the noun past the words that qualify the change, to its determiner; a verb, a number
  // or a comma ends them.
  let at = of - 2;
  const qualifies = (t: Token) => t.pos !== "DET" && t.pos !== "VERB" && t.pos !== "NUM" && t.text !== ",";
  while (at >= 0 && of - 2 - at < CHANGE_MODIFIER_TOKENS && qualifies(tokens[at]!)) at--;
  const article = tokens[at]?.pos === "DET" ? tokens[at] : undefined;
  if (!article && at !== of - 2) return undefined;
  const opens = article ? at : of - 1;
  // "…, representing an increase of N": a participle may stand between the comma and the article.
  const participle = tokens[opens - 1]?.pos === "VERB";
  const comma = participle ? opens - 2 : opens - 1;
  if (tokens[comma]?.text !== ",") return undefined;
  const modifiers = article ? tokens.slice(at + 1, of - 1) : [];
  const bare = of === first - 1 && modifiers.length === 0 && !participle;
  return { falling: FALLING_NOUNS.has(noun.lemma), comma, modifiers, bare, ...(article ? { article } : {}) };
}

/** The label of a change read in an apposition: "Increase of X[ year on year][ over …]". */
function changeLabel(
  tokens: Token[],
  fig: FigureSpan,
  first: number,
  change: ChangeApposition,
  changedLabel: string,
): string {
  const what = lowerFirst(labelWithoutUnit(changedLabel));
  const yearOnYear = /\byear-on-year\b/i.test(text(change.modifiers)) ? " year on year" : "";
  const over = phraseAfter(tokens, lastToken(tokens, fig, first) + 1);
  return `${changeName(fig, change.falling)} of ${what}${yearOnYear}${over ? ` ${over}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`;
}

/**
 * "reached 7,340 yuan, a year-on-year increase of 14.6 per cent", "…, representing an increase of
 * N": a change put after a figure as an appositive is that figure's growth (or increase, for an
 * amount). The label (clauseLabel adds the year); undefined for any other shape.
 */
export const appositiveGrowthLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const change = changeApposition(tokens, first);
  if (!change?.article || !/^an?$/i.test(change.article.text)) return undefined;
  const { comma } = change;
  if (ctx.index === undefined || ctx.index === 0) return undefined;
  const before = ctx.figures?.[ctx.index - 1];
  if (!before) return undefined;
  // "invested N Yuan of anti-poverty funds of all kinds, a year-on-year growth of P%": the figure's
  // own phrase may stand between it and the comma, when it holds no verb or figure of its own.
  // "N yuan was from the provincial finance, a year-on-year increase of P%": so may the predicate
  // that places a figure which is its clause's subject ("was" and a prepositional phrase).
  let gap = tokens.slice(tokenAt(tokens, before.end), comma);
  if (gap[0]?.pos === "AUX" && gap[0].lemma === "be" && gap[1]?.pos === "ADP") gap = gap.slice(2);
  if (gap.some((t) => ["VERB", "AUX", "NUM", "PUNCT"].includes(t.pos) || t.pos === "PRON")) return undefined;
  // "N households were monitored in the 29 key counties, an increase of M": a place is not what grew,
  // but the figure of its clause before it.
  const grown = ctx.before
    ?.filter((b) => b.read && b.at !== undefined && b.at <= before.start && !b.place && b.kind !== "percent")
    .at(-1);
  // "4,862 yuan, up 19.5%, a net increase of 793 yuan": the growth rate set off after the figure is
  // an aside on it, not a clause between it and its change.
  const from = grown ? tokenAt(tokens, grown.at!) : -1;
  const aside = (k: number) =>
    tokens[k]!.text === "," &&
    ["up", "down"].includes(tokens[k + 1]?.lemma ?? "") &&
    tokens[k + 2]?.pos === "NUM";
  if (!grown || tokens.slice(from, comma).some((t, k) => CLAUSE_PUNCT.has(t.text) && !aside(from + k)))
    return undefined;
  return changeLabel(tokens, fig, first, change, grown.label);
};

const POINTS = /\bpercentage points?\b/i;

/**
 * "Per capita net income … was 4,962 yuan, an increase of 738 yuan over the previous year",
 * "18,600 sample households were monitored, an increase of 2,400 over …": a bare apposition naming a
 * change (", an increase of N"), after the figure it changed. The change of that figure's measure
 * ("Increase of per capita net income … over the previous year"), and for a bare count the unit that
 * figure counts; undefined for any other shape.
 */
export function changeOfLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): { label: string; unit?: string } | undefined {
  const change = changeApposition(tokens, first);
  if (!change?.bare) return undefined;
  // The figure changed: the last one read before the apposition, not a rate when the change is an
  // amount. A change in percentage points ("fell from 30.1% to 24.4%, a decrease of 5.7 percentage
  // points") is a rate's, and counts no thing.
  const points = fig.kind !== "percent" && POINTS.test(fig.written);
  const changed = ctx.before
    ?.filter(
      (b) =>
        b.read &&
        !b.place &&
        (points ? b.kind === "percent" : fig.kind === "percent" ? b.kind !== "percent" : b.kind === fig.kind),
    )
    .at(-1);
  if (!changed) return undefined;
  const label = changeLabel(tokens, fig, first, change, changed.label);
  if (points) return { label: label.replace(/\s*\(percent\)$/, "") };
  return { label, ...(changed.unit && changed.unit !== "items" ? { unit: changed.unit } : {}) };
}
