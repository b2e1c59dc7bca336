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
// clauseLabel tries the sentence's shapes in a fixed order, the first that fits giving the label;
// a shape's own rules live in a label-*.ts module named for what it reads (label-respective.ts,
// label-changes.ts, label-growth.ts, label-shares.ts, label-figure-subject.ts …), and clauseLabel
// adds the figure's year to the label they return.
// Curated annotations still override the label (load.ts applies them afterwards).
import { colonRowLabel } from "./label-colon-row.js";
import { namedItemLabel } from "./label-named-item.js";
import { withoutNextAmount } from "./label-next-amount.js";
import {
  type Before,
  type Context,
  countedNoun,
  type FigureSpan,
  type GrammarLabel,
  lastToken,
  NO_NOUN,
} from "./label-figure.js";
import { adjunctAgent, named, ownerOfAddedMeasure } from "./label-agents.js";
import { appositiveRateLabel } from "./label-appositive-rate.js";
import { changeOverYearLabel, rateOverYearLabel } from "./label-changes.js";
import { figureAsSubject } from "./label-figure-subject.js";
import { frontedPlace, withFrontedPlace } from "./label-fronted.js";
import {
  appositiveGrowthLabel,
  changeOfLabel,
  grownByLabel,
  growthVerbAt,
  raisedObjectLabel,
  upOrDownLabel,
} from "./label-growth.js";
import { gappedItem, subjectGappedItem } from "./label-gapped.js";
import { figureRun, tokenAt } from "./label-lists.js";
import { isPlace, isWholeOfPart, partOfWhole, placeClause, placePreposition } from "./label-places.js";
import { hasIrregularParticiple, isPastParticiple, pastParticiple } from "../text/participles.js";
import { adjunctOf, seriesInfinitive } from "./label-verbs.js";
import { partOfThem, partOfWholeAfter } from "./label-them.js";
import {
  activeAfter,
  activeTotalled,
  changedObject,
  countBeforeVerb,
  directObject,
  GROWTH_VERBS,
  holdsAt,
  LINKING,
  passiveAfter,
  passiveTotalled,
  planNamed,
  purposeAfter,
  sharedActivity,
  subjectHoldsFigure,
  verbBefore,
  verbGroup,
} from "./label-clauses.js";
import {
  bracketedFor,
  chunkLeft,
  chunkRight,
  coordinatedLeft,
  FILLERS,
  isRegion,
  lowerFirst,
  NOMINAL,
  phraseAfter,
  quotedLeft,
  tidy,
  trimEdges,
  labelWithoutUnit,
} from "./label-phrases.js";
import { followsItemLabel, includedIn } from "./label-list-items.js";
import { comparedRateLabel, pointsGap } from "./label-points.js";
import { runningTotalLabel } from "./label-total-to.js";
import { partInPlace } from "./label-part-place.js";
import { planLabel, planSubject } from "./label-plan-subject.js";
import { withOwnerLabel } from "./label-with-owner.js";
import { rankingLabel } from "./label-ranking.js";
import { respectivelyLabel } from "./label-respective.js";
import { beyondPlanLabel } from "./label-beyond.js";
import { wentTo } from "./label-went-to.js";
import { restatedLabel } from "./label-restated.js";
import { thatOfLabel } from "./label-that-of.js";
import { valueSetAs } from "./label-set-as.js";
import { thresholdLabel } from "./label-threshold.js";
import { perUnitLabel, shareActedOnLabel, shareOfBeforeLabel } from "./label-shares.js";
import { frontedWhole, frontedWholeCount, subjectBefore } from "./label-subjects.js";
import {
  bracketedBaseYear,
  changedFromYear,
  changeOverYear,
  lastYearItWas,
  sameMeasureBefore,
  yearAfter,
  yearOfWhenClause,
} from "./label-years.js";
import type { Token } from "./nlp.js";
import { SCALE_WORDS } from "./numbers.js";
import { bracketedNameLabel, closesOrGlosses } from "./label-bracket-lead.js";

// "412", "1.2 million", "48.6 ten thousand", "17 305" (its groups joined by thin spaces,
// spaced-thousands.ts): the number a count is written with, before its noun.
const LEADING_NUMBER_WORD = new RegExp(String.raw`^\S+(?:\u2009\d+)*(?:\s+(?:${SCALE_WORDS})\b)?\s*`, "i");

export type { FigureSpan, GrammarLabel } from "./label-figure.js";

/**
 * "totalling N", "totaling N", "amounting to N" right before the figure at `first` (past a bound such
 * as "about"): the participle's index, or 0 when there is none.
 */
function totalling(tokens: Token[], first: number): number {
  let at = first - 1;
  while (at > 0 && FILLERS.has(tokens[at]!.lemma) && tokens[at]!.lemma !== "total") at--;
  if (/^total(?:l)?ing$/i.test(tokens[at]?.text ?? "")) return at;
  return tokens[at]?.lemma === "to" && /^amounting$/i.test(tokens[at - 1]?.text ?? "") ? at - 1 : 0;
}

/**
 * The index of the passive auxiliary ("was", "were") of the verb at `verbAt`: right before it, or,
 * for a verb joined by "and" to a passive verb before it and taking no object (a preposition follows
 * it), that verb's. -1 when the verb is active.
 */
function passiveAuxiliary(tokens: Token[], verbAt: number): number {
  const isAux = (i: number) => tokens[i]?.lemma === "be" && tokens[i]?.pos === "AUX";
  if (isAux(verbAt - 1)) return verbAt - 1;
  // "were paired with N villages and invested M": a verb with an object of its own is active.
  if (tokens[verbAt + 1]?.pos !== "ADP") return -1;
  let i = verbAt - 1;
  while (tokens[i]?.pos === "ADV") i--;
  if (tokens[i]?.lemma !== "and") return -1;
  const earlier = verbBefore(tokens, i);
  return earlier > 0 && isAux(earlier - 1) ? earlier - 1 : -1;
}

/** Whether the noun phrase starting at `start` follows ", a" / ", an": an appositive to the clause before. */
function appositiveAt(tokens: Token[], start: number): boolean {
  const det = tokens[start]?.pos === "DET" ? start : start - 1;
  return /^an?$/i.test(tokens[det]?.text ?? "") && tokens[det - 1]?.text === ",";
}

/** Nouns that name a share, which a percentage completes. */
const SHARE_NOUNS = /^(?:the\s+)?(share|proportion|percentage)\b(?!\s+of\b)(.*)$/i;

/** "Share actually allocated" after "N% of X": "Share of X actually allocated"; undefined otherwise. */
function shareOfBefore(head: string, before: Before[]): string | undefined {
  const m = SHARE_NOUNS.exec(head);
  const whole = before.filter((b) => b.kind === "percent" && b.read).at(-1)?.head;
  return m && whole ? `${m[1]} of ${lowerFirst(whole)}${m[2]}` : undefined;
}

/** Words of a bound written before a figure: "no less than", "at least", "more than", "nearly". */
const BOUND_WORDS = new Set([...FILLERS, "no", "not", "less", "least", "at", "up"]);

export function grammarLabel(tokens: Token[], fig: FigureSpan, ctx: Context): GrammarLabel | undefined {
  const first = tokens.findIndex((t) => t.end > fig.start);
  if (first < 0) return undefined;
  const clause = clauseLabel(tokens, fig, ctx, first);
  if (!clause) return clause;
  // "The annual plan was to relocate N households", "The plan for 2013 was entire village advancement
  // in N villages": the figure is that plan (label-plan-subject.ts).
  const plan = planSubject(tokens, first);
  const read = plan ? { ...clause, label: planLabel(plan, clause.label) } : clause;
  const place = frontedPlace(tokens, first, ctx.region);
  const placed = place ? { ...read, label: withFrontedPlace(read.label, place) } : read;
  const label = withoutNextAmount(placed.label);
  return label === placed.label ? placed : { ...placed, label };
}

/** The label of a rate written within the "than" phrase of the gap in points right before it. */
function rateInGap(tokens: Token[], ctx: Context, first: number): string | undefined {
  const at = ctx.index;
  const gap = at !== undefined && at > 0 ? ctx.figures?.[at - 1] : undefined;
  const gapLabel = gap && ctx.before?.find((b) => b.at === gap.start)?.label;
  if (!gap || !gapLabel) return undefined;
  return comparedRateLabel(gapLabel, tokens.slice(tokenAt(tokens, gap.end), first));
}

/** The label the figure's own clause gives; `first`: the figure's first token. */
function clauseLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): GrammarLabel | undefined {
  const last = lastToken(tokens, fig, first);
  const lastYears = lastYearItWas(tokens, first);
  const year =
    yearAfter(tokens, last, ctx.year) ??
    changedFromYear(tokens, first, last, ctx.year) ??
    bracketedBaseYear(tokens, first, last, ctx.year) ??
    yearOfWhenClause(tokens, first) ??
    (lastYears && ctx.year !== null ? ctx.year - 1 : undefined);
  let head: string | undefined;
  const withYear = (label: string | undefined): GrammarLabel | undefined =>
    label && label.length >= 3
      ? { label: tidy(label), ...(year !== undefined ? { year } : {}), ...(head ? { head } : {}) }
      : undefined;

  // "Of the N remaining poor people, M lived …": N is the whole the fronted phrase names.
  const wholeCount = frontedWholeCount(tokens, first);
  if (wholeCount) return withYear(wholeCount);
  // "N points higher than the growth of the provincial average (P%)": P is that other rate (label-points.ts).
  const compared = fig.kind === "percent" ? rateInGap(tokens, ctx, first) : undefined;
  if (compared) return withYear(compared);
  // "moved N households and M people, respectively P% and Q% beyond the scheduled task" (label-respective.ts).
  const respective = respectivelyLabel(tokens, fig, ctx);
  if (respective !== undefined) return withYear(respective);
  // "Provincial financial funds: 398 million yuan; up 15.3%": a flattened table row (label-colon-row.ts).
  const row = colonRowLabel(tokens, fig, ctx, first);
  if (row) return withYear(row);
  // "Of which: (1) provincial funds, RMB 520 million; …", "county funds were N, bank loans M":
  // a breakdown item named before its figure (label-named-item.ts).
  const namedItem = namedItemLabel(tokens, fig, ctx, first);
  if (namedItem) return withYear(namedItem);
  // "higher than that of the whole province (N, up P%)": the measure before, for the province (label-that-of.ts).
  const thatOf = thatOfLabel(tokens, fig, ctx, first);
  if (thatOf) return withYear(thatOf);
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
    // "covered 596,000 square meters, 37.3 square meters per capita": a rate per unit after the last
    // figure is that figure's own (an average beside its total), not words the list shares.
    if (shared && /^per\b/i.test(shared)) return undefined;
    // "put N, M and K yuan into the three areas respectively": words that pair with the items one by
    // one (read by label-respective*.ts when they can be) are no item's whole phrase.
    if (shared && /\brespectively$/i.test(shared)) return undefined;
    return shared?.replace(/\s+and\s.*$/, "");
  };

  // "X finished the most villages, 312, followed by Y with 287": each figure is the leader's measure
  // for its own place (label-ranking.ts).
  const ranked = rankingLabel(tokens, fig, ctx, first);
  if (ranked) {
    const read = withYear(ranked.label);
    return read && ranked.unit ? { ...read, unit: ranked.unit, ofWhole: true } : read;
  }
  // "Heze City, with 412 villages, ranked first": the figure is the name's (label-with-owner.ts).
  const owned = withOwnerLabel(tokens, fig, first);
  if (owned) return withYear(owned);
  // "of which 820,000 people were in the 58 contiguous counties": the whole's measure in a place (label-part-place.ts).
  const inPlace = partInPlace(tokens, fig, ctx, first);
  if (inPlace) return withYear(inPlace);
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
  if (gapped)
    return { ...withYear(gapped.label)!, ...(gapped.unit ? { unit: gapped.unit, ofWhole: true } : {}) };
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
  // "trained N people this year, against M last year": the same measure in another year (label-years.ts).
  if (year !== undefined) {
    const same = sameMeasureBefore(tokens, fig, ctx, first);
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
  // "set the poverty line at N", "taking the income of N as the poverty line": the measure so set.
  const setAs = fig.kind === "money" ? valueSetAs(tokens, first, last) : undefined;
  if (setAs) return withYear(setAs);
  // "the poor population with an annual income below N": the line the measure stays under (label-threshold.ts).
  const threshold = thresholdLabel(tokens, first);
  if (threshold) return withYear(threshold);
  // "The special funds were divided as follows: N for A, M for B": each item is the subject's.
  const itemOf = followsItemLabel(tokens, fig, ctx, first);
  if (itemOf !== undefined) return withYear(itemOf);
  // A plan stated with its figure: "103% of the annual plan (200,000 people)", "97.6% of the annual plan
  // of 60,000 people": the figure is that plan, for what the figure before it counts.
  const plan = fig.kind === "count" ? planNamed(tokens, first) : undefined;
  if (plan) {
    // "relocated N households with M people, …the annual plan (K households)": the plan is for the
    // result that counts its own noun, when one does.
    const results = ctx.before?.filter((b) => b.kind === "count" && b.read && !b.place) ?? [];
    const planNoun = countedNoun(fig)?.toLowerCase().split(/\s+/).at(-1);
    const result = results.filter((b) => planNoun && b.unit === planNoun).at(-1) ?? results.at(-1);
    const whose = result && labelWithoutUnit(result.label);
    const labelled = withYear(whose ? `${plan} for ${whose.charAt(0).toLowerCase()}${whose.slice(1)}` : plan);
    // "the annual target (160,000)", "the annual plan of 160,000": a bare number counts what the result
    // it is the plan for counts (when that result counts a thing, not bare items).
    const unit = !/[A-Za-z]/.test(fig.written) && result?.unit !== "items" ? result?.unit : undefined;
    return labelled && unit ? { ...labelled, unit } : labelled;
  }
  // "…, exceeding the target by 36 villages": the margin past the plan (label-beyond.ts).
  const beyond = beyondPlanLabel(tokens, fig, ctx, first);
  if (beyond) return withYear(beyond);
  // "…, an increase of 738 yuan over the previous year": the change of the figure before (label-growth.ts).
  const changeOf = changeOfLabel(tokens, fig, ctx, first);
  if (changeOf) {
    const read = withYear(changeOf.label);
    return read && changeOf.unit ? { ...read, unit: changeOf.unit, ofWhole: true } : read;
  }
  // "…, 41 more than the previous year", "…, 37% higher than in 2010": a change over that year (label-changes.ts).
  const change = changeOverYearLabel(tokens, fig, ctx, first);
  if (change) return { ...withYear(change.label)!, ...(change.unit ? { unit: change.unit } : {}) };
  const rate = rateOverYearLabel(tokens, fig, ctx, first);
  if (rate !== undefined) return withYear(rate);
  // A growth figure: "up 35.2%", "increased by 46.3 million Yuan", "a rise of 5%" (label-growth.ts).
  const appositive = appositiveGrowthLabel(tokens, fig, ctx, first);
  if (appositive !== undefined) return withYear(appositive);
  if ((prev?.lemma === "up" || prev?.lemma === "down") && fig.kind === "percent")
    return withYear(upOrDownLabel(tokens, fig, ctx, first));
  // "The provincial finance increased its special funds by N": what grew is the verb's object.
  const raised = raisedObjectLabel(tokens, fig, ctx, first);
  if (raised !== undefined) return withYear(raised);
  if (growthVerbAt(tokens, first) >= 0) return withYear(grownByLabel(tokens, fig, ctx, first));
  // "98.6% of the complaints were settled", "accounting for 103% of the annual plan", "30 million
  // Yuan per county": a share of something (label-shares.ts).
  const share =
    shareActedOnLabel(tokens, fig, ctx, first) ??
    shareOfBeforeLabel(tokens, fig, ctx, first) ??
    perUnitLabel(tokens, fig, ctx, first);
  if (share !== undefined) return withYear(share);

  // "1.62 million mu (108,000 hectares)": the same measure in another unit (label-restated.ts).
  const restated = restatedLabel(tokens, fig, ctx, first);
  if (restated) return withYear(restated);
  // "including fiscal special funds (RMB 2.736 billion)", "a poor population (6.03 million)": a
  // figure alone in brackets after a noun phrase, or followed there only by words about it
  // (label-bracket-lead.ts), is what that phrase names.
  if (fig.kind !== "percent" && prev?.text === "(" && closesOrGlosses(tokens, last + 1)) {
    // "… rose by P% over the previous year (N people)": N is what rose, that year (label-years.ts).
    if (bracketedBaseYear(tokens, first, last, ctx.year) !== undefined) {
      const verbAt = verbBefore(tokens, first);
      const changed = verbAt >= 0 ? subjectBefore(tokens, verbAt, ctx.region) : undefined;
      if (changed) return withYear(changed);
    }
    const named =
      bracketedFor(tokens, first - 1, fig.kind !== "count") ??
      bracketedNameLabel(tokens, first - 1, NO_NOUN[fig.kind] ?? countedNoun(fig));
    if (named) return withYear(named);
  }

  // "the 3rd batch of 58 enterprises, bringing the total to 326": the running total of that count.
  const runningTotal = runningTotalLabel(tokens, ctx, first);
  if (runningTotal) return { ...runningTotal, ...(year !== undefined ? { year } : {}) };
  // "bringing the number of students at school to 27,400", "raised the subsidy to N": a verb of
  // change with its object and "to" before the figure; the figure is the object's new value.
  const raisedTo = prev?.lemma === "to" ? changedObject(tokens, first - 1) : undefined;
  if (raisedTo) return withYear(raisedTo);

  // What the figure quantifies.
  let rest = last + 1;
  const next = tokens[last + 1];
  let headStart = first;
  let totalledNoun = false;
  const counted =
    fig.kind === "count"
      ? fig.written
          .replace(LEADING_NUMBER_WORD, "")
          // "82,000 “Love Packages”": the quoted name is the noun, without its marks.
          .replace(/[“”"]/g, "")
      : "";
  // The count is written with its noun ("2.37 million rural poor people"), not as a bare number.
  const countsANoun = /[A-Za-z]/.test(counted);
  const whole = fig.kind === "count" ? partOfWhole(tokens, last) : undefined;
  // "X of N", "X of about N": the "of" before the figure and the bound words written with it.
  let ofAt = first - 1;
  while (ofAt > 0 && FILLERS.has(tokens[ofAt]!.lemma) && tokens[ofAt]!.lemma !== "total") ofAt--;
  if (countsANoun) {
    head = counted;
    // "4,100 households (15,000 people) living in …": a bracket that only restates the count in
    // another unit stands between the noun and its own words, which are read past it.
    const restated = next?.text === "(" ? ctx.figures?.[(ctx.index ?? -2) + 1] : undefined;
    const closeAt =
      restated && tokens[last + 2]?.start === restated.start ? tokenAt(tokens, restated.end) : -1;
    if (closeAt > 0 && tokens[closeAt]?.text === ")") rest = closeAt + 1;
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
    (NOMINAL.has(tokens[last + 2]?.pos ?? "") ||
      tokens[last + 2]?.pos === "DET" ||
      // "N Yuan of integrated department funds": a participle before the noun (chunkRight's reading).
      (tokens[last + 2]?.pos === "VERB" &&
        /ed$/.test(tokens[last + 2]!.text) &&
        NOMINAL.has(tokens[last + 3]?.pos ?? "")))
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
  } else if (totalling(tokens, first) && NOMINAL.has(tokens[totalling(tokens, first) - 1]?.pos ?? "")) {
    // "Special funds totalling N were allocated to …", "loans amounting to N": the figure is the
    // whole of the noun before the participle, which the clause's own verb then acts on.
    const left = coordinatedLeft(tokens, totalling(tokens, first));
    head = left?.text;
    headStart = left?.start ?? first;
    totalledNoun = head !== undefined;
  } else if (prev?.lemma === "worth" && fig.kind === "money") {
    // "funds and materials worth N Yuan": the figure is the value of the things before "worth".
    const left = quotedLeft(tokens, first - 1) ?? coordinatedLeft(tokens, first - 1);
    head = left?.text;
    headStart = left?.start ?? first;
  } else if (
    tokens[ofAt]?.lemma === "of" &&
    NOMINAL.has(tokens[ofAt - 1]?.pos ?? "") &&
    !FILLERS.has(tokens[ofAt - 1]!.lemma)
  ) {
    const left = chunkLeft(tokens, ofAt);
    head = left?.text;
    headStart = left?.start ?? first;
    // "The medical assistance reached 586,000 person-times with funds of N": an adjunct "with X of
    // N" gives the clause's subject its X.
    const verbAt = tokens[headStart - 1]?.lemma === "with" ? verbBefore(tokens, headStart - 1) : -1;
    const owner = verbAt >= 0 ? subjectBefore(tokens, verbAt, ctx.region) : undefined;
    if (head && owner) return withYear(`${head} of ${owner.replace(/^The\b/, "the")}`);
  }

  // The figure as the subject of its own clause: "N was from the central government" (label-figure-subject.ts).
  const asSubject = head ? undefined : figureAsSubject(tokens, fig, ctx, first);
  if (asSubject) {
    const labelled = withYear(asSubject.label);
    if (labelled && asSubject.head) labelled.head = asSubject.head;
    return labelled;
  }
  // "N projects of poverty alleviation by science and technology were arranged for the province":
  // the counted noun is the subject of the passive verb after it, not the object of one before.
  if (head && countsANoun) {
    // Read from the counted noun itself: its own verb's reading keeps the "of" phrase as a modifier.
    // "12,460 households with 45,380 poor people were moved out": the "with" figure (one of its
    // own) describes the counted noun, whose verb comes after it.
    const withFigure = tokens[last + 1]?.lemma === "with" ? ctx.figures?.[(ctx.index ?? -2) + 1] : undefined;
    // "68,000 households (256,000 people) were lifted …": a figure alone in brackets restates the
    // count; the verb after the bracket is the count's.
    const bracketed = tokens[last + 1]?.text === "(" ? ctx.figures?.[(ctx.index ?? -2) + 1] : undefined;
    const bracketEnd = bracketed ? tokenAt(tokens, bracketed.end) : -1;
    const ownFrom =
      withFigure && tokens[last + 2] && withFigure.start === tokens[last + 2]!.start
        ? tokenAt(tokens, withFigure.end)
        : bracketed && bracketed.start === tokens[last + 2]?.start && tokens[bracketEnd]?.text === ")"
          ? bracketEnd + 1
          : last + 1;
    const ownVerb = (from: number) => passiveAfter(tokens, from) ?? activeAfter(tokens, from);
    // "N enterprises, M foundations and K individuals took part in …": the items of a list of counts
    // that is the subject share the verb after its last item.
    const listVerb = () => {
      if (!ctx.figures || ctx.index === undefined) return undefined;
      const run = figureRun(tokens, ctx.figures, ctx.index);
      const items = ctx.figures.slice(run.from, run.to + 1);
      if (run.to === ctx.index || !items.every((f) => f.kind === "count")) return undefined;
      return ownVerb(tokenAt(tokens, ctx.figures[run.to]!.end));
    };
    const own = ownVerb(ownFrom) ?? listVerb();
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
  // "17,600 mu of low-yield farmland was improved", "N km of roads were hardened": an area or a
  // length of X that is the subject of its own passive verb is X so acted on, whatever verb stands
  // before it in the sentence.
  // So is an amount ("38.6 million Yuan of discount funds were allocated", "funds of about N Yuan
  // were raised").
  const ownPassive = next?.lemma === "of" || (headStart < first && next?.lemma === "be");
  if (head && ["area", "length", "money"].includes(fig.kind) && ownPassive) {
    const aux = tokens[rest];
    const participle = tokens[rest + 1];
    if (
      aux?.lemma === "be" &&
      aux.pos === "AUX" &&
      participle?.pos === "VERB" &&
      isPastParticiple(participle)
    ) {
      const after = phraseAfter(tokens, rest + 2);
      const total =
        (prev?.lemma === "of" && prev2?.lemma === "total") || totalling(tokens, first) ? " (total)" : "";
      return withYear(`${head} ${participle.text}${after ? ` ${after}` : ""}${total}`);
    }
  }
  // "had issued loans totalling N": the verb is the one before the noun the participle totals.
  // "11,230 found jobs, an employment rate of 88%": a noun phrase set after a comma restates the
  // clause before it; that clause's verb did not act on it (the rate was not "found").
  const restating =
    head !== undefined && headStart < first && appositiveAt(tokens, headStart) && fig.kind === "percent";
  const rateOf =
    restating && head ? appositiveRateLabel(head, tokens[headStart]!.start, ctx.before ?? []) : undefined;
  if (rateOf) return withYear(rateOf);
  const verbAt = restating ? -1 : verbBefore(tokens, totalledNoun ? totalling(tokens, first) : first);
  // "X were launched in N counties, with a total investment of M Yuan": a "with" phrase after a comma
  // gives an attribute of the clause's subject (or of its object), not something the verb acted on.
  const withAt = tokens[headStart - 1]?.pos === "DET" ? headStart - 2 : headStart - 1;
  // After a closing bracket too: "in 1,150 villages of 48 counties (cities, districts) with a total
  // investment of N" (the bracket ends the place; "villages with a population of N" stays the villages').
  if (
    head &&
    verbAt >= 0 &&
    tokens[withAt]?.lemma === "with" &&
    [",", ")"].includes(tokens[withAt - 1]?.text ?? "")
  ) {
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
      ? lowerFirst(labelWithoutUnit(subjectFigure.label))
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
  const totalOf = (prev?.lemma === "of" && prev2?.lemma === "total") || totalling(tokens, first) > 0;
  // Money, a length or an area with no noun of its own, acted on by a verb: "invested N for …".
  let generic = false;
  // "The standard was raised from N to M": a passive verb of change with "from"/"to" before the
  // figure makes the figure a value of the subject, as a growth verb does ("fell to N").
  // "raised to no less than N": a bound written before the figure stands between it and "to".
  let bound = first;
  while (BOUND_WORDS.has(tokens[bound - 1]?.lemma ?? "")) bound--;
  const changed =
    !!verb &&
    (tokens[bound - 1]?.lemma === "from" || tokens[bound - 1]?.lemma === "to") &&
    tokens[verbAt - 1]?.lemma === "be" &&
    tokens[verbAt - 1]?.pos === "AUX";
  const changedFrom = changed && tokens[bound - 1]?.lemma === "from";
  if (
    !head &&
    verb &&
    !changed &&
    !LINKING.has(verb.lemma) &&
    !GROWTH_VERBS.has(verb.lemma) &&
    NO_NOUN[fig.kind]
  ) {
    // "N yuan of assistance funds, of which Ningbo contributed M yuan": a part of an "of which"
    // whole of its own kind is of the whole's noun, as its gapped neighbours are (label-gapped.ts).
    const whole = ctx.before?.some((b) => b.kind === fig.kind && b.head === ctx.totalHead);
    head = (whole && ctx.totalHead) || NO_NOUN[fig.kind];
    generic = true;
  }
  if (!head) {
    // "the roads to natural villages were hardened, totalling N km": a participle of a linking verb
    // after a comma totals what the passive clause before it acted on.
    const totalled = verb ? passiveTotalled(tokens, verbAt) : undefined;
    if (totalled) return withYear(`${totalled} (total)`);
    const activeTotal = verb ? activeTotalled(tokens, verbAt) : undefined;
    if (activeTotal) return withYear(`${activeTotal} (total)`);
    // The figure completes its subject: "income reached N", "the poor population fell to N".
    if (verb) head = subjectBefore(tokens, verbAt, ctx.region);
    if (!head) return undefined;
    // "planned to allocate N% of X to Y; the share actually allocated was M%": a share named with no
    // whole is a share of the whole the percentage before it was of.
    const shareOf = fig.kind === "percent" ? shareOfBefore(head, ctx.before ?? []) : undefined;
    if (shareOf) return withYear(shareOf);
    // "X issued N yuan of micro-credit …, and the repayment rate was P%": a measure named with no
    // owner, in a clause added by ", and the", measures what the sentence's first amount is of.
    const owner =
      verb && LINKING.has(verb.lemma)
        ? ownerOfAddedMeasure(tokens, verbAt, ctx.before ?? [], ctx.region)
        : undefined;
    if (owner) return withYear(`${head} of ${owner}`);
    // "the repayment rate stayed at N%": the subject alone says what the level is.
    const level = holdsAt(tokens, verbAt, first);
    if (verb && !changed && !level && !LINKING.has(verb.lemma) && !GROWTH_VERBS.has(verb.lemma))
      head = `${head} ${verb.text}`;
    const more = phraseAfter(tokens, rest) ?? sharedAfter();
    const label = more ? `${head} ${more}` : head;
    // "was raised from N to M": N is what the subject was before the change, M what it is now.
    // Read alike, the two tie and the earlier one, written first, wins a question about the
    // standard; the earlier value says so in the sentence's own verb ("… before it was raised"),
    // unless a year of its own ("from N in 2011") tells the two apart.
    const earlier = changedFrom && verb && year === undefined;
    return withYear(earlier ? `${label} before it was ${verb.text}` : label);
  }
  const parts = [head];
  let activity: string | undefined;
  const adjunct = verb ? adjunctOf(tokens, verbAt) : undefined;
  // "…assigned to 7,936 supporting units, including 1,281 provincial units, 2,364 units of …": an
  // item after ", including" is a part of the figure right before the comma, named by its own noun.
  // An item of the list follows "including" or the item before it, not a preposition ("in the four cities").
  const item = ["including", ",", "and"].includes(prev?.text.toLowerCase() ?? "");
  const partOf =
    verb && head && !generic && item
      ? includedIn(tokens, verbAt, fig.kind, ctx.before ?? [], fig.unit)
      : undefined;
  if (partOf) {
    const own = phraseAfter(tokens, rest);
    return withYear(`${head}${own ? ` ${own}` : ""} among ${partOf}`);
  }
  // "Nutrition subsidies … went to 1.12 million rural pupils": the pupils got the subject (label-went-to.ts).
  const got = verb && countsANoun && !adjunct && wentTo(tokens, verbAt, first);
  const received = got ? subjectBefore(tokens, verbAt, ctx.region) : undefined;
  if (received && !isRegion(received, ctx.region)) {
    const where = phraseAfter(tokens, rest);
    return withYear(`${head}${where ? ` ${where}` : ""} that got ${lowerFirst(received)}`);
  }
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
    // "allocate no less than N% of X": a bound written before the figure is no part of what the verb did.
    let gapEnd = Math.min(first, headStart);
    while (gapEnd > verbAt + 1 && BOUND_WORDS.has(tokens[gapEnd - 1]!.lemma)) gapEnd--;
    const gap = tokens.slice(verbAt + 1, gapEnd);
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
    const verbWords = lead >= 0 ? `${verbGroup(tokens, lead).replace(/\S+$/, verb.text)}` : group;
    // "N yuan was invested, of which the centre invested M": a part borrows its whole's head
    // ("Funds invested"), which already ends in the verb; it is not said twice.
    const said = head.split(/\s+/).at(-1)?.toLowerCase() === verbWords.split(/\s+/).at(-1)?.toLowerCase();
    if (!said) parts.push(verbWords);
    // "encouraged the issuance of N Yuan of loans": an action noun before the figure's own noun only
    // restates the verb; the loans are what was encouraged.
    // An action noun is the one noun of the gap and is formed from a verb (-ance, -tion, -ment …).
    const nouns = gap.filter((t) => t.pos === "NOUN");
    const restated =
      gap.at(-1)?.lemma === "of" &&
      nouns.length === 1 &&
      /(?:ance|ence|tion|sion|ment)$/.test(nouns[0]!.text) &&
      gap.slice(0, -1).every((t) => t.pos === "DET" || t.pos === "NOUN");
    // "issued N yuan of microloans to M households": a count after "to" that follows the verb's
    // object, a figure of its own, received it ("Households issued microloans").
    const receivedFigure =
      !clean && fig.kind === "count" && countsANoun ? givenObject(tokens, ctx, verbAt, first) : undefined;
    if (receivedFigure) parts.push(lowerFirst(receivedFigure));
    else if (betweenText && !restated && !/^(?:of|for|to|in)$/i.test(betweenText)) parts.push(betweenText);
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
      // Past the infinitives inside the series ("supported N households to develop …"), and past a
      // participle that only describes the noun before it ("for the masses living in the hills"):
      // neither has a subject of its own.
      do subjectVerb = verbBefore(tokens, subjectVerb);
      while (
        subjectVerb >= 0 &&
        (tokens[subjectVerb]!.text === tokens[subjectVerb]!.lemma || nounModifier(tokens, subjectVerb))
      );
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
    // "was planned for N households and actually completed for M households": a verb joined by "and"
    // to a passive verb shares its auxiliary.
    const auxAt = passiveAuxiliary(tokens, verbAt);
    const passiveVerb = auxAt >= 0;
    // But "X were granted to N households": the households received X, and X is what they got
    // ("Households granted microloans"); "with"/"in" a figure, the subject only had that setting.
    const to = (tokens[first - 1]?.pos === "DET" ? tokens[first - 2] : tokens[first - 1])?.lemma === "to";
    // "The reconstruction of dilapidated houses was completed for N households": what was done
    // for them is the passive subject, said as a clause ("Households for which X was completed").
    const forWhom = passiveVerb && prev?.lemma === "for" && tokens[verbAt + 1] === prev;
    if (doer && !isRegion(doer, ctx.region) && forWhom) {
      parts.splice(1, parts.length - 1, `for which ${lowerFirst(doer)} ${tokens[auxAt]!.text} ${verb.text}`);
    } else if (doer && !isRegion(doer, ctx.region) && (!passiveVerb || to))
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
 * The head of the one figure between a verb and the "to" right before the figure at `first`
 * ("granted N yuan of microloans to M households": "Microloans"); undefined when there is no such
 * figure, more than one, or one with no noun of its own.
 */
function givenObject(tokens: Token[], ctx: Context, verbAt: number, first: number): string | undefined {
  const to = tokens[first - 1]?.pos === "DET" ? first - 2 : first - 1;
  if (tokens[to]?.lemma !== "to" || tokens[to]?.pos !== "ADP") return undefined;
  const between = (ctx.before ?? []).filter(
    (b) => b.at !== undefined && b.at > tokens[verbAt]!.start && b.at < tokens[to]!.start,
  );
  const object = between.length === 1 ? between[0]! : undefined;
  // A bare "Funds" says nothing the verb does not (nor does a head that is such an object's whole label).
  const generic = object?.head?.split(/\s+/)[0] === NO_NOUN[object?.kind ?? ""];
  return object?.read && object.head && !generic ? object.head : undefined;
}

/** "the masses living in the hills": an -ing participle right after a noun describes that noun. */
function nounModifier(tokens: Token[], at: number): boolean {
  return /ing$/i.test(tokens[at]!.text) && tokens[at - 1]?.pos === "NOUN";
}
