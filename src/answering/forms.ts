// The form of a question beyond "which figure": a comparison of two figures ("which was larger,
// A or B", "was more spent on A than on B"), a yes/no check of a figure against a plan, the
// previous year or a stated threshold ("did X meet its target?", "was X over 5 million?"), and
// whether listed parts add up to their total. Read from the question's English wording.
import { wordedBoundIn } from "./worded-bound.js";
import { CURRENCY_BEFORE_SOURCE, countUnitIn } from "../knowledge/units.js";
import { isYearText, YEAR } from "../text/years.js";
import { IRREGULAR_PARTICIPLES } from "../text/participles.js";
import {
  countedBeforeSides,
  parallelSides,
  pronounObjectSides,
  sameThingInTwoYears,
  subjectVerbBeforeSides,
} from "./sides.js";
import { tagTokens } from "./background.js";
import {
  AGAINST_PLAN,
  MARGIN_OVER_PLAN,
  PLAN_ASKED,
  PLAN_NOUNS,
  PLAN_OR_INTENT,
  THAN_PLAN,
} from "./plan-words.js";

export type Comparator = ">" | ">=" | "<" | "<=";

export type Comparison = {
  type: "comparison";
  /** The words naming each side ("central government's contribution", "social funds"). */
  left: string;
  right: string;
  /** Words that apply to both sides (what is measured, where, when). */
  shared: string;
  /** Which side the question singles out: the larger ("more", "bigger") or the smaller. */
  wants: "larger" | "smaller";
  /** A yes/no question ("was A larger than B?") rather than "which was larger?". */
  yesNo: boolean;
  /** The sides name places, means or years ("built in A or in B"): both measure what the question names. */
  alike?: boolean;
  /** "…, and by how much?": the question singles out the difference, so it is the answer's value. */
  difference?: boolean;
  /** "Which batch covered more …?": the sides are the report's two groups, first and second, unnamed. */
  unnamed?: boolean;
  /** The question (names masked) has a plan word: a planned figure may be a side ("planned investment"). */
  plans?: boolean;
  /** "Which did better relative to its target": each side is its result as a share of its plan. */
  sharesOfPlan?: boolean;
};

export type Check =
  /**
   * `share`: the result is measured against this percentage of its plan instead of the whole plan
   * ("more than half of its target": 50; "beat the plan by more than 20%": 120).
   */
  | { type: "check"; against: "plan"; op: Comparator; share?: number }
  | { type: "check"; against: "previous"; op: Comparator }
  /** `ofPlan`: the bounded figure is itself a plan ("was the planned investment above N?"). */
  | {
      type: "check";
      against: "threshold";
      op: Comparator;
      threshold: number;
      percent: boolean;
      text: string;
      ofPlan?: boolean;
      /**
       * The bound is the plan itself, named with it ("at least the 1,000 villages it planned"): the
       * result is checked against that plan, not the plan against the bound.
       */
      boundIsPlan?: boolean;
    }
  | { type: "check"; against: "parts" }
  /** "Were all the X settled?": the part the report gives (X settled) against its whole (all X). */
  | { type: "check"; against: "whole" };

export type Form = Comparison | Check;

/**
 * Words that carry a form rather than a topic: comparatives and the verbs that measure one figure
 * against another. Once the form is read they would only match noise in the search.
 */
export const FORM_WORDS = new Set([
  "more",
  "less",
  "fewer",
  "than",
  "bigger",
  "larger",
  "greater",
  "higher",
  "lower",
  "smaller",
  "longer",
  "shorter",
  "faster",
  "quicker",
  "slower",
  "least",
  "most",
  "over",
  "above",
  "below",
  "under",
  "exceed",
  "exceeded",
  "exceeds",
  "beat",
  "beats",
  "surpass",
  "surpassed",
  "hit",
  "hits",
  "meet",
  "met",
  "reach",
  "reached",
  "achieve",
  "achieved",
  "fulfil",
  "fulfill",
  "fulfilled",
  "miss",
  "missed",
  "fall",
  "fell",
  "short",
  "vs",
  "versus",
]);

const AUX_START = /^\s*(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\b/;
// A yes/no question may open with when or where it asks about, with no comma before its auxiliary
// ("by the end of the year had X …").
const AUX_AFTER_SETTING =
  /^\s*(?:by|in|as of|at|on|before|after|until|since|during)\s+(?:(?!how\b|what\b|which\b|who\b)[\w.,-]+\s+){1,5}?(?:did|does|do|was|were|is|are|has|have|had)\s+(?:the|its|their|it|they|he|she|this|that|these|those|[a-z]+'s|\p{Lu})/u;
// "X met its target or not?", "…, yes or no?": the alternative of a statement and its negation.
const OR_NOT = /\b(?:or not|or nah|or no|yes or no)\s*[?!.]*\s*$/;
// Comparatives of size and of length ("which is longer: the roads or the canals?").
// A rate compared ("which grew faster") is compared as its figures are: faster is the larger change;
// so is a result against its plan ("which did better against its target"): better is the larger share.
const LARGER = "more|bigger|larger|greater|higher|longer|faster|quicker|better";
const SMALLER = "less|fewer|smaller|lower|shorter|slower|worse";
const COMPARATIVE = new RegExp(`\\b(${LARGER}|${SMALLER})\\b`);
const SMALLER_WORD = new RegExp(`^(?:${SMALLER})$`);
const STATED_GAP_BEFORE = /\d[\d.,]*\s*(?:%|percent(?:age)?(?:\s+points?)?|points?|yuan|times)?\s*$/;
// Verbs that compare one figure with another ("did A beat B", "A outnumbered B").
const COMPARING_VERB =
  /\b(beat|beats|outnumber(?:ed|s)?|outspen[dt]|surpass(?:ed|es)?|top(?:ped|s)?|exceed(?:ed|s)?|overt(?:ook|ake|akes))\b/;
// What a plan is called.
const PLAN_NOUN = new RegExp(String.raw`\b${PLAN_OR_INTENT}\b`);
// "More … than planned" says which way outright; the verbs and prepositions ("exceeded", "fell
// short", "under") come after it, since "under" and "over" are also just prepositions ("under the Rain Plan").
// The comparative's object and its place may stand between it and "than" ("fewer herder households
// in the Tibetan areas than it planned"): any run of plain words, no clause break, no other "than".
const BETWEEN_COMPARATIVE_AND_THAN = String.raw`(?:\s+(?!than\b)[a-z-]+){0,8}`;
const MORE_THAN_PLAN = new RegExp(String.raw`\bmore\b${BETWEEN_COMPARATIVE_AND_THAN}\s+${THAN_PLAN}`);
const LESS_THAN_PLAN = new RegExp(
  String.raw`\b(?:less|fewer)\b${BETWEEN_COMPARATIVE_AND_THAN}\s+${THAN_PLAN}`,
);
const EXCEEDED =
  /\b(exceed|exceeded|exceeds|beat|beats|surpass(?:ed|es)?|overfulfil+(?:ed)?|above|over|beyond|top(?:ped)?)\b/;
const FELL_SHORT = /\b(miss|missed|misses|fall short|fell short|falls short|below|under|short of)\b/;
/** What the caller writes for each of the knowledge's names in a question's cues (see formOf). */
export const NAME_MASK = "the programme";
// A preposition before a name frames where a result was reached ("its task under the Rain Plan", "the
// work over the programme"), not how it stands to the plan: masked, "under" read as falling short.
// A possessive after the name ("above the programme's target") still bounds.
const PREPOSITION_BEFORE_NAME = new RegExp(
  String.raw`\b(?:under|below|over|above|beyond)\s+(?:(?:the|its|their)\s+)?${NAME_MASK}\b(?!['’]s)`,
  "g",
);
const PREVIOUS =
  /\b(previous year|last year|year before|prior year|a year earlier|year[- ]on[- ]year|from (?:20\d\d|the year before)|than (?:in )?20\d\d|over (?:20\d\d|the previous year))\b/;
// The base of a change named by its year alone ("compared with 2010").
const CHANGE_OVER_YEAR = /^\s*compared (?:to|with)\s+(?:in\s+)?(?:19|20)\d\d\s*[?.!]*\s*$/;
const GREW =
  /\b(grow|grew|grown|growth|increase|increased|rise|rose|risen|go up|went up|gone up|up|more than (?:the )?(?:previous|last|prior) year)\b/;
const SHRANK =
  /\b(fall|fell|fallen|decrease|decreased|decline|declined|drop|dropped|go down|went down|shrink|shrank|down)\b/;
const WH_ASKING = /\b(?:what|how|which)\b/;
const ADDS_UP =
  /\b(add up|adds up|added up|sum up|sums up|sum to|sums to|add to|tally|match(?:es)? the total|total(?:s)? correctly|consistent)\b/;

// "more than 5 million", "at least 1,000", "over 30%", "under a million".
// "Over RMB 2 billion": a currency written before the amount (units.ts) is no word between.
// "Reached an employment rate of 90%": a rate named between the verb and its bound is the rate the
// figure is ("a coverage rate of", "a level of"); its words stay the question's, not the bound's.
const RATE_NAMED = String.raw`(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:rate|ratio|share|level|proportion)\s+of\s+`;
const RATE_NAMED_AFTER_VERB = new RegExp(String.raw`^\s+${RATE_NAMED}`, "i");
const THRESHOLD = new RegExp(
  String.raw`\b(reach(?:ed)?|hit|top(?:ped)?|more than|over|above|beyond|greater than|higher than|bigger than|larger than|exceeding|exceed(?:ed|s)?|at least|no less than|not less than|less than|fewer than|under|below|lower than|smaller than|at most|no more than|not more than|all)\s+` +
    String.raw`(?:${RATE_NAMED})?` +
    String.raw`(?:the |a |an )?(?:${CURRENCY_BEFORE_SOURCE}\s?)?(?:(\d[\d,]*(?:\.\d+)?)|(?=(?:hundred|thousand|million|billion)\b))\s*(hundred|thousand|million|billion|万|亿)?\s*(%|percent|per cent)?`,
  "i",
);
const OPERATOR: Record<string, Comparator> = {
  reach: ">=",
  reached: ">=",
  hit: ">=",
  top: ">",
  topped: ">",
  "more than": ">",
  over: ">",
  above: ">",
  beyond: ">",
  "greater than": ">",
  "higher than": ">",
  "bigger than": ">",
  "larger than": ">",
  exceeding: ">",
  exceed: ">",
  exceeded: ">",
  exceeds: ">",
  "at least": ">=",
  "no less than": ">=",
  "not less than": ">=",
  "less than": "<",
  "fewer than": "<",
  under: "<",
  below: "<",
  "lower than": "<",
  "smaller than": "<",
  "at most": "<=",
  "no more than": "<=",
  "not more than": "<=",
  all: ">=",
};
const SCALE: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  万: 1e4,
  亿: 1e8,
};

// "N or more", "N yuan or above": the comparator follows the bound.
const OR_MORE =
  /(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million|billion|万|亿)?\s*(%|percent|per cent)?\s*(?:[a-z]+\s+){0,2}?or\s+(more|above|higher|greater|over|less|fewer|below|lower|under)\b/;
const OR_OPERATOR: Record<string, Comparator> = {
  more: ">=",
  above: ">=",
  higher: ">=",
  greater: ">=",
  over: ">=",
  less: "<=",
  fewer: "<=",
  below: "<=",
  lower: "<=",
  under: "<=",
};

/** A number the question states as a bound, with its comparator; years are not bounds. */
export function thresholdIn(
  english: string,
): { op: Comparator; value: number; percent: boolean; text: string } | undefined {
  const m = THRESHOLD.exec(english);
  if (!m) return boundBefore(english) ?? boundInWords(english);
  const base = m[2] ? Number(m[2].replace(/,/g, "")) : 1;
  // "more than 2010", "than the 2010 <noun>": a year; "more than N yuan": an amount.
  if (
    m[2] &&
    isYearText(m[2]) &&
    !m[3] &&
    !m[4] &&
    !/^\s*(?:yuan|rmb)\b/.test(english.slice(m.index + m[0].length))
  )
    return undefined;
  const value = base * (m[3] ? SCALE[m[3]]! : 1);
  const rate = RATE_NAMED_AFTER_VERB.exec(m[0].slice(m[1]!.length));
  const text = rate ? m[0].slice(m[1]!.length + rate[0].length) : m[0];
  return { op: OPERATOR[m[1]!] ?? ">", value, percent: !!m[4], text };
}

// "More than ten projects": a count bound written in words (worded-bound.ts).
function boundInWords(english: string): ReturnType<typeof thresholdIn> {
  const b = wordedBoundIn(english);
  return b && { op: OPERATOR[b.phrase] ?? ">", value: b.value, percent: false, text: b.text };
}

// "N yuan or more": the bound first, its comparator after it.
function boundBefore(english: string): ReturnType<typeof thresholdIn> {
  const m = OR_MORE.exec(english);
  if (!m) return undefined;
  const [, digits, scale, percent, word] = m;
  const n = Number(digits!.replace(/,/g, ""));
  if (!scale && !percent && isYearText(digits!) && !/\b(?:yuan|rmb)\b/.test(m[0])) return undefined;
  return { op: OR_OPERATOR[word!]!, value: n * (scale ? SCALE[scale]! : 1), percent: !!percent, text: m[0] };
}

// A share of a plan written as a fraction or a percentage ("half", "a quarter", "30%").
const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 100 / 3,
  quarter: 25,
  fourth: 25,
  fifth: 20,
  tenth: 10,
  "two thirds": 200 / 3,
  "three quarters": 75,
};
const SHARE_WORDS = String.raw`(two thirds|three quarters|half|third|quarter|fourth|fifth|tenth|\d+(?:\.\d+)?\s*(?:%|percent|per cent))`;
// Each is a key of OPERATOR, which gives its comparator.
const BOUND_WORDS =
  "(more than|over|above|greater than|at least|no less than|not less than|less than|fewer than|under|below|at most|no more than|not more than)";
// "more than two thirds (of) its yearly plan", "at least a fifth of the target".
// "A third of its total funds" is a share of the whole it was to be: a fraction of a total is read as
// a fraction of the figure's plan, which the reply states (or it says there is none).
const WHOLE_NOUNS = `(?:${PLAN_NOUNS}|total|whole|budget)`;
const FRACTION_OF_PLAN = new RegExp(
  String.raw`\b(?:${BOUND_WORDS}\s+)?(?:a\s+|an\s+|one\s+)?${SHARE_WORDS}\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?${WHOLE_NOUNS}\b`,
);
// "beat its plan by at least 10 percent", "top the quota by over 20%".
const EXCESS_OVER_PLAN = new RegExp(
  String.raw`\b(?:exceed|beat|surpass|top|overfulfil|outstrip|overshoot)\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?${PLAN_NOUNS}\w*\s+by\s+(?:${BOUND_WORDS}\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)(?:\s+or\s+(more|less))?`,
);
// "more than 20% above the quota", "at least 10% more villages than planned".
const PERCENT_OVER_PLAN = new RegExp(
  String.raw`\b(?:${BOUND_WORDS}\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:above|over|beyond|(?:more|higher|greater)\s+(?:[\w-]+\s+){0,3}?than(?:\s+(?:was|were|it|they))?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?${PLAN_NOUNS}\b`,
);
const FRACTION_OF_WHOLE = new RegExp(
  String.raw`\b${BOUND_WORDS}\s+(?:a\s+|an\s+|one\s+)?(two thirds|three quarters|half|third|quarter|fourth|fifth|tenth)\s+of\b`,
);
const shareValue = (words: string) => FRACTIONS[words] ?? Number.parseFloat(words);

/**
 * A result measured against a share of its plan: a fraction of it ("more than two thirds of its plan")
 * or the plan and a margin ("beat the plan by more than 20%"). Without a bound word the share is
 * to be reached (">=").
 */
export function planShareIn(english: string): { op: Comparator; share: number } | undefined {
  const fraction = FRACTION_OF_PLAN.exec(english);
  if (fraction) return { op: OPERATOR[fraction[1] ?? ""] ?? ">=", share: shareValue(fraction[2]!) };
  const excess = EXCESS_OVER_PLAN.exec(english) ?? PERCENT_OVER_PLAN.exec(english);
  if (!excess) return undefined;
  const [, bound, percent, orWhat] = excess;
  const op = bound ? OPERATOR[bound]! : orWhat === "less" ? "<=" : ">=";
  return { op, share: 100 + Number(percent) };
}

/**
 * The comparison or check a question asks for, if any. `cues` is the same question with the
 * knowledge's names masked ("Rain Plan" names a programme and asks for no plan).
 */
const BARE_DIFFERENCE =
  /^\s*(?:and\s+)?(?:by\s+)?how (?:much|many)(?:\s+(?:more|less|fewer|bigger|larger|higher|greater|smaller|lower))?(?:\s+(?:is it|was it|is that|was that))?\s*[?!.]*\s*$/;

// "Did A … more than B, or the other way round?": the tag offers the reverse, so the question asks
// which of the two is larger, not whether A is.
const OTHER_WAY_ROUND =
  /,?\s*or\s+(?:(?:is|was)\s+it\s+)?(?:the\s+other\s+way\s+a?round|vice\s+versa|the\s+reverse)\s*[?？!.]*\s*$/;

export function formOf(english: string, cues = english, clause = english): Form | undefined {
  if (OTHER_WAY_ROUND.test(english)) {
    const untagged = (text: string) => text.replace(OTHER_WAY_ROUND, "?");
    const form = formOf(untagged(english), untagged(cues), untagged(clause));
    return form?.type === "comparison" ? { ...form, yesNo: false } : form;
  }
  const q = english.replace(/[？]/g, "?").trim();
  const c = cues.replace(/[？]/g, "?").trim();
  // The asking clause decides yes/no ("X planned N — did it reach that?"); the
  // two sides of a comparison and a plan may be named anywhere in the question.
  // "Was A more than B? How much more?": a bare "how much more" after a yes/no question asks that
  // comparison's difference, and the yes/no question is the asking clause.
  const asking =
    clause !== english && BARE_DIFFERENCE.test(clause)
      ? english.slice(0, english.lastIndexOf(clause))
      : clause;
  const yesNo = AUX_START.test(asking) || AUX_AFTER_SETTING.test(asking) || OR_NOT.test(asking);
  // "Do the parts add up to the total?" checks the report's sum; "if you add up A, B and C, what's
  // the total?" asks for that sum (a wh-question is no check).
  if (
    ADDS_UP.test(q) &&
    !WH_ASKING.test(asking) &&
    /\b(parts?|sources?|components?|breakdown|items?|figures?|total)\b/.test(q)
  )
    return { type: "check", against: "parts" };
  // A share of the plan ("more than two thirds of its plan") is a bound on the result against its plan.
  const planShare = yesNo ? planShareIn(clause) : undefined;
  if (planShare) return { type: "check", against: "plan", ...planShare };
  // A stated bound ("more than N yuan") makes a check, whatever else the question compares.
  const threshold = yesNo ? thresholdIn(clause) : undefined;
  if (threshold)
    return {
      type: "check",
      against: "threshold",
      op: threshold.op,
      threshold: threshold.value,
      percent: threshold.percent,
      text: threshold.text,
      ...(PLAN_NOUN.test(c) ? { ofPlan: true } : {}),
      // Read with names masked: in "over 150,000 Rain Plan graduates" the plan word is a name's.
      ...(PLAN_NAMES_BOUND.test(afterBound(c.includes(threshold.text) ? c : clause, threshold.text))
        ? { boundIsPlan: true }
        : {}),
    };
  // "More than a fifth of the X money spent on Y": a fraction of a whole, not of a plan, bounds the
  // share the report states.
  const fraction = yesNo ? FRACTION_OF_WHOLE.exec(clause) : null;
  if (fraction)
    return {
      type: "check",
      against: "threshold",
      op: OPERATOR[fraction[1]!]!,
      threshold: shareValue(fraction[2]!),
      percent: true,
      text: fraction[0],
    };
  if (yesNo && ALL_OF_THEM.test(clause)) return { type: "check", against: "whole" };
  const comparison = comparisonIn(q, yesNo, c);
  if (comparison)
    return AGAINST_PLAN.test(c) || MARGIN_OVER_PLAN.test(c)
      ? { ...comparison, plans: true, sharesOfPlan: true }
      : PLAN_ASKED.test(c)
        ? { ...comparison, plans: true }
        : comparison;
  if (!yesNo) return undefined;
  if (PLAN_NOUN.test(c)) {
    const bound = c.replace(PREPOSITION_BEFORE_NAME, " ");
    const op: Comparator = MORE_THAN_PLAN.test(c)
      ? ">"
      : LESS_THAN_PLAN.test(c) || FELL_SHORT.test(bound)
        ? "<"
        : EXCEEDED.test(bound)
          ? ">"
          : ">=";
    return { type: "check", against: "plan", op };
  }
  if (PREVIOUS.test(q) || GREW.test(q) || SHRANK.test(q))
    return { type: "check", against: "previous", op: SHRANK.test(q) ? "<" : ">" };
  return undefined;
}

// A plan word in the few words after a bound, in its clause, names the bound as the plan ("the 1,000
// villages it planned", "500 households as targeted").
const PLAN_NAMES_BOUND = new RegExp(String.raw`^\s*(?:[\w'’-]+\s+){0,4}?${PLAN_OR_INTENT}\b`);
/** What a question says after the bound it states ("more than 200,000 "). */
const afterBound = (text: string, bound: string) => text.slice(text.indexOf(bound) + bound.length);

// "Were all (of) the X settled", "have all X been …", "did all X get …": whether a part is the whole.
// No number follows "all" (an "all N" bound is a threshold the question states, read above).
// "Were all (of) the X …?", and the whole after a preposition: "was the work under way in all of its
// project villages?", "did it reach all the counties?" is the same check of a part against its whole.
// "Every X" asked yes or no is all of them ("did every single county get a grant?"), not
// a unit to divide by as in "how much for every village".
const EVERY = String.raw`every\s+(?:single\s+|last\s+|one\s+of\s+(?:the|its|their|these|those)\s+)?`;
const ALL_OF_THEM = new RegExp(
  String.raw`^\s*(?:were|was|are|is|have|had|has|did|do|does)\s+(?:all\s+(?:of\s+)?(?:the|its|their|these|those)?\s*|${EVERY}|.*?\b(?:in|at|across|to|for|reach(?:ed)?)\s+(?:all\s+(?:of\s+)?(?:the|its|their|these|those)\s+|${EVERY}))(?!\d)[a-z]`,
);

// Past participles: a regular "-ed" form or one of English's irregular ones (a closed class of the
// grammar, not the report's verbs), so a side ends at any verb that describes what both measure.
const PARTICIPLE_WORD = String.raw`(?:(?!hundred\b)[a-z]{3,}ed|${[...IRREGULAR_PARTICIPLES].join("|")})`;
// Words that end a side and start what both sides share ("B | built under …").
// A side that is only a pronoun head and its relative word: "those that", "the ones who", "they".
const BARE_HEAD = /^(?:the\s+)?(?:ones?|those|they)(?:\s+(?:that|who|which))?$/;
const SIDE_END = new RegExp(
  String.raw`\s+(?=(?:${PARTICIPLE_WORD}|in|under|for|during|by|from|with|through|within|were|was|is|are|had|has|get|did|do|does)\b)`,
);
const OWN_ARTICLE = /^\s*(?:the|a|an|its|their)\s/;
const GOVERNED_PHRASE = new RegExp(
  String.raw`^\s*${PARTICIPLE_WORD}\s+(?:by|with|in|under|for|through|from|to)\s+(?:the\s+)?[a-z-]+`,
);
const PARTICIPLE = new RegExp(String.raw`^\s+${PARTICIPLE_WORD}\b`);
// "the funds for A or the money for B", "the pilot in A or the funds for B": two sides with their
// own article, each with a phrase of a preposition after its noun, are built alike, whatever the
// prepositions; the right side's phrase is its own, as the left's is, not words both sides share.
// A phrase of a year ("in 2012") dates both sides.
const SIDE_PREPOSITIONS = "for|in|under|from|by|with|through|during|within";
const SIDE_PREPOSITION_PHRASE = new RegExp(
  String.raw`^\s+(?:${SIDE_PREPOSITIONS})\s+(?!(?:the\s+)?${YEAR}\b)\S`,
);
const LEFT_PREPOSITION_PHRASE = new RegExp(
  String.raw`\S\s+(?:${SIDE_PREPOSITIONS})\s+(?!(?:the\s+)?${YEAR}\b)\S`,
);
function parallelPhrase(left: string, rest: string): boolean {
  return SIDE_PREPOSITION_PHRASE.test(rest) && LEFT_PREPOSITION_PHRASE.test(left);
}
const LEAD =
  /^(?:(?:which|what|who|whom|was|were|is|are|did|does|do|had|has|there|the|a|an|one|of|it)(?:\s+|$))+/;
const cleanSide = (s: string) =>
  s
    .replace(/[?!.:;,]+/g, " ")
    // A dash standing alone sets a clause off ("which was longer - A or B"), as a comma does.
    .replace(/(?<=^|\s)[-–—]+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEAD, "");

// "Which was larger, A or B, and by how much?" (or "…? How much more?"): the difference asked after the choice is part of
// the comparison's answer (it states both figures and the difference), not a question of its own.
// A unit the difference is asked in ("… and by how much per village?") stays with the question:
// it says which figures are compared.
const DIFFERENCE_AFTER_CHOICE =
  /[,?]?\s*(?:and\s+)?(?:(?:by\s+)?how (?:much|many)(?:\s+(?:more|less|fewer|bigger|larger|higher|greater|smaller|lower))?|what(?:'s| is| was) the (?:difference|gap))(?:\s+(?:is it|was it|is that|was that|did it))?(\s+(?:per|for each|for every|each|a)\s+[a-z]+)?\s*[?!.]*\s*$/;

// Other ways English puts a choice between two: "between A and B, which … higher?" and the
// imperative "compare A with B". Both are read as "which …: A or B?".
const BETWEEN_CHOICE = /^(?:.*?\s)?between\s+(.+?)\s+and\s+(.+?),\s*((?:which|what|who)\b.*)$/;
const COMPARE_IMPERATIVE =
  /^(?:(?:please|pls|can you|could you)\s+)?compare\s+(.+?)\s+(?:with|to|and|against)\s+(.+?)[?!.]*$/;
function asChoice(q: string): string {
  const between = BETWEEN_CHOICE.exec(q);
  if (between) return `${between[3]!.replace(/[?!.]+$/, "")}: ${between[1]} or ${between[2]}?`;
  const compare = COMPARE_IMPERATIVE.exec(q);
  if (compare) return `which is larger: ${compare[1]} or ${compare[2]}?`;
  return q;
}

// "In <setting>, did A or B …": a setting put before the asking clause applies to both sides.
const SETTING_LEAD =
  /^((?:in|for|during|under|within|among|as for|regarding|about|across)\s[^,]{2,140}),\s*(?=(?:did|does|do|was|were|is|are|has|have|had|which|what|who)\b)/;
// "Did A or B <verb> more …": after do-support the verb before the comparative is bare, and it
// says what both sides did, not what the second side is.
const DO_SUPPORT = /^\s*(?:did|does|do)\b/;

// "than B did", "than B had in 2012": the second side, then the auxiliary standing for the question's
// verb, then at most a time or place phrase.
const ELIDED_VERB_AFTER_SIDE =
  /^(.+?)\s+(?:did|does|do|was|were|is|are|had|has|have)((?:\s+(?:in|during|at|by|over)\s+.+)?)$/;

function comparisonIn(written: string, yesNo: boolean, cues: string): Comparison | undefined {
  const setting = SETTING_LEAD.exec(written);
  if (setting && !/\s(?:or|vs\.?|versus)\s/.test(setting[1]!)) {
    const rest = comparisonIn(written.slice(setting[0].length), yesNo, cues);
    return rest && { ...rest, shared: cleanSide(`${setting[1]} ${rest.shared}`) };
  }
  // Commas inside brackets list what a side holds ("the first (A, B, C) or the second"): they
  // separate no sides or frame.
  const asked = asChoice(written.replace(/\([^()]*\)/g, (m) => m.replace(/,/g, " ")));
  const groups = unnamedGroups(asked);
  if (groups) return groups;
  // A choice ("A or B") or a yes/no comparison ("were there more A than B") may go on to ask by how much.
  const choice = /\s(?:or|vs\.?|versus)\s/.test(asked) || (yesNo && /\s+than\s+/.test(asked));
  const difference = choice && DIFFERENCE_AFTER_CHOICE.test(asked);
  const q = difference
    ? asked.replace(DIFFERENCE_AFTER_CHOICE, (_, unit: string | undefined) =>
        unit ? `, ${unit.trim()}?` : "?",
      )
    : asked;
  const asksDifference = difference ? { difference: true } : {};
  // "How many more … than …" asks for the difference itself: a derivation, not a verdict.
  if (/\bhow (?:much|many)\b/.test(q)) return undefined;
  const cmp = COMPARATIVE.exec(q);
  const wants: Comparison["wants"] = cmp && SMALLER_WORD.test(cmp[1]!) ? "smaller" : "larger";
  // "A or B" / "A vs B", with a comparative somewhere: which of two.
  const alt = /\s+(?:or|vs\.?|versus|compared (?:to|with))\s+/.exec(q);
  if (alt && (cmp || /\bvs\.?\b|\bversus\b|\bcompared\b/.test(q))) {
    // A colon separates a shared frame from the alternatives ("in <frame>: A or B?").
    const colon = q.indexOf(":");
    let frame = "";
    let body = q;
    if (colon >= 0) {
      const before = q.slice(0, colon);
      const after = q.slice(colon + 1);
      if (alt.index > colon) [frame, body] = [before, after];
      else [frame, body] = [after, before];
    }
    // "Which had a bigger <measure> …, A or B?": alternatives after the last comma, with the
    // comparative before it, leave the question before the comma as the frame both sides share
    // (after a colon's frame too: "<programme>: which had the bigger <measure>, A or B?").
    const altInBody = /\s+(?:or|vs\.?|versus|compared (?:to|with))\s+/.exec(body);
    const comma = altInBody ? body.lastIndexOf(",", altInBody.index) : -1;
    if (comma >= 0) {
      const tail = body.slice(comma + 1);
      // A frame that is only the comparative ("which was larger, A or B?") names nothing to share.
      const before = body.slice(0, comma);
      const names = cleanSide(before.replace(COMPARATIVE, " ")).length > 0;
      if (names && COMPARATIVE.test(before) && !COMPARATIVE.test(tail) && !/,/.test(tail))
        [frame, body] = [`${frame} ${before}`, tail];
    }
    const split = /\s+(?:or|vs\.?|versus|compared (?:to|with))\s+/.exec(body);
    if (!split) return undefined;
    // "did X grow in 2011 compared with 2010": a change over a year named as its base, as "than
    // 2010" is, not two figures to weigh.
    if (
      /^compared/.test(split[0].trim()) &&
      CHANGE_OVER_YEAR.test(body.slice(split.index)) &&
      (GREW.test(q) || SHRANK.test(q))
    )
      return undefined;
    let left = body.slice(0, split.index);
    let right = body.slice(split.index + split[0].length);
    // The left side starts after the comparative ("were there more [A] or B"), if it has one.
    const inLeft = COMPARATIVE.exec(left);
    let lead = "";
    if (inLeft) {
      lead = left.slice(0, inLeft.index);
      left = left.slice(inLeft.index + inLeft[0].length);
      // "more A or more B": the comparative said again before B is no part of B.
      const again = COMPARATIVE.exec(right);
      if (again?.index === 0 && again[0].trim() === inLeft[0].trim()) right = right.slice(again[0].length);
    }
    // The right side ends at a clause boundary or where words both sides share begin ("B | built under …").
    // A participle after a side with its own article modifies that side only ("A or the money collected by B").
    const own = OWN_ARTICLE.test(right) && OWN_ARTICLE.test(left.replace(/^[\s,:;]+/, ""));
    // "A paired with X or B covered by Y": a side that opens with a participle keeps the phrase
    // it governs; what both share starts after it.
    const governed = GOVERNED_PHRASE.exec(right)?.[0].length ?? 0;
    const sideEnd = SIDE_END.exec(right.slice(governed));
    const shareEnd = sideEnd && Object.assign(sideEnd, { index: sideEnd.index + governed });
    // A cut that leaves the right side only words the left side has ("skills training for transfer
    // employment or training | in practical techniques") took what tells it apart: the phrase is its own.
    const cutOwnWords = (at: number) => {
      const leftWords = new Set(cleanSide(left).split(" "));
      return cleanSide(right.slice(0, at))
        .split(" ")
        .some((w) => w && !leftWords.has(w));
    };
    // "… those who borrowed or those that got loans?": a cut that leaves the right side a bare
    // pronoun head with its relative word ("those that") took the clause that names it.
    const bareHead = (at: number) => BARE_HEAD.test(cleanSide(right.slice(0, at)));
    const sharedFrom =
      (shareEnd && bareHead(shareEnd.index)) ||
      (own && shareEnd && PARTICIPLE.test(right.slice(shareEnd.index))) ||
      (shareEnd && !cutOwnWords(shareEnd.index)) ||
      (own && shareEnd && parallelPhrase(left, right.slice(shareEnd.index)))
        ? null
        : shareEnd;
    // "… or B contribute more money?": the comparative and what follows it are shared, and after
    // do-support so is the bare verb before it.
    // Once the frame has said it ("which had more …: A or B"), a comparative in B is part of B's
    // name ("the Greater and Lesser Liangshan area").
    const inRight = inLeft || COMPARATIVE.test(frame) ? null : COMPARATIVE.exec(right);
    const verbBefore =
      inRight && DO_SUPPORT.test(q) ? /\s+[a-z]+\s*$/.exec(right.slice(0, inRight.index)) : null;
    const comparativeEnd =
      verbBefore && cleanSide(right.slice(0, verbBefore.index)).length > 0 ? verbBefore : inRight;
    const ends = [/[,;?!]/.exec(right), sharedFrom, comparativeEnd].filter(
      (m): m is RegExpExecArray => m !== null,
    );
    const end = ends.sort((a, b) => a.index - b.index)[0];
    let tail = "";
    if (end) {
      tail = right.slice(end.index);
      right = right.slice(0, end.index);
    }
    // "[bridges built] in A or in B": the words before the shared preposition apply to both sides.
    // "more [bridges] in A or under B": the counted noun is both sides' measure whatever their prepositions.
    // "[jobs found] inside the county or outside it": the pronoun is the first side's place.
    const pronounSides = pronounObjectSides(cleanSide(left), cleanSide(right));
    const samePreposition = pronounSides
      ? { ...pronounSides, alike: true }
      : parallelSides(cleanSide(left), cleanSide(right));
    const countedFirst =
      inLeft && !samePreposition.alike
        ? countedBeforeSides(cleanSide(left), cleanSide(right), (p) => countUnitIn(p) !== undefined)
        : undefined;
    // "more [person-times get] A or B": what both count and their verb, the objects as the sides.
    const verbFirst =
      inLeft && !samePreposition.alike && !countedFirst
        ? subjectVerbBeforeSides(cleanSide(left), cleanSide(right), tagTokens)
        : undefined;
    const parallel = countedFirst
      ? { ...countedFirst, alike: true }
      : verbFirst
        ? { ...verbFirst, alike: false }
        : samePreposition;
    const sides = sameThingInTwoYears(parallel.left, parallel.right);
    // "grew by what share compared with the year before": a change over time, not two figures.
    if (
      !sides.left ||
      !sides.right ||
      PREVIOUS.test(` ${sides.right}`) ||
      /^(?:the )?(?:year before|previous year|last year|prior year)/.test(sides.right)
    )
      return undefined;
    const shared = cleanSide(`${frame} ${lead} ${parallel.common} ${tail}`);
    // "Which covered more villages, the first four counties or the second four?": the thing counted
    // after the comparative is what both sides count; a side's own nouns only say which it is.
    const counted = COUNTED_AFTER_COMPARATIVE.exec(shared);
    const alike = parallel.alike || (!!counted && countUnitIn(counted[1]!) !== undefined);
    return {
      type: "comparison",
      ...sides,
      shared,
      wants,
      yesNo: false,
      ...(alike ? { alike: true } : {}),
      ...asksDifference,
    };
  }
  // "A [measure] more/bigger … than B": the first side before the comparative, the second after "than".
  const than = /\s+than\s+/.exec(q);
  // "grew 2.9 points faster than B": a gap the question states, an input to work from, not two
  // figures to weigh.
  const statedGap = !yesNo && !!cmp && STATED_GAP_BEFORE.test(q.slice(0, cmp.index));
  if (
    cmp &&
    than &&
    !statedGap &&
    than.index > cmp.index &&
    !PLAN_AFTER_THAN.test(cues.slice(cues.search(/\s+than\s+/))) &&
    !PREVIOUS.test(q.slice(than.index - 1))
  ) {
    const before = cleanSide(q.slice(0, cmp.index));
    const between = cleanSide(q.slice(cmp.index + cmp[0].length, than.index));
    // "than B did (in 2013)": the auxiliary repeating the question's verb closes the second side,
    // and a time or place after it frames both sides.
    const elided = ELIDED_VERB_AFTER_SIDE.exec(cleanSide(q.slice(than.index + than[0].length)));
    const right = elided ? elided[1]! : cleanSide(q.slice(than.index + than[0].length));
    const after = elided?.[2]?.trim() ?? "";
    // "was more [spent on A] than …": nothing before the comparative, so the words between
    // name the first side; otherwise they name what is measured for both ("A had a bigger [measure] than B").
    const hasSubject = before.split(" ").filter((w) => w.length > 2).length > 0;
    // "was [X] bigger for A than for B": the words between and after "than" open with the same
    // preposition, so they are the two sides and the subject is what both measure.
    const parallel = parallelSides(between, right);
    if (hasSubject && parallel.alike && !parallel.common) {
      const sides = sameThingInTwoYears(parallel.left, parallel.right);
      return { type: "comparison", ...sides, shared: before, wants, yesNo, alike: true, ...asksDifference };
    }
    const left = hasSubject ? before : between;
    const shared = cleanSide(`${hasSubject ? between : ""} ${after}`);
    if (!left || !right) return undefined;
    // "Was the grant for the 2010 trials bigger than for the 2009 trials?": a second side that names
    // only its year is the first side's thing in that year.
    return {
      type: "comparison",
      ...sameThingInTwoYears(left, right),
      shared,
      wants,
      yesNo,
      ...asksDifference,
    };
  }
  // "did A beat B": a comparing verb between the sides (not a plan: "did A exceed its target").
  const verb = COMPARING_VERB.exec(q);
  if (yesNo && verb && !PLAN_NOUN.test(cues.slice(cues.search(COMPARING_VERB))) && !thresholdIn(q)) {
    const left = cleanSide(q.slice(0, verb.index));
    const right = cleanSide(q.slice(verb.index + verb[0].length));
    if (left && right) return { type: "comparison", left, right, shared: "", wants: "larger", yesNo: true };
  }
  return undefined;
}

// "Which batch (of …) covered more villages(, and by how many more)?": no sides named, so the sides are
// the report's groups of that kind in order; only two may be weighed (the judge checks the report has two).
const WHICH_GROUP = /^\s*which\s+(?:batch|phase|round|stage|tranche)\b/;
function unnamedGroups(q: string): Comparison | undefined {
  if (!WHICH_GROUP.test(q) || /\s(?:or|vs\.?|versus|than)\s/.test(q)) return undefined;
  const difference = DIFFERENCE_AFTER_CHOICE.test(q);
  const asked = difference ? q.replace(DIFFERENCE_AFTER_CHOICE, "?") : q;
  const cmp = COMPARATIVE.exec(asked);
  if (!cmp || /\bhow (?:much|many)\b/.test(asked)) return undefined;
  return {
    type: "comparison",
    left: "first",
    right: "second",
    shared: cleanSide(asked),
    wants: SMALLER_WORD.test(cmp[1]!) ? "smaller" : "larger",
    yesNo: false,
    alike: true,
    unnamed: true,
    ...(difference ? { difference: true } : {}),
  };
}

const COUNTED_AFTER_COMPARATIVE = /\b(?:more|fewer|less)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/;
const PLAN_AFTER_THAN = new RegExp(String.raw`^\s+${THAN_PLAN}`);
