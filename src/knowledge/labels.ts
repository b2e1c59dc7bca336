// Labels from the sentence's grammar, for figures no annotation names. A question is matched
// against a figure's label first, so the label must say what the figure quantifies: its noun
// phrase, the verb that acts on it, who acted and the modifiers ("Special anti-poverty funds
// allocated by the provincial government to the key counties"), not the clause with the figure cut
// out. The sentence is tagged once (wink-nlp part-of-speech tags); the rules read tags, not the
// report's words:
// - what is quantified: the noun after "N of" ("1.1 billion yuan of special funds"), the counted
//   noun ("5853 households"), the noun before "of N" ("village roads of 3005 km"), the subject when
//   the figure completes it ("income reached N"), or, for a figure that is itself the subject of
//   a part ("of which N was from the central government"), the total's noun and that predicate;
// - a growth figure ("up N%", "increased by N") is tied to what grew: the subject of its clause;
// - a share ("N% of the annual plan", "N% beyond the scheduled task") to the figure before it;
// - a figure followed by "last year" / "the previous year" / "in 2010" gets that year.
// Curated annotations still override the label (load.ts applies them afterwards).
import { isYearText } from "../text/years.js";
import { frontedPlace, withFrontedPlace } from "./label-fronted.js";
import { gappedItem, subjectGappedItem } from "./label-gapped.js";
import { figureRun, type Placed, respectiveNames, respectivelyList, tokenAt } from "./label-lists.js";
import { isPlace, isWholeOfPart, partOfWhole, placeClause, placePreposition } from "./label-places.js";
import {
  type Adjunct,
  adjunctOf,
  hasIrregularParticiple,
  isPastParticiple,
  pastParticiple,
  seriesInfinitive,
} from "./label-verbs.js";
import { partOfThem, partOfWholeAfter } from "./label-them.js";
import type { Token } from "./nlp.js";
import { opensParts } from "./of-which.js";

export type FigureSpan = { start: number; end: number; kind: string; written: string };
/** The label, the year when the sentence ties the figure to another one, and the bare noun phrase. */
/** `ofWhole`: the unit is the one of the whole this figure is a part of, over any noun read after it. */
export type GrammarLabel = {
  label: string;
  year?: number;
  head?: string;
  place?: boolean;
  unit?: string;
  ofWhole?: boolean;
};
/** The sentence's figures before this one, in order: their labels, kinds, and whether the rules read them. */
type Before = GrammarLabel & { kind: string; read: boolean; at?: number };
/** `figures`: every figure of the sentence in order, and `index` this one's place among them. */
type Context = {
  region: string;
  year: number | null;
  before?: Before[];
  totalHead?: string;
  figures?: Placed[];
  index?: number;
};

const CLAUSE_PUNCT = new Set([",", ";", ":", "(", ")", "—", "–"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);
/** Verbs that only link a subject to its figure: the subject alone says what the figure is. */
const LINKING = new Set(["be", "reach", "total", "amount", "stand", "hit", "exceed", "come", "top"]);
// Verbs that change an amount by a figure ("increased its funds by N", "reduced its poor population
// by N"); those in FALLING_VERBS name a decrease.
const FALLING_VERBS = new Set(["decrease", "fall", "drop", "decline", "reduce", "lower"]);
const GROWTH_VERBS = new Set(["increase", "grow", "rise", ...FALLING_VERBS]);
const FILLERS = new Set([
  "total",
  "nearly",
  "about",
  "around",
  "approximately",
  "over",
  "more",
  "than",
  "almost",
]);
const MAX_WORDS = 14;
/** What a figure of each kind is, when the sentence names no noun for it. */
const NO_NOUN: Record<string, string> = { money: "Funds", length: "Length", area: "Area" };

export function grammarLabel(tokens: Token[], fig: FigureSpan, ctx: Context): GrammarLabel | undefined {
  const first = tokens.findIndex((t) => t.end > fig.start);
  if (first < 0) return undefined;
  const read = clauseLabel(tokens, fig, ctx, first);
  if (!read) return read;
  const place = frontedPlace(tokens, first);
  return place ? { ...read, label: withFrontedPlace(read.label, place) } : read;
}

/** The label the figure's own clause gives; `first`: the figure's first token. */
function clauseLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): GrammarLabel | undefined {
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < fig.end) last++;
  const lastYears = lastYearItWas(tokens, first);
  const year =
    yearAfter(tokens, last, ctx.year) ??
    changedFromYear(tokens, first, last, ctx.year) ??
    (lastYears && ctx.year !== null ? ctx.year - 1 : undefined);
  let head: string | undefined;
  const withYear = (label: string | undefined): GrammarLabel | undefined =>
    label && label.length >= 3
      ? { label: tidy(label), ...(year !== undefined ? { year } : {}), ...(head ? { head } : {}) }
      : undefined;

  // "moved N households and M people, respectively P% and Q% beyond the scheduled task": each
  // figure of the list is read against the figure at its own position in the list before it.
  const listed =
    ctx.figures && ctx.index !== undefined ? respectivelyList(tokens, ctx.figures, ctx.index) : undefined;
  if (listed) {
    const paired = (ctx.before ?? [])
      .filter((b) => b.at !== undefined && b.at < listed.listStart && b.read)
      .filter((b) => fig.kind !== "percent" || b.kind !== "percent")
      .slice(-listed.length);
    if (paired.length === listed.length) {
      const whose = paired[listed.position]!.label.replace(/\s*\([^)]*\)$/, "");
      const shared = phraseAfter(tokens, listed.sharedFrom)?.replace(/,?\s*respectively$/i, "");
      return withYear(`${whose}${shared ? ` ${shared}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`);
    }
    // "the income of farmers in A, B and C reached N, M and P respectively": each figure is the
    // subject for the name at its position (label-lists.ts).
    const verbAt = verbBefore(tokens, tokenAt(tokens, listed.listStart));
    const rightAfter = verbAt >= 0 && tokenAt(tokens, listed.listStart) === verbAt + 1;
    const names =
      rightAfter && LINKING.has(tokens[verbAt]!.lemma)
        ? respectiveNames(tokens, verbAt, listed.length)
        : undefined;
    if (names) return withYear(`${names.prefix} ${names.names[listed.position]}`);
  }
  // "moved N households and M people out of mountain areas": the words after the list's last item
  // qualify every item of it.
  const sharedAfter = () => {
    if (!ctx.figures || ctx.index === undefined) return undefined;
    const run = figureRun(tokens, ctx.figures, ctx.index);
    const items = ctx.figures.slice(run.from, run.to + 1);
    if (run.to === ctx.index || !items.every((f) => f.kind === fig.kind)) return undefined;
    // "supported N enterprises, M more than the previous year": the last figure is a change, no item
    // of a list, and what follows it is its own.
    if (changeOverYear(tokens, tokenAt(tokens, ctx.figures[run.to]!.end) - 1)) return undefined;
    // Up to its first "and": the shared words are read into each item's label, and a label the
    // length of the sentence says less about its own item.
    const shared = phraseAfter(tokens, tokenAt(tokens, ctx.figures[run.to]!.end));
    return shared?.replace(/\s+and\s.*$/, "");
  };

  // "142,600 of them realized …": a part of the count before it (label-them.ts).
  const ofThem =
    fig.kind === "count" && !/[A-Za-z]/.test(fig.written)
      ? partOfThem(tokens, first, last, ctx.before ?? [], phraseAfter)
      : undefined;
  if (ofThem) return { ...withYear(ofThem.label)!, unit: ofThem.unit, ofWhole: true };
  // "25 of the 28 planned pilot projects had been completed": a part of the whole written after it.
  const ofWholeAfter =
    fig.kind === "count" && !/[A-Za-z]/.test(fig.written)
      ? partOfWholeAfter(tokens, first, last, phraseAfter)
      : undefined;
  if (ofWholeAfter) return { ...withYear(ofWholeAfter.label)!, unit: ofWholeAfter.unit, ofWhole: true };
  // "N Yuan came from the centre, M Yuan from the province": a later item without its verb (label-gapped.ts).
  const gapped = gappedItem(
    tokens,
    first,
    last,
    fig.kind,
    ctx.before ?? [],
    [ctx.totalHead, frontedWhole(tokens), NO_NOUN[fig.kind]],
    phraseAfter,
  );
  if (gapped) return withYear(gapped);
  const subjectGapped = subjectGappedItem(
    tokens,
    first,
    fig.kind,
    ctx.before ?? [],
    [ctx.totalHead, NO_NOUN[fig.kind]],
    pastParticiple,
  );
  if (subjectGapped) return withYear(subjectGapped);

  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  // "trained N people this year, against M last year": M is the same measure in another year, so
  // it takes the label (and a count its noun) of the figure of its kind before it.
  if (
    year !== undefined &&
    (prev?.lemma === "against" || (prev?.lemma === "with" && prev2?.lemma === "compare") || lastYears)
  ) {
    const same = ctx.before?.filter((b) => b.kind === fig.kind && b.read).at(-1);
    if (same)
      return {
        label: same.label,
        year,
        ...(same.head ? { head: same.head } : {}),
        ...(same.unit ? { unit: same.unit } : {}),
      };
  }
  // "1.6 percentage points higher than the growth rate of the whole province" (after "which was"
  // too): the points are a gap to the rate after "than", which the label names whole.
  const gap = pointsGap(tokens, last);
  if (gap) return withYear(gap);
  // A plan stated with its figure: "103% of the annual plan (200,000 people)", "97.6% of the annual plan
  // of 60,000 people": the figure is that plan, for what the figure before it counts.
  const plan = fig.kind === "count" ? planNamed(tokens, first) : undefined;
  if (plan) {
    const whose = ctx.before
      ?.filter((b) => b.kind === "count" && b.read && !b.place)
      .at(-1)
      ?.label.replace(/\s*\([^)]*\)$/, "");
    return withYear(whose ? `${plan} for ${whose.charAt(0).toLowerCase()}${whose.slice(1)}` : plan);
  }
  // "…, 41 more than the previous year", "The total was N Yuan more than the previous year": the
  // figure is the change over that year, of the figure just before it (a bare number after a comma)
  // or of the subject it completes.
  const change = fig.kind !== "percent" ? changeOverYear(tokens, last) : undefined;
  if (change) {
    const noun = change.more ? "Increase" : "Decrease";
    const over = `over ${change.year}`;
    const before = ctx.before?.filter((b) => b.read && b.kind === fig.kind).at(-1);
    if (prev?.text === "," && before) {
      const whose = before.label.replace(/\s*\([^)]*\)$/, "");
      return {
        ...withYear(`${noun} of ${whose.charAt(0).toLowerCase()}${whose.slice(1)} ${over}`)!,
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
    if (subject) return withYear(`${noun} of ${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${over}`);
  }
  // A growth figure: "up 35.2%", "increased by 46.3 million Yuan", "a rise of 5%".
  const growthVerb = prev?.lemma === "by" && prev2 && GROWTH_VERBS.has(prev2.lemma) ? first - 2 : -1;
  if ((prev?.lemma === "up" || prev?.lemma === "down") && fig.kind === "percent") {
    const clauseVerb = verbBefore(tokens, first);
    const over = phraseAfter(tokens, last + 1);
    // "provided N Yuan of aid funds for X, up P% over …": what grew is the figure the verb acted on
    // just before (not a growth itself), not the clause's subject.
    const object = ctx.before?.filter((b) => b.read && b.kind !== "percent" && b.at !== undefined).at(-1);
    const objectAt = object ? tokens.findIndex((t) => t.start >= object.at!) : -1;
    if (
      object &&
      clauseVerb >= 0 &&
      tokens[clauseVerb]!.pos === "VERB" &&
      object.year === undefined &&
      objectAt > clauseVerb &&
      !/^(?:Growth|Increase) of\b/.test(object.label) &&
      !tokens.slice(objectAt, first).some((t) => t.pos === "VERB" || t.pos === "AUX")
    ) {
      const grown = object.label.replace(/\s*\([^)]*\)$/, "");
      return withYear(
        `Growth of ${grown.charAt(0).toLowerCase()}${grown.slice(1)}${over ? ` ${over}` : ""} (percent)`,
      );
    }
    // "increased its funds by N Yuan …, up P%": the share grew what the increase before it did.
    const increase = ctx.before?.filter((b) => b.read && b.kind !== "percent").at(-1);
    if (
      increase &&
      /^Increase of\b/.test(increase.label) &&
      clauseVerb >= 0 &&
      objectGrown(tokens, tokens.findIndex((t) => t.start >= increase.at!) - 1)
    )
      return withYear(
        `${increase.label.replace(/^Increase/, "Growth").replace(/\s*\([^)]*\)$/, "")} (percent)`,
      );
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
        const grown = object.label.replace(/\s*\([^)]*\)$/, "");
        return withYear(
          `Growth of ${grown.charAt(0).toLowerCase()}${grown.slice(1)}${over ? ` ${over}` : ""} (percent)`,
        );
      }
    }
    return withYear(grew ? `Growth of ${grew}${over ? ` ${over}` : ""} (percent)` : undefined);
  }
  // "The provincial finance increased its special funds by N": what grew is the verb's object (the
  // subject is who raised it), not the subject.
  const raised = prev?.lemma === "by" && growthVerb < 0 ? objectGrown(tokens, first - 1) : undefined;
  if (raised) {
    const who = subjectBefore(tokens, raised.verbAt, ctx.region);
    const over = phraseAfter(tokens, last + 1);
    const falling = FALLING_VERBS.has(tokens[raised.verbAt]!.lemma);
    const noun = fig.kind === "percent" ? (falling ? "Fall" : "Growth") : falling ? "Decrease" : "Increase";
    const by = who && !isRegion(who, ctx.region) ? ` by ${who.replace(/^The\b/, "the")}` : "";
    return withYear(
      `${noun} of ${raised.object}${by}${over ? ` ${over}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`,
    );
  }
  if (growthVerb >= 0) {
    // "Among the central funds, which increased by N%, …": a relative clause's subject is the noun it follows.
    const relative =
      growthVerb >= 3 && tokens[growthVerb - 1]!.lemma === "which" && tokens[growthVerb - 2]!.text === ",";
    const grew = subjectBefore(tokens, relative ? growthVerb - 2 : growthVerb, ctx.region);
    const over = phraseAfter(tokens, last + 1);
    // "the number of rural poor fell by N": a falling verb names a decrease.
    const falling = FALLING_VERBS.has(tokens[growthVerb]!.lemma);
    const noun = fig.kind === "percent" ? (falling ? "Fall" : "Growth") : falling ? "Decrease" : "Increase";
    return withYear(
      grew
        ? `${noun} of ${grew}${over ? ` ${over}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`
        : undefined,
    );
  }
  // A share: "accounting for 103% of the annual plan", "17.06% beyond the scheduled task".
  if (fig.kind === "percent") {
    const after = phraseAfter(tokens, last + 1);
    // The share is of the figure before it (a count or an amount, not another share).
    // Not a place ("… N people in 1,870 villages, accounting for 110.5% of the plan": the people).
    // "the task had been completed in 2,532 villages, fulfilling 105.5% of the annual task": with no
    // other figure before it, the places are what the share measures.
    const shareOf = ctx.before?.filter((b) => b.kind !== "percent" && b.read);
    const whose = (
      shareOf?.filter((b) => !b.place).at(-1) ?? (/^of\b/i.test(after ?? "") ? shareOf?.at(-1) : undefined)
    )?.label.replace(/\s*\([^)]*\)$/, "");
    if (after && whose)
      return withYear(`${whose} ${/^of\b/i.test(after) ? `as a share ${after}` : after} (percent)`);
  }

  // "150 million Yuan of provincial funds (30 million Yuan per county)", "…, 15 million Yuan for each
  // pilot county": an amount with no noun of its own, written right after another amount and followed
  // by "per"/"for each" and a noun, is that amount's share per unit.
  const perAt =
    tokens[last + 1]?.lemma === "per"
      ? last + 2
      : tokens[last + 1]?.lemma === "for" && tokens[last + 2]?.lemma === "each"
        ? last + 3
        : -1;
  const shared = ctx.before?.filter((b) => b.read && b.kind === fig.kind).at(-1);
  if (fig.kind === "money" && perAt > 0 && shared && ["(", ","].includes(prev?.text ?? "")) {
    const unit = chunkRight(tokens, perAt);
    if (unit.text) return withYear(`${shared.label.replace(/\s*\([^)]*\)$/, "")} per ${unit.text}`);
  }

  // "including fiscal special funds (RMB 2.736 billion)", "a poor population (6.03 million)": a
  // figure alone in brackets after a noun phrase is what that phrase names.
  if (fig.kind !== "percent" && prev?.text === "(" && tokens[last + 1]?.text === ")") {
    const named = bracketedFor(tokens, first - 1);
    if (named) return withYear(named);
  }

  // "bringing the number of students at school to 27,400", "raised the subsidy to N": a verb of
  // change with its object and "to" before the figure; the figure is the object's new value.
  const raisedTo = prev?.lemma === "to" ? changedObject(tokens, first - 1) : undefined;
  if (raisedTo) return withYear(raisedTo);

  // What the figure quantifies.
  let rest = last + 1;
  const next = tokens[last + 1];
  let headStart = first;
  const counted =
    fig.kind === "count"
      ? fig.written
          .replace(/^\S+(?:\s+(?:thousand|million|billion)\b)?\s*/i, "")
          // "82,000 “Love Packages”": the quoted name is the noun, without its marks.
          .replace(/[“”"]/g, "")
      : "";
  // The count is written with its noun ("2.37 million rural poor people"), not as a bare number.
  const countsANoun = /[A-Za-z]/.test(counted);
  const whole = fig.kind === "count" ? partOfWhole(tokens, last) : undefined;
  if (countsANoun) {
    head = counted;
    // "620 pieces of information", "48 issues of the bulletin": the "of" phrase says what the
    // counted things are, and stays beside them (not after the verb and its doer).
    if (next?.lemma === "of" && ["NOUN", "ADJ"].includes(tokens[last + 2]?.pos ?? "")) {
      const np = chunkRight(tokens, last + 2);
      if (np.text) {
        head = `${head} of ${np.text}`;
        rest = np.end;
      }
    }
  } else if (whole !== undefined) {
    // "239 of the 251 project villages": the part counts the whole's noun.
    const np = chunkRight(tokens, whole);
    head = np.text || undefined;
    rest = np.end;
  } else if (
    next?.lemma === "of" &&
    (NOMINAL.has(tokens[last + 2]?.pos ?? "") || tokens[last + 2]?.pos === "DET")
  ) {
    const np = chunkRight(tokens, last + 2);
    head = np.text || undefined;
    rest = np.end;
  } else if (
    (fig.kind === "area" || fig.kind === "length") &&
    prev?.lemma === "on" &&
    prev2 &&
    NOMINAL.has(prev2.pos)
  ) {
    // "planted navel oranges on N mu, tea gardens on M mu": the area is the land of what stands
    // before "on" (each item of such a list its own), not of the verb's first object.
    const left = chunkLeft(tokens, first - 1);
    head = left?.text;
    headStart = left?.start ?? first;
  } else if (prev?.lemma === "worth" && fig.kind === "money") {
    // "funds and materials worth N Yuan": the figure is the value of the things before "worth".
    const left = quotedLeft(tokens, first - 1) ?? coordinatedLeft(tokens, first - 1);
    head = left?.text;
    headStart = left?.start ?? first;
  } else if (prev?.lemma === "of" && prev2 && NOMINAL.has(prev2.pos) && !FILLERS.has(prev2.lemma)) {
    const left = chunkLeft(tokens, first - 1);
    head = left?.text;
    headStart = left?.start ?? first;
    // "The medical assistance reached 586,000 person-times with funds of N": an adjunct "with X of
    // N" gives the clause's subject its X.
    const verbAt = tokens[headStart - 1]?.lemma === "with" ? verbBefore(tokens, headStart - 1) : -1;
    const owner = verbAt >= 0 ? subjectBefore(tokens, verbAt, ctx.region) : undefined;
    if (head && owner) return withYear(`${head} of ${owner.replace(/^The\b/, "the")}`);
  }

  // The figure as the subject of its own clause: "N was from the central government".
  if (!head && next && (next.pos === "AUX" || next.pos === "VERB")) {
    const predicate = phraseAfter(
      tokens,
      next.pos === "AUX" && tokens[last + 2]?.pos === "VERB" ? last + 2 : last + 2,
      true,
    );
    const after = tokens[last + 2];
    // "was credit poverty alleviation funds": a verb's base form never follows "was", so a word
    // tagged so there, before a noun, is a noun the tagger misread.
    const nounAfter =
      NOMINAL.has(after?.pos ?? "") ||
      (after?.pos === "VERB" &&
        (/(?:ed|ing)$/.test(after.text) || (next.lemma === "be" && after.text === after.lemma)) &&
        NOMINAL.has(tokens[last + 3]?.pos ?? ""));
    const predicateIsNoun = next.lemma === "be" && nounAfter && !/^(?:from|by)\b/.test(predicate ?? "");
    // "2.718 billion Yuan was fiscal poverty alleviation funds (of which N was from …)": the noun is
    // the figure's head too, so its parts borrow it.
    if (predicateIsNoun) {
      const named = withYear(predicate);
      // Only a whole whose parts follow it: otherwise a later adjunct would take it as its doer.
      let end = last + 2;
      while (end < tokens.length && tokens[end]!.pos !== "PUNCT") end++;
      const wholeOfParts = opensParts(tokens, end + 2);
      if (named && predicate && wholeOfParts && !/\s(?:of|for|in|by|to)\s/.test(predicate))
        named.head = predicate;
      return named;
    }
    const verb = next.pos === "VERB" ? `${next.text} ` : tokens[last + 2]?.pos === "VERB" ? "" : "";
    const parent = ctx.totalHead ?? frontedWhole(tokens);
    const noun = NO_NOUN[fig.kind];
    const participle = tokens[last + 2]?.pos === "VERB" && tokens[last + 2]!.text !== tokens[last + 2]!.lemma;
    if (predicate && !parent && noun && next.lemma === "be" && participle) {
      // "A total of N Yuan was invested, of which …": money with no noun of its own is funds, and
      // its parts borrow the whole phrase ("Funds invested from the central government").
      head = `${noun} ${predicate}`;
      const total = prev?.lemma === "of" && prev2?.lemma === "total" ? " (total)" : "";
      // "N Yuan was invested in 198 administrative villages inhabited by …": where the money went
      // is the place's noun phrase, read past its count (which is a figure of its own); the parts
      // still borrow the short phrase.
      let at = last + 2;
      while (at < tokens.length && !["NUM", "PUNCT"].includes(tokens[at]!.pos)) at++;
      const place =
        tokens[at]?.pos === "NUM" && tokens[at - 1]?.pos === "ADP"
          ? phraseAfter(tokens, at + 1, true)
          : undefined;
      const where =
        place && /^[A-Za-z]/.test(place)
          ? ` ${tokens[at - 1]!.text} ${place.charAt(0).toLowerCase()}${place.slice(1)}`
          : "";
      const labelled = withYear(`${head}${where}${total}`);
      if (labelled && where) labelled.head = head;
      return labelled;
    }
    // "Of the total, N Yuan came from the central government": with no whole named, a part of money
    // is funds, as its gapped neighbours are (label-gapped.ts).
    const bare = !parent && noun && /^(?:from|by)\b/.test(predicate ?? "") ? `${noun} ` : "";
    if (predicate)
      return withYear(`${parent ? `${parent} ` : bare}${bare ? verb.toLowerCase() : verb}${predicate}`);
  }

  // "N projects of poverty alleviation by science and technology were arranged for the province":
  // the counted noun is the subject of the passive verb after it, not the object of one before.
  if (head && countsANoun) {
    // Read from the counted noun itself: its own verb's reading keeps the "of" phrase as a modifier.
    const own = passiveAfter(tokens, last + 1) ?? activeAfter(tokens, last + 1);
    // "the drinking water safety problem of 1.12 million people was solved": after a noun and "of",
    // the count completes that noun, which is what the verb acted on.
    const owned =
      own && prev?.lemma === "of" && prev2?.pos === "NOUN" ? chunkLeft(tokens, first - 1) : undefined;
    // Not a noun inside another "of" phrase ("the results of the convergence of two systems were
    // applied"): the verb's subject is further back.
    const outer = owned
      ? tokens[tokens[owned.start - 1]?.pos === "DET" ? owned.start - 2 : owned.start - 1]
      : undefined;
    if (own && owned && outer?.lemma !== "of") return withYear(`${owned.text} of ${counted} ${own}`);
    if (own) return withYear(`${counted} ${own}`);
  }
  const verbAt = verbBefore(tokens, first);
  // "X were launched in N counties, with a total investment of M Yuan": a "with" phrase after a comma
  // gives an attribute of the clause's subject (or of its object), not something the verb acted on.
  const withAt = tokens[headStart - 1]?.pos === "DET" ? headStart - 2 : headStart - 1;
  if (head && verbAt >= 0 && tokens[withAt]?.lemma === "with" && tokens[withAt - 1]?.text === ",") {
    const passive = tokens[verbAt - 1]?.lemma === "be";
    const verbStart = tokens[verbAt]!.start;
    // "87,400 achieved transfer employment, with an average monthly wage of N": a count that is the
    // clause's subject (its number, or number and noun, right before the verbs) is what the
    // attribute describes, by its own label; the verb's object names no one.
    const subjectFigure = ctx.before
      ?.filter((b) => b.read && !b.place && b.kind === "count" && b.at! < verbStart)
      .filter((b) => countBeforeVerb(tokens, b.at!, verbAt))
      .at(-1);
    const object = passive
      ? undefined
      : ctx.before
          ?.filter((b) => b.read && !b.place && b.at! > verbStart)
          .filter((b) => directObject(tokens, verbAt, b.at!))
          .at(-1);
    const next = tokens[verbAt + 1];
    const objectPhrase =
      !passive && (next?.pos === "DET" || NOMINAL.has(next?.pos ?? ""))
        ? chunkRight(tokens, verbAt + 1).text || undefined
        : undefined;
    const whose = subjectFigure
      ? lowerFirst(subjectFigure.label.replace(/\s*\([^)]*\)$/, ""))
      : object
        ? named(object)
        : (objectPhrase ?? (passive ? subjectBefore(tokens, verbAt, ctx.region) : undefined));
    if (whose && !isRegion(whose, ctx.region)) {
      const total = prev?.lemma === "of" && prev2?.lemma === "total" ? " (total)" : "";
      const after = phraseAfter(tokens, rest);
      return withYear(`${head}${after ? ` ${after}` : ""} of ${whose.replace(/^The\b/, "the")}${total}`);
    }
  }
  const verb = verbAt >= 0 ? tokens[verbAt]! : undefined;
  // "The practical technology training for farmers reached 425,000 person-times": after a verb that
  // only links, the counted noun is the unit the subject is measured in; the subject names it.
  // Only a figure right after its verb ("reached a total of N"), not one further on in the clause.
  const rightAfter = (v: number) =>
    tokens.slice(v + 1, first).every((t) => FILLERS.has(t.lemma) || ["a", "of"].includes(t.lemma));
  if (head && countsANoun && verb && verb.lemma !== "be" && LINKING.has(verb.lemma) && rightAfter(verbAt)) {
    const subject = subjectBefore(tokens, verbAt, ctx.region);
    if (subject && !isRegion(subject, ctx.region)) return withYear(`${subject} (${head})`);
  }
  // "the 22 counties had 2.37 million rural poor people": what a subject has is counted in it.
  const having =
    tokens[first - 1]?.lemma === "have"
      ? first - 1
      : tokens[first - 2]?.lemma === "have" && tokens[first - 1]?.pos === "ADV"
        ? first - 2
        : -1;
  if (head && countsANoun && having > 0) {
    const owner = subjectBefore(tokens, having, ctx.region);
    if (owner && !isRegion(owner, ctx.region))
      return withYear(`${head} in ${owner.replace(/^The\b/, "the")}`);
  }
  // "of the 251 project villages" after a part of them: the whole, that noun's total.
  if (head && fig.kind === "count" && isWholeOfPart(tokens, first)) return withYear(`${head} (total)`);
  // "launched in 145 poor villages": the villages are where the clause happened (label-places.ts).
  if (head && fig.kind === "count" && verb && isPlace(tokens, first, verbAt) && !adjunctOf(tokens, verbAt)) {
    const spans = (ctx.figures ?? []).filter((f) => f.kind !== "count");
    const inFigure = (i: number) => spans.some((f) => tokens[i]!.start >= f.start && tokens[i]!.end <= f.end);
    const seriesSubject = () => {
      for (let v = verbBefore(tokens, verbAt), n = 0; v >= 0 && n < 4; v = verbBefore(tokens, v), n++) {
        const s = subjectBefore(tokens, v, "");
        if (s) return s;
      }
      return undefined;
    };
    const clause = placeClause(
      tokens,
      verbAt,
      placePreposition(tokens, first),
      inFigure,
      (text) => isRegion(text, ctx.region),
      seriesSubject,
    );
    const placed = withYear(`${head} where ${clause?.replace(/^The\b/, "the")}`);
    if (clause && placed) return { ...placed, place: true };
  }
  const totalOf = prev?.lemma === "of" && prev2?.lemma === "total";
  // Money, a length or an area with no noun of its own, acted on by a verb: "invested N for …".
  let generic = false;
  // "The standard was raised from N to M": a passive verb of change with "from"/"to" before the
  // figure makes the figure a value of the subject, as a growth verb does ("fell to N").
  const changed =
    !!verb &&
    (prev?.lemma === "from" || prev?.lemma === "to") &&
    tokens[verbAt - 1]?.lemma === "be" &&
    tokens[verbAt - 1]?.pos === "AUX";
  if (
    !head &&
    verb &&
    !changed &&
    !LINKING.has(verb.lemma) &&
    !GROWTH_VERBS.has(verb.lemma) &&
    NO_NOUN[fig.kind]
  ) {
    head = NO_NOUN[fig.kind];
    generic = true;
  }
  if (!head) {
    // The figure completes its subject: "income reached N", "the poor population fell to N".
    if (verb) head = subjectBefore(tokens, verbAt, ctx.region);
    if (!head) return undefined;
    // "X issued N yuan of micro-credit …, and the repayment rate was P%": a measure named with no
    // owner, in a clause added by ", and the", measures what the sentence's first amount is of.
    const owner =
      verb && LINKING.has(verb.lemma) ? ownerOfAddedMeasure(tokens, verbAt, ctx.before ?? []) : undefined;
    if (owner) return withYear(`${head} of ${owner}`);
    if (verb && !changed && !LINKING.has(verb.lemma) && !GROWTH_VERBS.has(verb.lemma))
      head = `${head} ${verb.text}`;
    const more = phraseAfter(tokens, rest) ?? sharedAfter();
    return withYear(more ? `${head} ${more}` : head);
  }
  const parts = [head];
  let activity: string | undefined;
  const adjunct = verb ? adjunctOf(tokens, verbAt) : undefined;
  if (verb && adjunct) {
    // "…, covering N villages", "… to help N households develop …", "…, which drove N households":
    // the noun, the verb as a past participle, and who acted (label-verbs.ts).
    parts.push(pastParticiple(verb.lemma));
    const agent = adjunctAgent(tokens, verbAt, adjunct, ctx);
    if (agent && !isRegion(agent, ctx.region)) parts.push(`by ${agent.replace(/^The\b/, "the")}`);
  } else if (verb && !LINKING.has(verb.lemma)) {
    // The verb and what stands between it and the figure ("completed the poverty alleviation … of").
    // The verb and what stands between it and the figure ("completed the poverty alleviation … of"),
    // unless that holds other figures or a clause break (the figure is one item of a list).
    const gap = tokens.slice(verbAt + 1, Math.min(first, headStart));
    const clean =
      gap.length <= 8 && !gap.some((t) => t.pos === "NUM" || t.pos === "PUNCT" || t.pos === "CCONJ");
    const betweenText = clean
      ? trimEdges(gap.filter((t) => !FILLERS.has(t.lemma) && !(t.pos === "DET" && t.lemma === "a")))
          .map((t) => t.text)
          .join(" ")
      : "";
    // "were helped to raise …, and to plant N hectares": the earlier infinitive's verb group, with
    // this verb ("helped to plant"), and that group's subject.
    const lead = seriesInfinitive(tokens, verbAt);
    // "helped poor households raise N pigs", "drove N households": the label reads the noun and what
    // was done to it, so a bare verb or an irregular past tense becomes its past participle.
    const bare = verb.text === verb.lemma && NOMINAL.has(tokens[verbAt - 1]?.pos ?? "");
    const irregular =
      /^[a-z]+$/.test(verb.text) &&
      !/(?:ed|ing)$/.test(verb.text) &&
      verb.text !== verb.lemma &&
      hasIrregularParticiple(verb.lemma);
    const group = bare || irregular ? pastParticiple(verb.lemma) : verbGroup(tokens, verbAt);
    parts.push(lead >= 0 ? `${verbGroup(tokens, lead).replace(/\S+$/, verb.text)}` : group);
    // "encouraged the issuance of N Yuan of loans": an action noun before the figure's own noun only
    // restates the verb; the loans are what was encouraged.
    // An action noun is the one noun of the gap and is formed from a verb (-ance, -tion, -ment …).
    const nouns = gap.filter((t) => t.pos === "NOUN");
    const restated =
      gap.at(-1)?.lemma === "of" &&
      nouns.length === 1 &&
      /(?:ance|ence|tion|sion|ment)$/.test(nouns[0]!.text) &&
      gap.slice(0, -1).every((t) => t.pos === "DET" || t.pos === "NOUN");
    if (betweenText && !restated && !/^(?:of|for|to|in)$/i.test(betweenText)) parts.push(betweenText);
    // "planned to carry out X in N villages and actually completed M villages": the later verb
    // counts the same places and finished the earlier verb's activity, which its label keeps.
    else if (!betweenText && fig.kind === "count" && countsANoun)
      activity = sharedActivity(tokens, verbAt, tokens[last]!.lemma);
    // "X encouraged …, benefited N households and helped M people …": a verb in a series acts with
    // the series' first subject.
    let subjectVerb = lead >= 0 ? lead : verbAt;
    let agent = subjectBefore(tokens, subjectVerb, ctx.region);
    const joinsSeries = (v: number) => {
      let i = v - 1;
      while (tokens[i]?.pos === "ADV") i--;
      return [",", "and"].includes(tokens[i]?.lemma ?? "");
    };
    for (let n = 0; !agent && n < 5 && joinsSeries(subjectVerb); n++) {
      // Past the infinitives inside the series ("supported N households to develop …").
      do subjectVerb = verbBefore(tokens, subjectVerb);
      while (subjectVerb >= 0 && tokens[subjectVerb]!.text === tokens[subjectVerb]!.lemma);
      if (subjectVerb < 0) break;
      agent = subjectBefore(tokens, subjectVerb, ctx.region);
    }
    // "The allocation of N Yuan of discount funds encouraged …": the doer is the allocation of those funds.
    const subjectAt = tokens[Math.max(subjectVerb, 0)]!.start;
    const within = ctx.before
      ?.filter((b) => b.read && b.head && b.at !== undefined && b.at < subjectAt)
      .at(-1);
    const ofFigure =
      agent && within && subjectVerb >= 0 && subjectHoldsFigure(tokens, subjectVerb, within.at!);
    const doer = ofFigure
      ? `${agent} of ${within!.head!.charAt(0).toLowerCase()}${within!.head!.slice(1)}`
      : agent;
    // "X were launched in N counties": the subject of a passive verb is what was acted on, not the doer.
    // (The figure's own verb: in "N enterprises were paired with …, and invested M" the subject did invest.)
    const passiveVerb = tokens[verbAt - 1]?.lemma === "be" && tokens[verbAt - 1]?.pos === "AUX";
    // But "X were granted to N households": the households received X, and X is what they got
    // ("Households granted microloans"); "with"/"in" a figure, the subject only had that setting.
    const to = (tokens[first - 1]?.pos === "DET" ? tokens[first - 2] : tokens[first - 1])?.lemma === "to";
    if (doer && !isRegion(doer, ctx.region) && (!passiveVerb || to))
      parts.push(`${passiveVerb ? "" : "by "}${doer.replace(/^The\b/, "the")}`);
  }
  // "X of N and M raised by …": an item named before its figure ("X of N") is whole; the words
  // after the list's last item are that item's own.
  const more =
    purposeAfter(tokens, rest) ??
    phraseAfter(tokens, rest) ??
    (headStart < first ? undefined : sharedAfter());
  if (more) parts.push(more);
  else if (activity) parts.push(`in ${activity}`);
  if (totalOf) parts.push("(total)");
  const labelled = withYear(parts.join(" "));
  // A bare "Funds" names nothing a part of it could borrow: its parts take the whole label instead.
  if (labelled && generic) labelled.head = labelled.label.replace(/\s*\(total\)$/, "");
  return labelled;
}

/**
 * Who acts in a participle, infinitive or relative clause: for a relative clause, the figure before
 * "which"; for a passive main clause ("loans were issued …, supporting N households"), its subject.
 */
function adjunctAgent(tokens: Token[], verbAt: number, adjunct: Adjunct, ctx: Context): string | undefined {
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
function named(b: Before): string | undefined {
  const label = b.label.replace(/\s*\([^)]*\)$/, "");
  if (!b.head || !label.toLowerCase().startsWith(b.head.toLowerCase())) return b.head;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * "helped N people find jobs", "supported N households to develop industries": the verb after the
 * figure says what the figure's people or households were helped to do.
 */
function purposeAfter(tokens: Token[], rest: number): string | undefined {
  const to = tokens[rest]?.lemma === "to" && tokens[rest]!.pos === "PART" ? 1 : 0;
  const verb = tokens[rest + to];
  // "… to help N households …": a verb whose object is the next figure belongs to that figure.
  if (verb?.pos !== "VERB" || verb.text !== verb.lemma || tokens[rest + to + 1]?.pos === "NUM")
    return undefined;
  const purpose = phraseAfter(tokens, rest + to, true);
  return purpose ? `to ${purpose}` : undefined;
}

/**
 * "N trainees found transfer employment", "N units stationed working teams in …": a counted noun
 * followed by its own verb in the past tense and that verb's object is the verb's subject. What the
 * figure counts is the noun that did it ("that found transfer employment"), not the object of an
 * earlier verb of the sentence. An object that is another figure ("N enterprises helped M
 * villages") belongs to that figure's label, so no object, no rule.
 */
function activeAfter(tokens: Token[], from: number): string | undefined {
  // "N children of poor families living in remote areas each received …": the noun's own modifiers
  // (prepositional phrases, a participle phrase) and a floating "each" stand between it and its verb.
  const modifiers = subjectModifiers(tokens, from);
  let rest = from + modifiers.length;
  while (tokens[rest]?.pos === "ADV" || ["each", "all", "both"].includes(tokens[rest]?.lemma ?? "")) rest++;
  const verb = tokens[rest];
  if (verb?.pos !== "VERB" || verb.text === verb.lemma || /ing$/.test(verb.text)) return undefined;
  if (tokens[rest - 1]?.pos === "AUX") return undefined;
  // "312,000 poor people benefited directly from the projects": an adverb after the verb, and a
  // preposition's phrase for an object.
  let at = rest + 1;
  while (tokens[at]?.pos === "ADV") at++;
  const prepObject =
    tokens[at]?.pos === "ADP" &&
    tokens[at]!.lemma !== "by" &&
    ["DET", "NOUN", "ADJ", "PROPN"].includes(tokens[at + 1]?.pos ?? "");
  if (at > rest + 1 && !prepObject) return undefined;
  // A noun the tagger took for a verb ("found transfer employment") still starts the object.
  const object0 = tokens[at];
  const nounLike = object0?.pos === "VERB" && tokens[at + 1]?.pos === "NOUN";
  if (!nounLike && !prepObject && !["DET", "NOUN", "ADJ", "PROPN", "PRON"].includes(object0?.pos ?? ""))
    return undefined;
  const object = phraseAfter(tokens, at, nounLike);
  // An object cut before its noun ("continued their …") names nothing.
  if (!object || /\b(?:their|its|his|her|our)$/i.test(object)) return undefined;
  const own = modifiers.length ? `${joinCapped(modifiers)} ` : "";
  return `${own}that ${verb.text} ${object}`;
}

/**
 * The modifiers of a counted noun before its own verb: prepositional phrases ("of poor families") and
 * a participle phrase ("living in remote areas", "affected by floods"): a participle counts as a
 * modifier only when a preposition follows it (with an object it would be the clause's verb). Empty
 * when no verb follows them, so the caller's reading stands.
 */
function subjectModifiers(tokens: Token[], from: number): Token[] {
  let i = from;
  while (i < tokens.length && i - from < 12) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nominal = NOMINAL.has(t.pos) || t.pos === "DET" || t.pos === "ADP";
    const participle =
      t.pos === "VERB" &&
      /(?:ing|ed)$/.test(t.text) &&
      i > from &&
      // "living in …", or an adjective before its noun ("in boarding schools").
      (next?.pos === "ADP" || (NOMINAL.has(next?.pos ?? "") && tokens[i - 1]?.pos === "ADP"));
    const joined = t.pos === "CCONJ" && NOMINAL.has(tokens[i - 1]?.pos ?? "") && NOMINAL.has(next?.pos ?? "");
    if (["each", "all", "both"].includes(t.lemma) && t.pos === "DET" && i > from) break;
    if (!(nominal || participle || joined)) break;
    i++;
  }
  const span = tokens.slice(from, i);
  // Modifiers end on a noun: "of the" before a verb is no phrase.
  return span.length && NOMINAL.has(span.at(-1)!.pos) && span[0]!.pos === "ADP" ? span : [];
}

/** "of X were arranged for Y" after a counted noun: its modifiers, the participle and what follows. */
function passiveAfter(tokens: Token[], from: number): string | undefined {
  let i = from;
  while (
    i < tokens.length &&
    i - from <= 10 &&
    ["ADP", "DET", "NOUN", "PROPN", "ADJ", "CCONJ"].includes(tokens[i]!.pos)
  )
    i++;
  if (tokens[i]?.lemma !== "be" || tokens[i + 1]?.pos !== "VERB" || /ing$/.test(tokens[i + 1]!.text))
    return undefined;
  const modifiers = tokens.slice(from, i).map((t) => t.text);
  const after = phraseAfter(tokens, i + 2);
  return [...modifiers, tokens[i + 1]!.text, ...(after ? [after] : [])].join(" ");
}

/** Nouns that name a plan: a figure written as their value ("the plan of N people") is planned. */
const PLAN_NOUNS = new Set(["plan", "target", "task", "goal", "quota"]);

/** "the annual plan (N …)", "the annual plan of N …": the plan's noun phrase, when the figure states it. */
function planNamed(tokens: Token[], first: number): string | undefined {
  const before = tokens[first - 1];
  if (before?.text !== "(" && before?.lemma !== "of") return undefined;
  if (!PLAN_NOUNS.has(tokens[first - 2]?.lemma ?? "")) return undefined;
  return chunkLeft(tokens, first - 1)?.text;
}

/** Whether the figure at offset `at` is the verb's object: only articles and fillers between them. */
function directObject(tokens: Token[], verbAt: number, at: number): boolean {
  for (let i = verbAt + 1; i < tokens.length && tokens[i]!.start < at; i++) {
    const t = tokens[i]!;
    if (!(t.pos === "DET" || t.pos === "ADV" || FILLERS.has(t.lemma) || t.lemma === "of")) return false;
  }
  return true;
}

/** Whether the figure at offset `at` sits in the subject of the verb at `verbAt`, as "X of N …". */
function subjectHoldsFigure(tokens: Token[], verbAt: number, at: number): boolean {
  const figure = tokens.findIndex((t) => t.start >= at);
  if (figure < 1 || tokens[figure - 1]!.lemma !== "of" || !NOMINAL.has(tokens[figure - 2]?.pos ?? ""))
    return false;
  for (let i = figure; i < verbAt; i++)
    if (CLAUSE_PUNCT.has(tokens[i]!.text) || ["VERB", "AUX", "CCONJ"].includes(tokens[i]!.pos)) return false;
  return true;
}

/**
 * Whether the count at offset `at` is the subject of the verbs ending at `verbAt`: its number (and
 * the noun it counts) right before them, within one clause ("87,400 achieved transfer employment").
 */
function countBeforeVerb(tokens: Token[], at: number, verbAt: number): boolean {
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return false;
  while (tokens[i]?.pos === "NUM") i++;
  while (NOMINAL.has(tokens[i]?.pos ?? "")) i++;
  if (i > verbAt || !["VERB", "AUX"].includes(tokens[i]?.pos ?? "")) return false;
  return tokens.slice(i, verbAt + 1).every((t) => ["VERB", "AUX", "ADV"].includes(t.pos));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Of the financial anti-poverty funds, N was …": the whole a sentence's parts belong to. */
function frontedWhole(tokens: Token[]): string | undefined {
  if (tokens[0]?.lemma !== "of") return undefined;
  const np = chunkRight(tokens, 1);
  return np.text && tokens[np.end]?.text === "," ? np.text : undefined;
}

/**
 * The plural noun a fronted whole counts ("Of the trainees, 96,200 received …": trainees): a
 * number with no noun of its own after such a whole counts what the whole counts.
 */
export function frontedWholeNoun(tokens: Token[]): string | undefined {
  if (tokens[0]?.lemma !== "of") return undefined;
  const np = chunkRight(tokens, 1);
  const last = tokens[np.end - 1];
  if (!np.text || tokens[np.end]?.text !== "," || last?.pos !== "NOUN") return undefined;
  return last.text.toLowerCase() !== last.lemma ? last.text.toLowerCase() : undefined;
}

/** "N last year", "N in the previous year", "N in 2010": the year the figure belongs to. */
function yearAfter(tokens: Token[], last: number, year: number | null): number | undefined {
  let i = last + 1;
  // "5,000 Yuan per person in 2011": the rate's "per X" stands between the figure and its year.
  const perUnit = tokens[i]?.lemma === "per" && NOMINAL.has(tokens[i + 1]?.pos ?? "") ? 2 : 0;
  i += perUnit;
  if (tokens[i]?.lemma === "in" || tokens[i]?.lemma === "of" || tokens[i]?.lemma === "for") i++;
  if (tokens[i]?.lemma === "the") i++;
  const a = tokens[i]?.lemma;
  const b = tokens[i + 1]?.lemma;
  if ((a === "last" || a === "previous") && b === "year") return year === null ? undefined : year - 1;
  if (a === "this" && b === "year") return year ?? undefined;
  if (a && isYearText(a) && tokens[last + 1 + perUnit]?.lemma === "in") return Number(a);
  // "from 5.39 million at the end of 2011 to 4.264 million at the end of 2012": each figure's own
  // year follows it, as "at (or by) the end of" a year.
  const end = tokens.slice(last + 1, last + 6).map((t) => t.lemma);
  if (
    ["at", "by"].includes(end[0] ?? "") &&
    end[1] === "the" &&
    end[2] === "end" &&
    end[3] === "of" &&
    isYearText(tokens[last + 5]?.text ?? "")
  )
    return Number(tokens[last + 5]!.text);
  return undefined;
}

/**
 * "…set aside N this year, while last year it was M": a pronoun standing for the measure before it,
 * dated "last year" (or "the previous year") ahead of it. M is that measure a year earlier.
 */
function lastYearItWas(tokens: Token[], first: number): boolean {
  const stood = tokens[first - 1]?.lemma === "at" && tokens[first - 2]?.lemma === "stand";
  const i = stood ? first - 2 : first - 1;
  if (!stood && tokens[i]?.lemma !== "be") return false;
  const pronoun = tokens[i - 1];
  if (pronoun?.pos !== "PRON" || !["it", "they", "this", "that"].includes(pronoun.lemma)) return false;
  return tokens[i - 2]?.lemma === "year" && ["last", "previous"].includes(tokens[i - 3]?.lemma ?? "");
}

/**
 * "the incidence dropping from 11.6% to 9.7%": the figure after a verb of change and "from", with
 * "to" and another figure after it, is the level before the change, the year before the sentence's
 * (the "to" figure is the sentence's year). A range ("ranging from 10 to 20") has no verb of change.
 */
function changedFromYear(tokens: Token[], first: number, last: number, year: number | null) {
  if (year === null || tokens[first - 1]?.lemma !== "from") return undefined;
  const verb = tokens[first - 2];
  if (verb?.pos !== "VERB" || !GROWTH_VERBS.has(verb.lemma)) return undefined;
  const to = tokens.slice(last + 1, last + 4).findIndex((t) => t.lemma === "to");
  return to >= 0 && tokens[last + 2 + to]?.pos === "NUM" ? year - 1 : undefined;
}

/** The nearest verb before index `at` in the sentence, not across a semicolon or "of which". */
function verbBefore(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    // A quoted title ("the “Notice on Further Strengthening …”") is a name: its verbs are not the clause's.
    if (CLOSE_QUOTES.has(tokens[i]!.text)) {
      const open = tokens.slice(0, i).findLastIndex((q) => OPEN_QUOTES.has(q.text));
      if (open >= 0) i = open;
      continue;
    }
    const t = tokens[i]!;
    // "according to": a preposition written as two words, not a verb.
    if (t.lemma === "accord" && tokens[i + 1]?.lemma === "to") continue;
    // "…, with a total investment of N: X of M, Y of K": a colon right after a figure opens its
    // parts; the verb of the clause before the colon acts on that figure, not on its parts.
    if (
      t.text === ";" ||
      opensParts(tokens, i) ||
      (t.text === ":" && (tokens[i - 1]?.pos === "NUM" || tokens[i - 2]?.pos === "NUM"))
    )
      return -1;
    // "… and the growth rate …": a new subject starts a new clause.
    if (t.pos === "CCONJ" && tokens[i + 1]?.pos === "DET") return -1;
    if (
      t.pos === "VERB" &&
      // "in targeted areas", "318 centralized projects": a participle between a preposition, number or
      // article and its noun is an adjective, not the clause's verb.
      !(
        NOMINAL.has(tokens[i + 1]?.pos ?? "") &&
        /ed$|ing$/.test(t.text) &&
        ["ADP", "NUM", "DET"].includes(tokens[i - 1]?.pos ?? "")
      ) &&
      !hyphened(tokens, i)
    )
      return i;
    if (t.pos === "AUX" && t.lemma === "be" && tokens[i + 1]?.pos !== "VERB" && tokens[i + 1]?.pos !== "AUX")
      return i;
  }
  return -1;
}

/** "fixed-point", "income-generating": a word hyphened to a neighbour is part of a compound, no verb. */
const hyphened = (tokens: Token[], i: number) => {
  const glued = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.end === b.start;
  const after =
    tokens[i + 1]?.text === "-" && glued(tokens[i], tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2]);
  const before =
    tokens[i - 1]?.text === "-" && glued(tokens[i - 1], tokens[i]) && glued(tokens[i - 2], tokens[i - 1]);
  return after || before;
};

// Double quotation marks around a title: curly ones pair by shape, a straight one with the one before
// it. (Single ones are left alone: "’" is also an apostrophe, "farmers’ cooperatives".)
const OPEN_QUOTES = new Set(["“", '"']);
const CLOSE_QUOTES = new Set(["”", '"']);

/** The verb with the verbs it completes ("expected to train"), auxiliaries left out. */
function verbGroup(tokens: Token[], verbAt: number): string {
  let start = verbAt;
  while (start >= 2 && tokens[start - 1]!.lemma === "to" && tokens[start - 2]!.pos === "VERB") start -= 2;
  // "carried out", "set up": the particle completes the verb ("carried" alone says something else).
  const particle = PARTICLES.has(tokens[verbAt + 1]?.lemma ?? "") && tokens[verbAt + 1]!.pos !== "NOUN";
  return tokens
    .slice(start, verbAt + (particle ? 2 : 1))
    .map((t) => t.text)
    .join(" ");
}

/**
 * The activity an earlier verb of the same subject carried out where a later one's figure counts:
 * in "planned to implement X in N villages and (actually) completed M villages" it is X, when the
 * later verb follows "and", the earlier verb's object is a noun phrase (not a figure) followed by a
 * preposition and a figure, and that figure counts the same noun (`noun`, a lemma) as the later one.
 */
function sharedActivity(tokens: Token[], verbAt: number, noun: string): string | undefined {
  let i = verbAt - 1;
  while (i > 0 && tokens[i]!.pos === "ADV") i--;
  if (tokens[i]?.lemma !== "and") return undefined;
  const earlier = verbBefore(tokens, i);
  if (earlier < 0) return undefined;
  let from = earlier + 1;
  if (PARTICLES.has(tokens[from]?.lemma ?? "") && tokens[from]!.pos !== "NOUN") from++;
  if (!(tokens[from]?.pos === "DET" || NOMINAL.has(tokens[from]?.pos ?? ""))) return undefined;
  const object = chunkRight(tokens, from);
  if (!object.text || tokens[object.end]?.pos !== "ADP") return undefined;
  let at = object.end + 1;
  if (tokens[at]?.pos === "DET") at++;
  if (tokens[at]?.pos !== "NUM") return undefined;
  // The earlier figure's noun: the words after its number, up to the "and" before the later verb.
  const places = tokens.slice(at + 1, i);
  const clauseWord = (t: Token, k: number) =>
    t.pos === "NUM" || (t.pos === "VERB" && !hyphened(tokens, at + 1 + k));
  if (!places.some((t) => t.lemma === noun) || places.some(clauseWord)) return undefined;
  return object.text.charAt(0).toLowerCase() + object.text.slice(1);
}

/**
 * "increased its special funds by N": the growth verb before the "by" at `byAt` and its object, a
 * noun phrase (after a possessive or an article) that reaches the "by".
 */
function objectGrown(tokens: Token[], byAt: number): { verbAt: number; object: string } | undefined {
  if (tokens[byAt]?.lemma !== "by") return undefined;
  const verbAt = verbBefore(tokens, byAt);
  if (verbAt < 0 || !GROWTH_VERBS.has(tokens[verbAt]!.lemma)) return undefined;
  let from = verbAt + 1;
  if (tokens[from]?.pos === "PRON" || tokens[from]?.pos === "DET") from++;
  if (!NOMINAL.has(tokens[from]?.pos ?? "")) return undefined;
  const np = chunkRight(tokens, from);
  if (!np.text || np.end !== byAt) return undefined;
  return { verbAt, object: np.text.charAt(0).toLowerCase() + np.text.slice(1) };
}

/**
 * "N more than the previous year", "N fewer than last year", "N more than in 2010" right after the
 * figure `last` ends: which way it changed and the year it is measured against, in words.
 */
function changeOverYear(tokens: Token[], last: number): { more: boolean; year: string } | undefined {
  const way = tokens[last + 1]?.lemma;
  if (!["more", "less", "few", "fewer"].includes(way ?? "") || tokens[last + 2]?.lemma !== "than")
    return undefined;
  const rest = tokens.slice(last + 3, last + 6).map((t) => t.lemma);
  if (rest[0] === "in") rest.shift();
  if (rest[0] === "the") rest.shift();
  const year =
    (rest[0] === "previous" || rest[0] === "last" || rest[0] === "preceding") && rest[1] === "year"
      ? "the previous year"
      : rest[0] === "year" && rest[1] === "before"
        ? "the previous year"
        : rest[0] && isYearText(rest[0])
          ? rest[0]
          : undefined;
  return year ? { more: way === "more", year } : undefined;
}

/** The subject before a verb: the noun phrase that ends just before it (adverbs skipped). */
function subjectBefore(tokens: Token[], verbAt: number, region: string): string | undefined {
  let end = verbAt;
  while (end >= 2 && tokens[end - 1]!.lemma === "to" && tokens[end - 2]!.pos === "VERB") end -= 2;
  while (end > 0 && (tokens[end - 1]!.pos === "ADV" || tokens[end - 1]!.pos === "AUX")) end--;
  // "164 units were paired with the counties …; they directly invested N": a pronoun subject stands
  // for the sentence's topic, the subject of its first verb.
  const pronoun = tokens[end - 1];
  if (pronoun?.pos === "PRON" && (pronoun.lemma === "they" || pronoun.lemma === "it")) {
    // "a supervision hotline was opened to the public; it received N": right after ";" a singular
    // "it" stands for the clause just before when that clause's subject is singular. ("They" keeps
    // the sentence's topic: "164 units were paired …, and 620 teams were stationed …; they invested".)
    const prior =
      pronoun.lemma === "it" && tokens[end - 2]?.text === ";"
        ? verbBefore(tokens.slice(0, end - 2), end - 2)
        : -1;
    const priorSubject = prior >= 0 ? subjectBefore(tokens, prior, region) : undefined;
    const singular = priorSubject && !/s$/i.test(priorSubject.replace(/\s*\([^)]*\)$/, ""));
    if (priorSubject && singular && !isRegion(priorSubject, region)) return priorSubject;
    const firstVerb = tokens.findIndex((t, k) => k < end - 1 && t.pos === "VERB");
    return firstVerb >= 0 ? subjectBefore(tokens, firstVerb, region) : undefined;
  }
  // "The value of the packages donated in 2011 reached N": a year between the subject and its verb
  // dates the subject; it is not where the subject ends.
  while (end >= 2 && isYearText(tokens[end - 1]!.text) && tokens[end - 2]!.lemma === "in") end -= 2;
  end = beforeApposition(tokens, end);
  // "The income of farmers in the 62 key counties (including 39 national …) reached N": an aside in
  // brackets between the subject and its verb is no part of the subject's name (an abbreviation in
  // brackets is, and is read below).
  if (tokens[end - 1]?.text === ")" && abbreviationOpen(tokens, end - 1) < 0) {
    const open = tokens.slice(0, end - 1).findLastIndex((t) => t.text === "(");
    if (open > 0 && end - 1 - open <= 30) end = open;
  }
  // "Microcredit of N Yuan at discounted interest was granted": the subject is the noun before "of N".
  let floor = 0;
  for (let i = end - 1; i > 0 && i >= end - 8; i--) {
    // Not across a clause: "… of two projects and the provincial government allocated …".
    if (CLAUSE_PUNCT.has(tokens[i]!.text) || tokens[i]!.pos === "CCONJ") break;
    if (tokens[i]!.pos === "NUM") {
      let j = i;
      while (j > 0 && tokens[j - 1]!.pos === "NUM") j--;
      if (tokens[j - 1]?.lemma === "of" && FILLERS.has(tokens[j - 2]?.lemma ?? "")) {
        // "a total of N Yuan of anti-poverty funds was invested": the subject is what follows "of".
        const of = tokens.findIndex((t, k) => k > i && k < end && t.lemma === "of");
        if (of > 0) floor = of + 1;
      } else if (tokens[j - 1]?.lemma === "of" && NOMINAL.has(tokens[j - 2]?.pos ?? "")) end = j - 1;
      break;
    }
  }
  let start = end;
  // "the kits handed out": a participle's particle ends the subject like the participle would.
  if (
    tokens[end - 1]?.pos === "ADP" &&
    tokens[end - 2]?.pos === "VERB" &&
    isPastParticiple(tokens[end - 2]!) &&
    NOMINAL.has(tokens[end - 3]?.pos ?? "")
  )
    start = end - 2;
  let listComma = -1;
  while (start > floor) {
    const t = tokens[start - 1]!;
    // "This year the province trained …": a noun right before a determiner ends another phrase (a
    // fronted time adjunct); one noun phrase never runs "year the province".
    if (start < end && tokens[start]!.pos === "DET" && NOMINAL.has(t.pos)) break;
    // "The project financed by the Fund for X (FX) covered …": a name's abbreviation in brackets.
    const open = t.text === ")" ? abbreviationOpen(tokens, start - 1) : -1;
    if (open > 0) {
      start = open;
      continue;
    }
    // "N central organs, enterprises and institutions carried out …": a subject listed with commas
    // (the list closes with "and" before the verb).
    // Not a list of names ("in A County, B County and C County …"): those say where, not who.
    if (
      t.text === "," &&
      tokens[start - 2]?.pos === "NOUN" &&
      NOMINAL.has(tokens[start]?.pos ?? "") &&
      tokens.slice(start, end).some((x) => x.pos === "CCONJ") &&
      !tokens.slice(start, end).some((x) => x.pos === "VERB" || x.pos === "ADP")
    ) {
      if (listComma < 0) listComma = start;
      start--;
      continue;
    }
    // "the wage of those employed": a participle after a noun or after "those" ends the subject.
    const trailingParticiple =
      start === end &&
      t.pos === "VERB" &&
      isPastParticiple(t) &&
      (NOMINAL.has(tokens[start - 2]?.pos ?? "") || tokens[start - 2]?.lemma === "those");
    // "farmers in the poverty-stricken counties": words hyphened together are one modifier, whatever
    // the tagger made of each ("stricken" a participle, "-" punctuation).
    const compound = start < end && hyphened(tokens, t.text === "-" ? start - 2 : start - 1);
    // "The central organs and enterprises carrying out fixed-point poverty alleviation in the
    // province invested N": a present participle after a noun (and its particle) is a reduced
    // relative inside the subject, whose head is the noun before it.
    const ingAfterNoun = (k: number) =>
      tokens[k]?.pos === "VERB" && /ing$/.test(tokens[k]!.text) && NOMINAL.has(tokens[k - 1]?.pos ?? "");
    const reducedRelative =
      start < end && (ingAfterNoun(start - 1) || (t.pos === "ADP" && ingAfterNoun(start - 2)));
    if (
      compound ||
      trailingParticiple ||
      reducedRelative ||
      t.lemma === "per" ||
      NOMINAL.has(t.pos) ||
      t.pos === "DET" ||
      t.pos === "PART" ||
      // "the new rural cooperative scheme": an adjective the tagger read as an adverb, inside the phrase.
      (t.pos === "ADV" && tokens[start]?.pos === "ADJ" && tokens[start - 2]?.pos === "DET") ||
      // "income of farmers in the 43 key counties", "the rate of the scheme in poor areas": "in"
      // inside the noun phrase (after a noun), not "In 2011, …".
      (t.pos === "ADP" &&
        (t.lemma !== "in" ||
          ["DET", "NUM"].includes(tokens[start]?.pos ?? "") ||
          (NOMINAL.has(tokens[start]?.pos ?? "") && tokens[start - 2]?.pos === "NOUN")) &&
        start - 2 >= 0 &&
        (NOMINAL.has(tokens[start - 2]!.pos) ||
          // "the project financed by the bank": a participle's agent inside the subject.
          (t.lemma === "by" &&
            tokens[start - 2]!.pos === "VERB" &&
            isPastParticiple(tokens[start - 2]!) &&
            NOMINAL.has(tokens[start - 3]?.pos ?? "")))) ||
      // "the funds put in by governments at all levels amounted to N": a participle's particle
      // between it and its agent is inside the subject too (the agent is not the subject).
      (t.pos === "ADP" && particleBeforeAgent(tokens, start - 1)) ||
      (t.lemma === "by" && particleBeforeAgent(tokens, start - 2)) ||
      (t.pos === "NUM" && NOMINAL.has(tokens[start]?.pos ?? "")) ||
      (t.pos === "CCONJ" &&
        NOMINAL.has(tokens[start - 2]?.pos ?? "") &&
        NOMINAL.has(tokens[start]?.pos ?? "")) ||
      (t.pos === "VERB" &&
        isPastParticiple(t) &&
        ((NOMINAL.has(tokens[start]?.pos ?? "") &&
          ["ADP", "DET", "NUM"].includes(tokens[start - 2]?.pos ?? "")) ||
          (tokens[start]?.lemma === "by" && NOMINAL.has(tokens[start - 2]?.pos ?? "")) ||
          particleBeforeAgent(tokens, start)))
    )
      start--;
    else break;
  }
  // "In addition, A and B …": a list's first item runs up to a preposition, so it was no list.
  if (listComma >= 0 && tokens[start - 1]?.pos === "ADP") start = listComma;
  // "… in A County, B County and C County involved N villages": names that end a list or follow
  // "in" say where the subject acted; the subject itself is further back, so none is read.
  const names = tokens.slice(start, end).filter((t) => t.pos !== "DET");
  if (
    names.length > 0 &&
    names.every((t) => t.pos === "PROPN" || t.pos === "CCONJ") &&
    names.some((t) => t.pos === "CCONJ") &&
    (tokens[start - 1]?.text === "," || tokens[start - 1]?.lemma === "in")
  )
    return undefined;
  // "the funds of all sources invested in Hebei Province totaled N": the report's own region after a
  // participle's preposition says where, not what; the subject is the noun phrase the participle
  // follows. An irregular participle counts too ("the funds put into Shanxi Province totaled N").
  if (
    start > 3 &&
    tokens[start - 1]!.pos === "ADP" &&
    tokens[start - 2]!.pos === "VERB" &&
    isPastParticiple(tokens[start - 2]!) &&
    NOMINAL.has(tokens[start - 3]!.pos) &&
    isRegion(
      tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(" "),
      region,
    )
  )
    return subjectBefore(tokens, start - 1, region);
  // A number inside the subject is another figure's ("the 43 key counties"): the label leaves it out.
  const whole = tokens.slice(start, end);
  let span = whole.filter((t) => t.pos !== "NUM");
  // "2,310 km were hardened": a subject that was a figure leaves only its unit, which names nothing.
  if (span.length <= 1 && whole.length > span.length) return undefined;
  // "Henan Province's anti-poverty funds": the report's own region is scope, not part of the name.
  const possessive = span.findIndex((t) => t.pos === "PART" && /^['’]s$/.test(t.text));
  if (
    possessive >= 0 &&
    isRegion(
      span
        .slice(0, possessive)
        .map((t) => t.text)
        .join(" "),
      region,
    )
  )
    span = span.slice(possessive + 1);
  // "The" stays ("by the provincial government"); tidy() drops it where the phrase starts a label.
  const the = span[0]?.lemma === "the" ? span[0] : undefined;
  span = trimEdges(span);
  if (span.length === 0 || span.every((t) => t.pos === "PRON" || t.pos === "DET")) return undefined;
  return joinCapped(the && span[0] !== the ? [the, ...span] : span);
}

/**
 * "funds put in by governments": `i` is a particle ("in", "out", "up" …: a one-word preposition)
 * between a past participle that follows a noun and the "by" of its agent.
 */
function particleBeforeAgent(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  return (
    tokens[i]?.pos === "ADP" &&
    tokens[i + 1]?.lemma === "by" &&
    verb?.pos === "VERB" &&
    isPastParticiple(verb) &&
    NOMINAL.has(tokens[i - 2]?.pos ?? "")
  );
}

/**
 * "The six cities, namely A, B and C, provided …": where the subject ends when an appositive list
 * of names stands between it and its verb (the comma before "namely"); else `end` itself.
 */
function beforeApposition(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.text !== ",") return end;
  for (let i = end - 2; i > 0 && i >= end - 40; i--) {
    const t = tokens[i]!;
    if (["namely", "including", "i.e."].includes(t.lemma) && tokens[i - 1]?.text === ",") return i - 1;
    if (!(NOMINAL.has(t.pos) || t.pos === "CCONJ" || t.text === "," || t.text === "'" || t.text === "’"))
      return end;
  }
  return end;
}

/** "(IFAD)" closing at `close`: the index of its "(" when it holds only a name after a noun, else -1. */
function abbreviationOpen(tokens: Token[], close: number): number {
  for (let k = close - 1; k > 0 && k >= close - 4; k--) {
    if (tokens[k]!.text === "(") {
      const inner = tokens.slice(k + 1, close);
      return inner.length > 0 &&
        inner.every((x) => x.pos === "PROPN" || x.pos === "NOUN") &&
        NOMINAL.has(tokens[k - 1]?.pos ?? "")
        ? k
        : -1;
    }
  }
  return -1;
}

/** A noun phrase from index `from` rightwards, with "of" phrases ("funds of the province"). */
function chunkRight(tokens: Token[], from: number): { text: string; end: number } {
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const nextNominal = NOMINAL.has(tokens[i + 1]?.pos ?? "");
    if (
      NOMINAL.has(t.pos) ||
      t.pos === "PART" ||
      (t.pos === "DET" && i === from) ||
      (t.pos === "VERB" && /(?:ed|ing)$/.test(t.text) && nextNominal) ||
      (t.lemma === "of" && (nextNominal || tokens[i + 1]?.pos === "DET") && i > from) ||
      // "oil-tea camellia": a hyphen written tight between two words joins them.
      (t.text === "-" &&
        i > from &&
        tokens[i - 1]!.end === t.start &&
        tokens[i + 1]?.start === t.end &&
        NOMINAL.has(tokens[i + 1]!.pos))
    )
      i++;
    else if (
      t.pos === "CCONJ" &&
      nextNominal &&
      i > from &&
      NOMINAL.has(tokens[i - 1]!.pos) &&
      tokens[i + 2]?.pos !== "NUM"
    )
      i++;
    else break;
  }
  return { text: joinCapped(trimEdges(tokens.slice(from, i))), end: i };
}

/** The noun phrase ending before index `at`, with nouns joined by "and" ("funds and materials"). */
function coordinatedLeft(tokens: Token[], at: number): { text: string; start: number } | undefined {
  let start = at;
  while (
    start > 0 &&
    (NOMINAL.has(tokens[start - 1]!.pos) ||
      (tokens[start - 1]!.pos === "CCONJ" && NOMINAL.has(tokens[start - 2]?.pos ?? "") && start < at))
  )
    start--;
  const span = trimEdges(tokens.slice(start, at));
  return span.length ? { text: joinCapped(span), start } : undefined;
}

// The most words a quoted name before "worth" may have (a campaign's or a gift's name, not a title).
const MAX_QUOTED_WORDS = 6;
/**
 * The quoted name that ends just before index `at` ("distributed “love packages” worth N"): the
 * things of that value. The closing quote stopped the noun phrase reader, and the label lost what
 * was worth the amount ("Funds distributed").
 */
function quotedLeft(tokens: Token[], at: number): { text: string; start: number } | undefined {
  if (!CLOSE_QUOTES.has(tokens[at - 1]?.text ?? "")) return undefined;
  const open = tokens.slice(0, at - 1).findLastIndex((q) => OPEN_QUOTES.has(q.text));
  if (open < 0 || at - 1 - open - 1 > MAX_QUOTED_WORDS) return undefined;
  const span = trimEdges(tokens.slice(open + 1, at - 1));
  return span.length && span.every((t) => NOMINAL.has(t.pos) || t.pos === "ADJ")
    ? { text: joinCapped(span), start: open }
    : undefined;
}

/**
 * The noun phrase before the bracket at `open`, with the noun it qualifies when it is the object of
 * a preposition ("funds from social poverty alleviation", "funds raised by the masses").
 */
function bracketedFor(tokens: Token[], open: number): string | undefined {
  const core = chunkLeft(tokens, open);
  if (!core || !tokens.slice(core.start, open).some((t) => t.pos === "NOUN")) return undefined;
  let start = core.start;
  // "poverty-stricken population": the tagger splits a hyphened modifier off the phrase.
  for (;;) {
    if (tokens[start - 1]?.text === "-" && hyphened(tokens, start)) start -= 2;
    else if (tokens[start - 2]?.text === "-" && hyphened(tokens, start - 1)) start -= 3;
    else break;
  }
  const text = start < core.start ? joinCapped(trimEdges(tokens.slice(start, open))) : core.text;
  let at = start - 1;
  if (tokens[at]?.pos === "DET") at--;
  if (tokens[at]?.pos !== "ADP") return text;
  if (tokens[at - 1]?.pos === "VERB" && tokens[at - 1]!.text.endsWith("ed")) at--;
  const whose = chunkLeft(tokens, at);
  if (!whose || !tokens.slice(whose.start, at).some((t) => t.pos === "NOUN")) return text;
  return joinCapped(trimEdges(tokens.slice(whose.start, open)));
}

/** The noun phrase that ends just before "of N" ("village roads" in "built village roads of N"). */
function chunkLeft(tokens: Token[], ofAt: number): { text: string; start: number } | undefined {
  let start = ofAt;
  while (start > 0 && (NOMINAL.has(tokens[start - 1]!.pos) || tokens[start - 1]!.pos === "PART")) start--;
  const span = trimEdges(tokens.slice(start, ofAt));
  return span.length ? { text: joinCapped(span), start } : undefined;
}

/**
 * The modifiers after the figure or its noun, to the end of the clause: "for relocation", "to poor
 * areas", "over the previous year". Stops at another figure, at a clause break, and at "and" that
 * starts a new verb or figure.
 */
/** The words of a gap in points, those that put the first rate above the other first. */
export const GAP_ABOVE = ["higher", "more", "above", "faster", "greater"];
export const GAP_WORDS = [...GAP_ABOVE, "lower", "less", "below", "slower", "smaller"];
/** How the label of a gap in points begins (answering/rate-gap.ts reads it back). */
export const GAP_LABEL_START = "Percentage points";
const COMPARATIVE = new RegExp(`^(?:${GAP_WORDS.join("|")})$`, "i");
/** "N percentage points higher than X": "Percentage points higher than X", else undefined. */
function pointsGap(tokens: Token[], last: number): string | undefined {
  if (!/^points?$/i.test(tokens[last]?.text ?? "")) return undefined;
  const way = tokens[last + 1]?.text ?? "";
  if (!COMPARATIVE.test(way) || tokens[last + 2]?.text.toLowerCase() !== "than") return undefined;
  // The rate compared with is named whole, however long ("… of farmers of the whole province").
  const than = phraseAfter(tokens, last + 3, false, 2 * MAX_WORDS);
  return than ? `${GAP_LABEL_START} ${way.toLowerCase()} than ${than}` : undefined;
}

function phraseAfter(tokens: Token[], from: number, allowVerb = false, max = MAX_WORDS): string | undefined {
  const out: Token[] = [];
  for (let i = from; i < tokens.length && out.length < max; i++) {
    const t = tokens[i]!;
    // "income-generating": a hyphen glued to both neighbours joins a word; any other mark ends the phrase.
    const hyphen = t.text === "-" && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
    // "two-year": a number hyphened to the word after it is part of an adjective, not a figure.
    const compound =
      t.pos === "NUM" && tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === t.end && !/\d/.test(t.text);
    if (
      !hyphen &&
      !compound &&
      (CLAUSE_PUNCT.has(t.text) || t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM")
    )
      break;
    if (t.pos === "CCONJ" && ["VERB", "NUM", "AUX"].includes(tokens[i + 1]?.pos ?? "")) break;
    // "N water cellars and canals of M km": "and" right after the figure starts the list's next item
    // when that item has a figure of its own ("N units and entrepreneurs" is one noun phrase).
    if (t.pos === "CCONJ" && i === from) {
      let j = i + 1;
      while (NOMINAL.has(tokens[j]?.pos ?? "")) j++;
      if ((tokens[j]?.lemma === "of" || tokens[j]?.lemma === "on") && tokens[j + 1]?.pos === "NUM") break;
    }
    if (
      t.pos === "CCONJ" &&
      !(NOMINAL.has(tokens[i + 1]?.pos ?? "") && NOMINAL.has(tokens[i - 1]?.pos ?? ""))
    )
      break;
    if (t.lemma === "which") break;
    // "was issued for …": the auxiliary goes; a participle right after the noun stays when a
    // preposition follows it (a reduced relative), not when an object does (a new main verb).
    if (t.pos === "AUX" && out.length === 0) continue;
    // "labor transfer training": a verb's base form between a singular noun and a noun, with no
    // subject that could take it, is a noun the tagger misread (a compound's middle word).
    const compoundNoun =
      t.pos === "VERB" &&
      t.text === t.lemma &&
      out.length > 0 &&
      tokens[i - 1]?.pos === "NOUN" &&
      tokens[i - 1]!.text.toLowerCase() === tokens[i - 1]!.lemma &&
      tokens[i + 1]?.pos === "NOUN";
    if (t.pos === "VERB" && !allowVerb && !compoundNoun) {
      const passive =
        out.length === 0 &&
        (tokens[i - 1]?.pos === "AUX" || ["ADP", "PUNCT"].includes(tokens[i + 1]?.pos ?? "PUNCT"));
      if (!passive && !(out.length > 0 && tokens[i - 1]?.pos === "ADP")) break;
    }
    const beforeYear = tokens[i - 1]?.pos === "DET" ? tokens[i - 2] : tokens[i - 1];
    if (
      (t.lemma === "this" || t.lemma === "last" || t.lemma === "previous") &&
      tokens[i + 1]?.lemma === "year" &&
      !["over", "than", "from", "with"].includes(beforeYear?.lemma ?? "")
    )
      break;
    out.push(t);
  }
  let a = 0;
  while (a < out.length && (out[a]!.pos === "CCONJ" || out[a]!.pos === "DET")) a++;
  const span = trimEnd(out.slice(a));
  return span.length ? joinCapped(span) : undefined;
}

/** Drops articles and dangling prepositions or conjunctions at either end. */
function trimEdges(span: Token[]): Token[] {
  let a = 0;
  let b = span.length;
  const loose = (t: Token) =>
    t.pos === "DET" ||
    t.pos === "ADP" ||
    t.pos === "CCONJ" ||
    t.pos === "PART" ||
    t.pos === "PUNCT" ||
    t.pos === "SCONJ";
  // "per capita" is a noun phrase's own start, not a dangling preposition.
  // "Total" before its noun ("the total value") is part of the name; "a total of N" is not.
  const filler = (i: number) =>
    FILLERS.has(span[i]!.lemma) && !(span[i]!.lemma === "total" && span[i + 1]?.pos === "NOUN");
  while (a < b && span[a]!.lemma !== "per" && (loose(span[a]!) || filler(a))) a++;
  // A closing bracket whose opening one is kept ("Fund for X (FX)") stays.
  const closes = (i: number) => span[i]!.text === ")" && span.slice(a, i).some((t) => t.text === "(");
  while (b > a && loose(span[b - 1]!) && !particle(span, b - 1) && !closes(b - 1)) b--;
  return span.slice(a, b);
}

/** "handed out", "set up": an adverb particle completing the participle before it, not a dangling preposition. */
const PARTICLES = new Set(["out", "up", "off", "down"]);
const particle = (span: Token[], i: number) =>
  PARTICLES.has(span[i]!.lemma) && span[i - 1]?.pos === "VERB" && isPastParticiple(span[i - 1]!);

function trimEnd(span: Token[]): Token[] {
  let b = span.length;
  // "worth" at the end stood before a figure, as a preposition does ("packages worth N").
  while (
    b > 0 &&
    (["DET", "ADP", "CCONJ", "PART", "PUNCT", "SCONJ", "AUX"].includes(span[b - 1]!.pos) ||
      span[b - 1]!.lemma === "worth")
  )
    b--;
  return span.slice(0, b);
}

function joinCapped(span: Token[]): string {
  let kept = span.slice(0, MAX_WORDS);
  // Cut at a phrase boundary: "… key counties for poverty" would end inside "for poverty alleviation".
  if (span.length > MAX_WORDS) {
    const cut = kept.findLastIndex((t) => t.pos === "ADP" || t.pos === "CCONJ");
    if (cut >= MAX_WORDS - 4) kept = kept.slice(0, cut);
  }
  let text = "";
  for (const [i, t] of kept.entries()) {
    const glued = i > 0 && span[i - 1]!.end === t.start;
    text += i === 0 || glued ? t.text : ` ${t.text}`;
  }
  return text;
}

// "Henan Province", "the province": the report's own region is its scope, not a name in a label.
const isRegion = (text: string, region: string) => {
  const rest = text
    .replace(/\b(?:the|province|provincial|city|region|autonomous)\b/gi, "")
    .trim()
    .toLowerCase();
  return rest === "" || rest === region.toLowerCase();
};

function tidy(label: string): string {
  const text = label
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:)])/g, "$1")
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\b(Growth|Increase|Decrease|Fall) of the\s+/i, "$1 of ")
    // A report covers one year, and the figure carries it: "during the year" at the end says nothing more.
    .replace(/\s+(?:during|in|throughout) the year$/i, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The owner of a measure in a clause ", and the X reached N" or "; the X reached N" (X with no "of"
 * phrase, no figure): the nearest amount of money before it read with a noun, by its label.
 * Undefined for any other shape.
 */
function ownerOfAddedMeasure(tokens: Token[], verbAt: number, before: Before[]): string | undefined {
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

/** Verbs that set an amount to a new value ("bring X to N", "raise X to N"), besides the growth verbs. */
const SET_TO_VERBS = new Set([...GROWTH_VERBS, "bring", "raise", "lift", "expand", "cut"]);

/** "bringing the number of X to N": the object between an active verb of change and `toAt`. */
function changedObject(tokens: Token[], toAt: number): string | undefined {
  let v = toAt - 1;
  while (v > 0 && tokens[v]!.pos !== "VERB" && tokens[v]!.pos !== "PUNCT" && tokens[v]!.pos !== "NUM") v--;
  const verb = tokens[v];
  if (verb?.pos !== "VERB" || !SET_TO_VERBS.has(verb.lemma) || tokens[v - 1]?.lemma === "be")
    return undefined;
  const object = tokens.slice(v + 1, toAt);
  if (object[0]?.pos !== "DET" || object.length < 2 || object.length > MAX_WORDS) return undefined;
  if (!object.some((t) => t.pos === "NOUN")) return undefined;
  return joinCapped(trimEdges(object));
}
