// Who or what a figure's label names as its doer or owner: the doer of a participle, infinitive or
// relative clause ("…, benefiting N people": the projects), a figure named as a doer by its label,
// and the owner of a measure in a clause added after an amount. clauseLabel in labels.ts adds these
// to the labels it builds from a verb.
import { LINKING, verbBefore } from "./label-clauses.js";
import type { Before, Context } from "./label-figure.js";
import {
  chunkRight,
  isRegion,
  joinCapped,
  lowerFirst,
  NOMINAL,
  trimEdges,
  labelWithoutUnit,
} from "./label-phrases.js";
import { subjectBefore } from "./label-subjects.js";
import { type Adjunct, adjunctOf, relativePronounAt } from "./label-verbs.js";
import type { Token } from "./nlp.js";
import { singularUnit } from "./units.js";

/**
 * Who acts in a participle, infinitive or relative clause: for a relative clause, the figure before
 * "which"; for a passive main clause ("loans were issued …, supporting N households"), its subject.
 */
export function adjunctAgent(
  tokens: Token[],
  verbAt: number,
  adjunct: Adjunct,
  ctx: Context,
): string | undefined {
  const read = ctx.before?.filter((b) => b.read && b.head && b.at !== undefined) ?? [];
  if (adjunct === "relative") {
    // "58,600 were students …, who received …": a figure named by its predicate has no bare noun;
    // its label is who "who" stands for.
    const last = ctx.before?.filter((b) => b.read && b.at !== undefined).at(-1);
    if (tokens[verbAt - 1]?.lemma === "who" && last && !last.head)
      return lowerFirst(labelWithoutUnit(last.label));
    // Only a figure before the pronoun is what it stands for ("N enterprises, which drove …"), not
    // one of the clause itself; with none, the noun phrase before ", which" is ("Jiangsu Province,
    // which provided N").
    const pronoun = relativePronounAt(tokens, verbAt);
    const bound = pronoun >= 0 ? tokens[pronoun]!.start : tokens[verbAt]!.start;
    const figureBefore = ctx.before?.some((b) => b.at !== undefined && b.at < bound);
    const head = figureBefore ? read.filter((b) => b.at! < bound).at(-1)?.head : antecedent(tokens, pronoun);
    // "38,400 poor households …, each of which received a subsidy of N": the clause is about each
    // of them, so the figure is per one of them ("received by each poor household"), not their total.
    const each = tokens[verbAt - 2]?.lemma === "of" && tokens[verbAt - 3]?.lemma === "each";
    return head && each ? `each ${head.replace(/\S+$/, (w) => singularUnit(w))}` : head;
  }
  // The main verb: past other adjuncts and bare verbs completing them ("help N households develop").
  let main = verbBefore(tokens, verbAt);
  while (
    main > 0 &&
    (adjunctOf(tokens, main) !== undefined ||
      (tokens[main]!.text === tokens[main]!.lemma && NOMINAL.has(tokens[main - 1]!.pos)))
  )
    main = verbBefore(tokens, main);
  if (main < 0) return read.at(-1)?.head;
  // "was issued", "had been put" (not "had issued", "was helping"): a form of "be" before the verb.
  const passive = tokens[main - 1]?.lemma === "be" && !/ing$/.test(tokens[main]!.text);
  const at = tokens[main]!.start;
  // "N Yuan of loans was issued …": the passive subject holds a figure, and that figure's noun is it.
  const subjectFigure = read.filter((b) => b.at! < at).at(-1);
  if (passive) return (subjectFigure && named(subjectFigure)) ?? subjectBefore(tokens, main, ctx.region);
  // Active: a participle's doer is the main clause's subject ("the projects …, benefiting N people");
  // when that is only the report's region, and for an infinitive of purpose ("issued N Yuan of small
  // loans to help …"), it is what the main verb acted on, the noun of its first figure.
  // "The projects promoted …, printed … and made …, benefiting …": verbs in a series share the
  // first one's subject.
  let subject: string | undefined;
  for (let v = main, n = 0; adjunct === "participle" && v >= 0 && !subject && n < 6; n++) {
    subject = subjectBefore(tokens, v, ctx.region);
    v = verbBefore(tokens, v);
  }
  if (subject && !isRegion(subject, ctx.region)) return subject;
  const object = read.find((b) => b.at! > at && b.at! < tokens[verbAt]!.start);
  return (object && named(object)) ?? (chunkRight(tokens, main + 1).text || undefined);
}

/** The most tokens a name's bracketed part may hold ("Foshan (Yunfu) Industrial Transfer Park"). */
const NAME_BRACKET_MAX_TOKENS = 4;
/** The longest noun phrase read back from ", which": bounded, so each figure's reading stays short. */
const ANTECEDENT_MAX_TOKENS = 12;

/**
 * The noun phrase before ", which" at `pronoun`, a bracketed part of a name included; undefined
 * when it holds a number or no noun.
 */
function antecedent(tokens: Token[], pronoun: number): string | undefined {
  if (pronoun < 2 || tokens[pronoun - 1]?.text !== ",") return undefined;
  const end = pronoun - 1;
  let start = end;
  // A capitalised word is part of a name whatever its tag ("Industrial Transfer Park": "Transfer" read as a verb).
  const word = (t: Token) =>
    NOMINAL.has(t.pos) || t.pos === "ADJ" || t.text === "-" || t.text === "'s" || /^[A-Z][a-z]/.test(t.text);
  while (start > 0 && end - start < ANTECEDENT_MAX_TOKENS) {
    const t = tokens[start - 1]!;
    if (word(t)) start--;
    else if (t.text === ")") {
      const from = Math.max(0, start - 2 - NAME_BRACKET_MAX_TOKENS);
      const open = tokens.slice(from, start - 1).findLastIndex((x) => x.text === "(");
      if (open < 0) break;
      start = from + open;
    } else break;
  }
  const words = tokens.slice(start, end);
  if (!words.some((t) => NOMINAL.has(t.pos)) || words.some((t) => t.pos === "NUM")) return undefined;
  return joinCapped(trimEdges(tokens[start - 1]?.pos === "DET" ? tokens.slice(start - 1, end) : words));
}

// A figure named as the doer: its label without remarks ("loans issued for the mutual aid
// societies") says which of several like things acted; a label that is not its noun's gives the noun.
export function named(b: Before): string | undefined {
  const label = labelWithoutUnit(b.label);
  if (!b.head || !label.toLowerCase().startsWith(b.head.toLowerCase())) return b.head;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The owner of a measure in a clause ", and the X reached N" or "; the X reached N" (X with no "of"
 * phrase but "the number of", no figure): the nearest amount of money before it read with a noun, by
 * its label; with none, what the clause before is about (below). Also after a plain "and" right
 * after a figure ("reached N mu and the output value was M"). Undefined for any other shape.
 */
export function ownerOfAddedMeasure(
  tokens: Token[],
  verbAt: number,
  before: Before[],
  region = "",
): string | undefined {
  let i = verbAt - 1;
  while (i >= 0 && tokens[i]!.pos !== "PUNCT" && tokens[i]!.pos !== "CCONJ") i--;
  const commaAnd = tokens[i]?.lemma === "and" && tokens[i - 1]?.text === ",";
  const figureAnd =
    tokens[i]?.lemma === "and" && (tokens[i - 1]?.pos === "NUM" || tokens[i - 2]?.pos === "NUM");
  // ", and the X …" or "; the X …".
  if (!commaAnd && !figureAnd && tokens[i]?.text !== ";") return undefined;
  const subject = tokens.slice(i + 1, verbAt);
  // "the number of visits": a count's own "of", no owner named.
  const countOf = (t: Token, k: number) => t.lemma === "of" && subject[k - 1]?.lemma === "number";
  if (
    subject[0]?.lemma !== "the" ||
    subject.some(
      (t, k) => t.pos === "NUM" || (["of", "for", "from", "in"].includes(t.lemma) && !countOf(t, k)),
    )
  )
    return undefined;
  // The nearest amount: "invested N yuan of discount funds, and banks issued M yuan of small
  // loans …; the income growth per household reached P" is the loans'.
  const amount = figureAnd
    ? undefined
    : before
        .filter(
          (b) => b.read && b.kind === "money" && b.head && b.at !== undefined && b.at < tokens[i]!.start,
        )
        .at(-1);
  // An amount per unit ("the income growth per household reached N, and the repayment rate …") is a
  // measure itself, no stock a rate or a growth could be of.
  if (amount && /\bper\b/i.test(amount.label)) return undefined;
  if (amount) return named(amount);
  if (before.some((b) => b.kind === "money" && b.at !== undefined && b.at < tokens[i]!.start))
    return undefined;
  return priorClauseOwner(tokens, i, region);
}

/**
 * What the clause ending before `joint` is about: its subject ("the website of X published N
 * pieces, and the number of visits was M": the website's visits), or, when that subject is itself
 * a measure completed by a linking verb ("the planting area of X reached N mu and the output value
 * was M"), what it measures (X). Undefined when the clause has no such subject.
 */
function priorClauseOwner(tokens: Token[], joint: number, region: string): string | undefined {
  // The clause's own verb, past participles and relative clauses added to it (", covering N villages").
  let prior = verbBefore(tokens, joint);
  // (Not an infinitive: in "drove N households to develop …" the households are what it is about.)
  while (prior >= 0 && ["participle", "relative"].includes(adjunctOf(tokens, prior) ?? ""))
    prior = verbBefore(tokens, prior);
  if (prior < 0) return undefined;
  // "X were launched in N counties, and the planned investment was M": a passive clause's subject
  // is what was acted on, often a programme whose own parts follow; the measure stays unowned.
  if (tokens[prior - 1]?.lemma === "be" && tokens[prior - 1]?.pos === "AUX") return undefined;
  const subject = subjectBefore(tokens, prior, region);
  if (!subject || isRegion(subject, region)) return undefined;
  if (!LINKING.has(tokens[prior]!.lemma)) return subject.replace(/^The\b/, "the");
  const of = /\sof\s+(.+)$/i.exec(subject);
  return of ? of[1] : undefined;
}
