// A ranking: "Hanzhong trained the most farmers, 5,600, followed by Ankang with 4,100 and Weinan
// with 3,900", "…, then Ankang 4,100". The figures after "followed by" / "then" carry no verb or
// noun of their own: each is the leader's measure (what its clause counts, done by its verb) for
// the place written right before it, and the leader's figure is that measure for the clause's
// subject. Without this the tail figures were labelled by their neighbouring words ("followed by
// Ankang with") and counted in whatever noun came next.
import { countedNoun, type Context, type FigureSpan, lastToken, NO_NOUN } from "./label-figure.js";
import { tokenAt } from "./label-lists.js";
import { NOMINAL } from "./label-phrases.js";
import { verbBefore } from "./label-clauses.js";
import type { Token } from "./nlp.js";
import { pastParticiple } from "../text/participles.js";

/** A figure's label and, for a count, the noun its leader counts. */
export type RankedLabel = { label: string; unit?: string };

/** Token index of "followed" in ", followed by" or of "then" in ", then", right after token `after`. */
function tailMarker(tokens: Token[], after: number): number {
  if (tokens[after + 1]?.text !== ",") return -1;
  const at = after + 2;
  if (tokens[at]?.lemma === "follow" && tokens[at + 1]?.lemma === "by") return at;
  return tokens[at]?.lemma === "then" ? at : -1;
}

/** The place right before token `end` (past "with" and a comma): a run of proper names. */
function placeBefore(tokens: Token[], end: number): { text: string; start: number } | undefined {
  let at = end;
  if (tokens[at - 1]?.lemma === "with") at--;
  else if (tokens[at - 1]?.text === ",") at--;
  let start = at;
  // "Datong City", "Shenchi County": a name may end in a common noun.
  while (
    start > 0 &&
    (tokens[start - 1]!.pos === "PROPN" || (start === at && tokens[start - 1]!.pos === "NOUN"))
  )
    start--;
  const span = tokens.slice(start, at);
  if (!span.some((t) => t.pos === "PROPN")) return undefined;
  return { text: span.map((t) => t.text).join(" "), start };
}

/**
 * The leader's measure: what its clause counts ("the most villages, 312": "Villages"; "finished 312
 * villages": "Villages"), the verb's past participle and the subject, a place. `leadFirst`/`leadLast`:
 * the leader figure's tokens.
 */
function leaderMeasure(
  tokens: Token[],
  lead: FigureSpan,
  leadFirst: number,
): { thing: string; unit?: string; done: string; subject: string } | undefined {
  let nounEnd = leadFirst;
  let thing = countedNoun(lead);
  // "the most villages, 312": the noun phrase set before the figure by a comma names it.
  if (tokens[leadFirst - 1]?.text === ",") {
    let end = leadFirst - 1;
    let start = end;
    while (start > 0 && tokens[start - 1]!.pos === "NOUN") start--;
    if (start < end) {
      thing ??= tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(" ");
      nounEnd = start;
      // Past the superlative and its article ("the most", "the largest number of").
      while (nounEnd > 0 && ["DET", "ADJ", "ADP"].includes(tokens[nounEnd - 1]!.pos)) nounEnd--;
      end = nounEnd;
    }
  }
  thing ??= NO_NOUN[lead.kind];
  if (!thing) return undefined;
  const verbAt = verbBefore(tokens, nounEnd);
  if (verbAt < 0 || verbAt !== nounEnd - 1 || tokens[verbAt]!.lemma === "be") return undefined;
  const subject = placeBefore(tokens, verbAt);
  if (!subject) return undefined;
  const unit = lead.kind === "count" ? thing.split(/\s+/).at(-1)!.toLowerCase() : undefined;
  return {
    thing: `${thing.charAt(0).toUpperCase()}${thing.slice(1)}`,
    ...(unit ? { unit } : {}),
    done: pastParticiple(tokens[verbAt]!.lemma),
    subject: subject.text,
  };
}

/** The figure's label when it leads or trails a ranking; undefined for any other sentence. */
export function rankingLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): RankedLabel | undefined {
  const figures = ctx.figures;
  if (!figures || ctx.index === undefined) return undefined;
  const spanOf = (i: number): FigureSpan => {
    const f = figures[i]!;
    const written = tokens
      .filter((t) => t.start >= f.start && t.end <= f.end)
      .map((t) => t.text)
      .join(" ");
    return i === ctx.index ? fig : { ...f, written };
  };
  // The leader: the figure right before ", followed by" / ", then", with nothing but places, "with",
  // "and", commas and other figures of its kind between it and this one.
  for (let lead = ctx.index; lead >= 0; lead--) {
    const leadSpan = figures[lead]!;
    if (leadSpan.kind !== fig.kind) return undefined;
    const leadFirst = tokenAt(tokens, leadSpan.start);
    const leadLast = lastToken(tokens, leadSpan as FigureSpan, leadFirst);
    const marker = tailMarker(tokens, leadLast);
    if (marker < 0) {
      if (lead === ctx.index) continue;
      // Between two tail figures: only a place and its joiners.
      const gap = tokens.filter((t) => t.start >= leadSpan.end && t.end <= figures[lead + 1]!.start);
      if (
        !gap.every((t) => t.pos === "PROPN" || NOMINAL.has(t.pos) || ["with", "and", ","].includes(t.lemma))
      )
        return undefined;
      continue;
    }
    if (lead === ctx.index) {
      // This figure leads: its own figure is written with its noun or after it.
      const measure = leaderMeasure(tokens, fig, first);
      return (
        measure && { label: `${measure.thing} ${measure.done} by ${measure.subject}`, ...unitOf(measure) }
      );
    }
    // The figures between the marker and this one, and the place before this one.
    const gap = tokens.slice(marker + (tokens[marker]!.lemma === "follow" ? 2 : 1), first);
    if (gap.some((t) => ["VERB", "AUX"].includes(t.pos) || t.text === ";")) return undefined;
    const place = placeBefore(tokens, first);
    if (!place) return undefined;
    const measure = leaderMeasure(tokens, spanOf(lead), leadFirst);
    if (!measure) return undefined;
    return { label: `${measure.thing} ${measure.done} by ${place.text}`, ...unitOf(measure) };
  }
  return undefined;
}

const unitOf = (m: { unit?: string }) => (m.unit ? { unit: m.unit } : {});
