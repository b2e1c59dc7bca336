// Who or what a figure's label names as its doer or owner: the doer of a participle, infinitive or
// relative clause ("…, benefiting N people": the projects), a figure named as a doer by its label,
// and the owner of a measure in a clause added after an amount. clauseLabel in labels.ts adds these
// to the labels it builds from a verb.
import { verbBefore } from "./label-clauses.js";
import type { Before, Context } from "./label-figure.js";
import { chunkRight, isRegion, lowerFirst, NOMINAL } from "./label-phrases.js";
import { subjectBefore } from "./label-subjects.js";
import { type Adjunct, adjunctOf } from "./label-verbs.js";
import type { Token } from "./nlp.js";

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
      return lowerFirst(last.label.replace(/\s*\([^)]*\)$/, ""));
    return read.at(-1)?.head;
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

// A figure named as the doer: its label without remarks ("loans issued for the mutual aid
// societies") says which of several like things acted; a label that is not its noun's gives the noun.
export function named(b: Before): string | undefined {
  const label = b.label.replace(/\s*\([^)]*\)$/, "");
  if (!b.head || !label.toLowerCase().startsWith(b.head.toLowerCase())) return b.head;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The owner of a measure in a clause ", and the X reached N" or "; the X reached N" (X with no "of"
 * phrase, no figure): the nearest amount of money before it read with a noun, by its label.
 * Undefined for any other shape.
 */
export function ownerOfAddedMeasure(tokens: Token[], verbAt: number, before: Before[]): string | undefined {
  let i = verbAt - 1;
  while (i >= 0 && tokens[i]!.pos !== "PUNCT" && tokens[i]!.pos !== "CCONJ") i--;
  // ", and the X …" or "; the X …".
  if (!(tokens[i]?.lemma === "and" && tokens[i - 1]?.text === ",") && tokens[i]?.text !== ";")
    return undefined;
  const subject = tokens.slice(i + 1, verbAt);
  if (
    subject[0]?.lemma !== "the" ||
    subject.some((t) => t.pos === "NUM" || ["of", "for", "from", "in"].includes(t.lemma))
  )
    return undefined;
  // The nearest amount: "invested N yuan of discount funds, and banks issued M yuan of small
  // loans …; the income growth per household reached P" is the loans'.
  const amount = before
    .filter((b) => b.read && b.kind === "money" && b.head && b.at !== undefined && b.at < tokens[i]!.start)
    .at(-1);
  // An amount per unit ("the income growth per household reached N, and the repayment rate …") is a
  // measure itself, no stock a rate or a growth could be of.
  if (amount && /\bper\b/i.test(amount.label)) return undefined;
  return amount ? named(amount) : undefined;
}
