// Reads a question into what it asks for: the kind of figure, the unit counted, years, regions,
// whether it wants a computed figure or a passage, and the content words to search with.
import { afterChangeNoun } from "./after-change.js";
import { halfOfNegation } from "./respell.js";
import type { Glossary } from "../knowledge/glossary.js";
import { translateChinese } from "./glossary.js";
import { regionsIn, regionTitleWords } from "./regions.js";
import { FORM_WORDS, formOf, type Form, NAME_MASK } from "./forms.js";
import { plainQuestion, wordRoles } from "./register.js";
import { isEnglishWord, tagTokens } from "./background.js";
import { CURRENCY_BEFORE_SOURCE, countUnitIn, PER_UNIT_PATTERN, PER_UNITS } from "../knowledge/units.js";
import { contentWords, editDistance, hasHan, QUANTITY_NOUNS, STOPWORDS, type Word } from "../text/words.js";
import { isYearText, YEAR } from "../text/years.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { getOrInsertComputed } from "../util/maps.js";
import { statedNumbers, type StatedNumber } from "./stated.js";
import { yearsAskedOfChange } from "./change-base-year.js";
import { parallelSides, sameThingInTwoYears, sideAfterPreposition, yearsIn } from "./sides.js";
import { ARITHMETIC_LEAD } from "./arithmetic-lead.js";
import { PLAN_ASKED, PLAN_NOUNS, PLAN_OR_INTENT } from "./plan-words.js";
import { countedUnit, type CountUnits } from "./counted.js";
import { glossaryNames } from "./glossary-names.js";
import { asksWho, statedNameCount, whatAreThe, whatNounsDid, whichInside } from "./names.js";
import { againstYearBefore, CHANGE_VERB, changeBetweenYears } from "./year-change.js";
import { countsThingsByMeasure } from "./zh-counted-things.js";
import { MONEY_FRAME } from "./zh-forms.js";
import { hideNounThan, restoreThan } from "./zh-than.js";
import { withoutAskedUnit } from "./zh-magnitude.js";
import { joinSeparableVerbs } from "./zh-separable.js";
import { glossaryWordsIn } from "./zh-glossed-words.js";
import { readPinyinTerms } from "./pinyin-terms.js";
import type { WritesBefore } from "./zh-attributive.js";

export type FigureKind = "money" | "count" | "percent" | "length" | "area" | "date";
export type Derivation =
  /** `ofPlan`: the share asked is of a plan ("what percentage of the planned villages were finished"). */
  /** `namesPlan`: the question names a plan somewhere (its programmes' names aside), so a share the
   *  report states of a plan may be the share asked. */
  | { type: "share"; ofPlan?: true; namesPlan?: true }
  | { type: "average"; perUnit: string }
  /** One money figure per Yuan of another ("how many Yuan of A per Yuan of B"). */
  /** `times`: asked as a multiple ("how many times B was A"): A ÷ B of one unit, given as "N times". */
  | { type: "ratio"; per: string; times?: true }
  /** `alike`: the sides name places or means ("by A and by B"), and both count what the question counts. */
  /** `way`: the direction asked ("how many more A than B": A − B; "how many fewer": B − A); none for "the difference between". */
  | { type: "difference"; left: string; right: string; alike?: boolean; way?: "more" | "fewer" }
  /** `more`: the question lists three or more things to add ("A, B and C"); two sides cannot hold them. */
  | { type: "sum"; left: string; right: string; alike?: boolean; more?: true }
  /** The plan a result implies ("189,000 people, 105% of the scheduled task" → the task). */
  | { type: "plan" }
  /** How far a result is above (sign 1) or below (sign -1) its plan. */
  /** `remaining`: what is still to do to meet the plan ("how many more does it still need to …"). */
  | { type: "versus-plan"; sign: 1 | -1; remaining?: true }
  /** "Altogether" with no two sides named: figures the report lists item by item, added up. */
  | { type: "total" }
  /** "How many … not …": the rest of a whole the report gives as "A of the B". */
  /** `namedFirst`: the part asked is named before "rather than" ("from society rather than government"):
   *  a figure the report states for it is the answer, the whole minus the other part only without one. */
  | { type: "complement"; namedFirst?: true }
  /** "By what percent did X grow (on the year before)?": the change on the previous year, as a percentage. */
  | { type: "growth" }
  /** "Y grew N% this year; what was it the year before?": a year's figure worked back from its change. */
  | { type: "previous-year"; year: number }
  /** "the previous year" with no year named: the year before the report's, once the report is known. */
  | { type: "previous-year"; year: undefined };

export type Question = {
  raw: string;
  /**
   * The sections a Chinese question's topic names (整村推进项目中，…: the programme the figure is of),
   * by sectionKey; set by the engine, which knows the sections (zh-topic.ts).
   */
  topicSections?: ReadonlySet<string>;
  language: "en" | "zh";
  /**
   * The search terms of the action an opening "after" clause of a Chinese question gives as what
   * came first, and of the outcome asked after it (what is counted aside: zh-after.ts); set by the
   * engine, which knows the programmes.
   */
  priorAction?: { action: readonly string[]; outcome: readonly string[] };
  /** A Chinese question's words from the curated glossary alone (zh-glossed-words.ts). */
  glossed?: readonly string[];
  /** The question in English words (a Chinese question after glossary translation). */
  english: string;
  terms: Word[];
  /** Words of the phrase that names what is measured ("how much [central welfare money] was…"). */
  head: string[];
  /** Kinds of figure that answer it, best first; empty when the question does not say. */
  kinds: FigureKind[];
  /** For counts: the thing counted, as an entry unit ("households"). */
  countUnit?: string | undefined;
  years: number[];
  regions: string[];
  /** Report ids the question is limited to; absent: every report its regions and years allow. */
  reports?: string[] | undefined;
  derivation?: Derivation | undefined;
  /** Wants sentences rather than one figure ("what happened with…", "which counties…"). */
  passage: boolean;
  /** Asks for names ("which counties…", "who…"): answered with the names the report gives. */
  asksNames: boolean;
  /**
   * Asks for things by a plural noun that is no kind of name ("what amenities were built"): answered
   * with a series the report writes of them, or its sentences, never with names in capitals.
   */
  asksThings: boolean;
  /** The kind of name asked for, singular ("county"), when the question says. */
  nameKind?: string | undefined;
  /** The clause that asks (after any lead-in that states what is given). */
  clause: string;
  /** A comparison or yes/no check the question asks for, if any (see forms.ts). */
  form?: Form | undefined;
  /** Numbers the question states: they pick out the report's figures it is about, and are never its answer. */
  stated: StatedNumber[];
  /** Parts of speech of the question's words, tagged on first use (only words the report lacks need them). */
  roles: () => Map<string, string>;
};

// Words that only say what kind of figure is wanted: units, and the nouns English uses for "a
// quantity of" anything (amount, volume, portion, …). They name no topic, so they are not searched.
const KIND_WORDS = new Set([
  "percent",
  "percentage",
  // A rate is a percentage ("the poverty incidence rate"): PERCENT_CUE asks for one with it.
  "rate",
  "rates",
  "proportion",
  "share",
  "ratio",
  "fraction",
  "km",
  "kms",
  "kilometers",
  "kilometres",
  "kilometer",
  "kilometre",
  "average",
  "avg",
  "mean",
  "yuan",
  "rmb",
  ...QUANTITY_NOUNS,
]);
// Words that ask for arithmetic; once the derivation is read they would only match noise.
const COMPARISON_WORDS = new Set([
  "difference",
  "between",
  "gap",
  "larger",
  "bigger",
  "higher",
  "greater",
  "smaller",
  "lower",
  "fewer",
  "less",
  "more",
  "combined",
  "together",
  "sum",
  "plus",
  "minus",
]);
// Words that ask for a growth rate ("grow", "compared with the year before"): once it is read they
// name no topic, and a report's figures for the two years rarely carry them.
// "What did the poverty incidence fall to?": the question asks for the level a change ended at; the
// verb only says which way the figure moved, and a report's label of a level ("Incidence of
// poverty") does not carry it. (A closing "according to the report" is no part of it.)
const LEVEL_ASKED =
  /\b(fall|fell|fallen|drop|dropped|decline|declined|decrease|decreased|rise|rose|risen|grow|grew|grown|increase|increased|climb|climbed)\s+to\s*(?:,[^?]*)?\??\s*$/;
const GROWTH_FORM_WORDS = new Set(
  "grow grew grown growth increase increased rise rose risen fall fell fallen drop dropped decline declined decrease decreased shrink shrank year before previous prior earlier rate".split(
    " ",
  ),
);
// Chinese asks for a share with 百分之/百分比/比例/占比, and for a rate with …率 (参合率, 发生率): the glossary
// may not carry every such phrase. 率先 ("first to") and 率领 ("lead") are no rate.
const ZH_PERCENT_CUE = /百分|比例|占比|比重|％|率(?![先领])/;
const KEYWORD_MONEY_CUE =
  /\b(invest(ed|ment|ments)?|spen[dt]|spending|costs?|budget|income(?!-)|earn(s|ed|ing|ings)?|wages?|salar(y|ies)|worth|donat\w*|allocat\w*|subsid\w*|capital|contribut\w*|paid|grants?)\b/;
const PERCENT_CUE = /\b(percent(age)?|per cent|share|proportion|ratio|fraction|rate)\b|%/;
// "By how much did X grow / fall", "how much did X grow": a change. Without "by", only "grow" is:
// "how much did X increase (to)" often wants the amount, and "how much snow fell" is no change.
export const CHANGE_ASKED = new RegExp(
  String.raw`\bby how much\s+(?:[\w'-]+\s+){0,8}?(?:${CHANGE_VERB})\b|\bhow much\s+(?:[\w'-]+\s+){0,8}?(?:grow|grew|grown)\b`,
);
const DATE_CUE =
  /^\s*(when|on what date|what date|which date|what day|which day|which month|in which month|what time)\b|\bwhen (was|were|did|is)\b/;
// "When Henan fixed up the villages, how many km of roads …?": a clause saying when, ended by a
// comma, before the question itself, which asks for something else.
const WHEN_CLAUSE = /^\s*when\b[^,?]*,\s*(?:how|what|which|who|did|do|does|was|were|is|are|has|have|had)\b/;
// A kilometre squared ("sq km", "square kilometres") measures an area, not a length.
const LENGTH_CUE = /(?<!\b(?:square|sq\.?)\s?)\b(km|kms|kilomet(er|re)s?|miles?|how long|length)\b/;
// "area" alone is often part of a name ("pilot area", "mountain areas"): only measures of area count.
const AREA_CUE =
  /\b(square (?:met(er|re)s?|kilomet(er|re)s?|km)|sq\.? ?k?m|km2|mu|hectares?|how much land|what area|area of|acres?)\b/;
// "the Wuling Mountain Area of Hunan", "the Dabie Mountain Area": a capitalised "Area" after a
// capitalised word ends a place's name; its "area of" asks for no measure of land. The name's
// words are read as a region's for the kind of figure asked (the search still has them).
// A translator may leave "area" lower case ("the Dabie Mountain area of Anhui"): still the name's.
const NAMED_AREA = /\b((?:[A-Z][\w'’-]*\s+)+)[Aa]reas?\b/g;
function withoutNamedAreas(text: string, raw: string): string {
  let out = text;
  for (const m of raw.matchAll(NAMED_AREA)) {
    const name = m[1]!.toLowerCase();
    // "What Area …", "The Area …": a word capitalised only to open the sentence names nothing.
    if (/^(?:what|which|how|whose|the)\s+$/.test(name)) continue;
    out = out.split(`${name}area`).join(`${name}region`);
  }
  return out;
}
// "How large" asks for an area unless a money word says what is large ("how large were the funds").
const HOW_LARGE = /\bhow large\b/;
// An amount the question states ("below a 1,500 yuan threshold", "of the 3 billion") is given,
// not asked: its unit says nothing about the kind of figure wanted.
// So is one written with its currency before it ("RMB 3.5 billion", units.ts).
const STATED_AMOUNT = new RegExp(
  String.raw`\d[\d,.]*\s*(?:(?:thousand|million|billion|mil|bil|k|m|bn)\s*)?(?:yuan|rmb)\b|${CURRENCY_BEFORE_SOURCE}\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|mil|bil|k|m|bn)\b)?`,
  "gi",
);
// A percentage the question states for a computation ("if A is N% of it, what is the total?") is
// one of its inputs, not the kind of figure it asks for.
const STATED_PERCENT = /\d[\d,.]*\s*(?:%|percent\b|per cent\b)/g;
// "The target, given the share reached": a share the question works from, named rather than
// quoted, is an input of the computation as a stated percentage is.
const GIVEN_SHARE =
  /\b(?:given|based on|judging (?:by|from)|going by|using|from|according to)\s+(?:the|its|their|that|this)\s+(?:share|percentage|proportion|rate)\b/g;
// "The plan, given how far the actual figure beat it", "going by how far they overshot the target":
// a clause that says the plan is to be worked out from how far the result went beyond it names how
// to compute, not what is measured; its words ("far", "beat", "given") would only match noise.
const HOW_FAR_GIVEN =
  /\b(?:given|going by|judging (?:by|from)|based on|considering|from)\s+how far\b[^,;:?!.]*/g;
// "200 thousand" (or "200k", read as that): the magnitude word is part of the number the question
// writes, not a word of what is asked. Reports write such numbers in digits ("200,000"), so the word
// would only match names ("the thousand enterprises"). "Million" and "billion" stay: reports write
// amounts with them ("70 million Yuan"), and they match the stated figure's own words.
const MAGNITUDE_OF_NUMBER = /(\d)\s*(?:hundred|thousand)\b/g;
// "How much did B put in, given the central share?": a clause after the asking one that hands over
// what to work from names an input, not the kind of figure asked (a share here is A's money).
// A decimal point ("given the 41.5% rate") is no end of the clause.
// "What did the grants come to in all, at the standard rate per student?": a closing clause that
// names the rate to reckon at is such an input too; the "per" in it is no average asked for.
const GIVEN_AFTER =
  /,\s*(?:(?:given|knowing|considering|taking into account)\s+|at\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:average|standard|stated|same|usual|full)\s+)?(?:rate|standard|level|amount)\s+(?=(?:[^,;:?!.]+\s+)?(?:per|each|for each|a)\s))(?:[^,;:?!.]|(?<=\d)\.(?=\d))+[?!.]*\s*$/;
const withoutStatedAmounts = (q: string, derivation?: Derivation) =>
  (derivation ? q.replace(STATED_PERCENT, " ").replace(GIVEN_SHARE, " ") : q)
    .replace(GIVEN_AFTER, " ")
    .replace(STATED_AMOUNT, " ");

const MONEY_CUE =
  /\b(yuan|rmb|money|funds?|funding|funded|invest(ed|ment|ments)?|spen[dt]|spending|costs?|budget|loans?|worth|donat\w*|(?<!-)income|earn(s|ed|ing|ings)?|wages?|salar(y|ies)|allocat\w*|subsid\w*|capital|financ\w*|contribut\w*|paid|pay|grants?|reward|aid)\b/;
/** A word that says the figure asked for is money ("cost", "budget", "spending"). */
export const namesMoney = (word: string) => MONEY_CUE.test(word);
const PASSAGE_CUE =
  /^\s*(what (happened|was done|did .* do|does the report say|is said|about)|which|who|describe|summar|tell me about|explain|how (did|was|were|does|is) (?!.*\b(many|much)\b))/;

/** What the knowledge tells the reading of a question: its words, and its names of things. */
export type Lexicon = {
  /** Whether the knowledge has a word (such words are never split or respelt as chat). */
  known?: (word: string) => boolean;
  /**
   * Whether a dictionary word read for a Chinese word stands for a word the knowledge has: the word
   * itself, or another form of the same word family ("charitable" for the report's "charity"; the
   * search matches a family). Default: `known`.
   */
  glossable?: (word: string) => boolean;
  /** Whether a word the knowledge lacks is a misspelling of one it has (those are not cue words). */
  respellable?: (word: string) => boolean;
  /** Names of things (section titles, lowercased): "rain plan" names a programme, it asks for no plan. */
  names?: readonly string[];
  /** Regions the knowledge has figures for; a region it only mentions is a subject, not a scope. */
  regions?: ReadonlySet<string>;
  /** The count units the knowledge's entries have, by the word a question counts them with (counted.ts). */
  countUnits?: CountUnits;
  /** Whether the knowledge writes a word right before another (a Chinese term's reading: zh-attributive.ts). */
  writesBefore?: WritesBefore;
};

export function understand(raw: string, glossary: Glossary, lexicon: Lexicon = {}): Question {
  const { known, names = [], respellable, regions: covered, countUnits } = lexicon;
  const glossable = lexicon.glossable ?? known;
  const language = hasHan(raw) ? "zh" : "en";
  const plain = respellCueWords(
    plainQuestion(language === "zh" ? chineseWording(raw, glossary) : raw, known),
    (w) => !!known?.(w) || !!respellable?.(w),
  );
  const english = dropAside(
    dropPreamble(
      (language === "zh"
        ? translateChinese(plain, glossary, glossable, lexicon.writesBefore)
        : readPinyinTerms(plain, glossary, (w) => !!known?.(w))
      )
        .toLowerCase()
        .replace(TAKE_PART, "participated")
        .replace(EXCLUDED, " "),
      known,
    ),
    known,
  );
  const years = yearsAskedOfChange(
    english,
    [...dropPlanSpans(english.replace(PERIOD_NAMED, " ")).matchAll(YEAR_NOT_AMOUNT)].map((m) => Number(m[0])),
  );
  // A region no report covers but a report's text mentions (a partner city whose aid one report describes
  // report) is what the question is about, searched as words, not a region to limit the search to.
  const mentioned = (r: string) =>
    !!known &&
    r
      .toLowerCase()
      .split(/\s+/)
      .every((w) => known(w));
  const regions = regionsIn(`${raw} ${english}`).filter((r) => !covered || covered.has(r) || !mentioned(r));
  // Cue words inside a name ("Rain Plan", "Lottery fund") say nothing about the form of the question.
  // A programme's name the glossary gives ("Rain Plan") is a name too, however the report calls it.
  const cues = [...names, ...glossaryNames(glossary)].reduce(
    (text, name) => (text.includes(name) ? text.split(name).join(NAME_MASK) : text),
    english,
  );
  const zhForm = language === "zh" ? chineseForm(plain, glossary, glossable) : undefined;
  // "X was N% of the plan, so what was the planned figure?": what is asked is the last
  // clause that starts with a question word; what comes before it is given, and searched with.
  const clause = questionClause(english.replace(GIVEN_AFTER, "?"));
  const clauseCues = questionClause(cues);
  const form = zhForm
    ? formOf(zhForm, zhForm)
    : language === "zh"
      ? undefined
      : formOf(english, cues, clause);
  // A cue in the lead-in still counts ("on average, how much …"), except a plan word: a lead-in that
  // states a plan ("the target was N but how many …") does not ask for it.
  const computed = form ? undefined : derivationOf(clause, clauseCues, english, cues);
  // "What amenities were built in each hamlet": things asked for by a plural noun that is no
  // measure; "every village" says where they were, not what a figure is divided by.
  const things = thingsAsked(clause);
  const derivation = things && computed?.type === "average" ? undefined : computed;
  // "How many times …" counts no things called times: a multiple is of two figures of any one kind.
  const { kinds, countUnit } =
    derivation?.type === "ratio" && derivation.times
      ? { kinds: [] as FigureKind[], countUnit: undefined }
      : ZH_PERCENT_CUE.test(raw)
        ? { kinds: ["percent"] as FigureKind[], countUnit: undefined }
        : (form?.type === "check" && form.against === "threshold" && boundKinds(english, form, countUnits)) ||
          ((form?.type === "comparison" || (form?.type === "check" && form.against !== "threshold")) &&
            comparedCount(english)) ||
          (isKeywordQuery(english)
            ? keywordKinds(english)
            : figureKinds(
                withoutNamedAreas(withoutStatedAmounts(derivation ? clause : english, derivation), raw),
                derivation,
                (phrase) => countedUnit(phrase, countUnits),
                language === "en",
                language === "zh" && countsThingsByMeasure(raw),
              ));
  // Years and words that only name the kind of figure are handled above; as search terms they would match noise.
  // Region names are scope (filtered on), not search words: as words they would favour any label naming the region.
  const regionWords = new Set(regions.flatMap((r) => r.toLowerCase().split(/\s+/)));
  // "in Hubei Province": the word the name is written with names the region too, not a topic. (A
  // Chinese question's gloss keeps it: 省 is glossed word by word with the rest.)
  if (language === "en") for (const w of regionTitleWords(english, regions)) regionWords.add(w);
  const negatedVerbs = new Set([...english.matchAll(NEGATED_VERB)].map((m) => m[1]!));
  const levelVerb = LEVEL_ASKED.exec(english)?.[1];
  // "Before the 2009 decline": the noun names the change the level is worked back over, which the
  // report writes in its own words ("lifted out of poverty"); it names no topic to search.
  // After a change ("after the 2012 rise") the noun dates the level it led to (after-change.ts).
  const changeNoun =
    derivation?.type === "previous-year" ? BEFORE_YEARS_CHANGE.exec(english)?.[3] : afterChangeNoun(english);
  const boundVerb =
    form?.type === "check" && form.against === "threshold" ? verbOfBound(english, form.text) : undefined;
  // "Sources other than A": "other" and the kind of thing A is relate the rest to A; neither names a figure.
  const otherThan = new Set([...english.matchAll(OTHER_THAN)].flatMap((m) => [m[1]!, "other"]));
  // "How large", "how big" ask as "how much" does: the adjective names no topic.
  // What a trailing "given …" clause hands over is an input, whose words would find that input itself.
  const searched = english
    .replace(GIVEN_AFTER, " ")
    .replace(HOW_BIG, "how much")
    .replace(MAGNITUDE_OF_NUMBER, "$1");
  const terms = contentWords(derivation ? searched.replace(HOW_FAR_GIVEN, " ") : searched).filter(
    (w) =>
      !isYearText(w.surface) &&
      !KIND_WORDS.has(w.surface) &&
      !((derivation || form?.type === "comparison") && COMPARISON_WORDS.has(w.surface)) &&
      !(derivation?.type === "growth" && GROWTH_FORM_WORDS.has(w.surface)) &&
      w.surface !== levelVerb &&
      w.surface !== boundVerb &&
      w.surface !== changeNoun &&
      // "How much … was not covered by A": the negated verb relates the part to its whole, which the
      // remainder computed answers; it names neither figure.
      !(derivation?.type === "complement" && (negatedVerbs.has(w.surface) || otherThan.has(w.surface))) &&
      !regionWords.has(w.surface) &&
      !(
        form &&
        (FORM_WORDS.has(w.surface) ||
          (form.type === "check" && form.against === "threshold" && form.text.includes(w.surface)))
      ),
  );
  const head = headPhrase(english);
  // "Which counties…", "who…" ask for names, whatever money words the question holds.
  // "… are in which cities?": a "which" inside the question asks as one opening it does (names.ts).
  const inside = NAMES_QUESTION.test(english) ? null : whichInside(english);
  // "What were the two pilot counties …" asks of its plural noun, as "what counties …" does (names.ts).
  const asked = inside ?? whatAreThe(english) ?? NAMES_QUESTION.exec(english);
  const asksThings =
    !!things && kinds.length === 0 && !inside && !WHICH_OR_WHO.test(english) && !NAMED_THINGS.test(things);
  // "What are the six pilot areas …": a count of the things asked says each is to be named.
  const byQuestion =
    !!asked &&
    (!!inside ||
      WHICH_OR_WHO.test(english) ||
      NAMED_THINGS.test(asked[1] ?? "") ||
      asksThings ||
      (!HOW_MUCH_OR_MANY.test(english) && statedNameCount(english) !== undefined));
  // "Name the counties …", "list the projects …", "the names of the villages …": a request for names
  // of a plural noun the report names or counts.
  const request = byQuestion ? null : NAMES_REQUEST.exec(english);
  const byRequest = !!request && (NAMED_THINGS.test(request[1]!) || countUnitIn(request[1]!) !== undefined);
  const named = byQuestion ? asked : byRequest ? request : null;
  const asksNames = (!!named || WHERE_PLACES.test(english)) && !HOW_MUCH_OR_MANY.test(english);
  // "Which counties …": the kind of name asked for, as its singular ("county").
  // "Who issued …": the word after "who" is a verb, not a kind of name ("issued" is no count of issues).
  const nameKind =
    asksNames && named?.[1] && !asksWho(english) && countUnitIn(named[1]) ? singularOf(named[1]) : undefined;
  // "What characteristic industries did X focus on?", asking no kind of figure, asks for the
  // things the report's sentences name: a passage, not a figure that merely shares the words.
  const passage =
    !derivation &&
    !form &&
    (asksNames || (kinds.length === 0 && (PASSAGE_CUE.test(english) || whatNounsDid(english) !== null)));
  let roles: Map<string, string> | undefined;
  return {
    raw,
    language,
    ...(language === "zh" && { glossed: glossaryWordsIn(plain, glossary) }),
    english,
    clause,
    // "Which villages are on the list of pilots": the list is the names asked, no topic a report writes.
    terms: asksNames ? terms.filter((w) => !LIST_WORDS.has(w.surface)) : terms,
    head,
    kinds,
    countUnit,
    years,
    regions,
    derivation,
    form,
    stated: statedNumbers(english),
    passage,
    asksNames,
    asksThings: asksNames && asksThings,
    nameKind,
    roles: () => (roles ??= wordRoles(english)),
  };
}

// The asking clause's computation, else the whole question's. A total asked for in the clause whose two
// parts the lead-in names ("A + B: how much … combined?") is their sum.
function derivationOf(clause: string, clauseCues: string, english: string, cues: string) {
  // "What was the Rain Plan's target for annual income growth in 2011?": a plan named as the thing
  // asked is what is asked; the change after it is what the plan was for, no year to work back from.
  const back = PLAN_HEAD.test(clauseCues) ? undefined : workedBack(clause, english);
  if (back) return back;
  const asked = findDerivation(clause, clauseCues);
  const whole = () => findDerivation(english, cues, { plan: false });
  if ((asked?.type === "total" || asked?.type === "plan") && clause !== english) {
    const sum = whole();
    // A lead-in that gives so many units and what each one got ("N households, each one's income
    // went up …") names a count and a rate: their total is a product, not the sum of two things.
    if (sum?.type === "sum" && !EACH_UNIT.test(`${sum.left} ${sum.right}`)) return sum;
  }
  if (asked) return asked;
  // "42 million came from A and B together, and A gave 2 million: how much was B's part?": a sum
  // read only in the lead-in, whose side states an amount, is what the asker gives, not asks.
  // (The amount may stand before the sides: "42 million came from A and B together".)
  const lead = whole();
  if (lead?.type === "sum") {
    const end = english.indexOf(lead.right);
    const given = end < 0 ? `${lead.left} ${lead.right}` : english.slice(0, end + lead.right.length);
    if (statedNumbers(given).length > 0) return undefined;
  }
  return lead;
}

const EACH_UNIT = /\b(?:each|per|every|apiece)\b/;

// A change the question names ("rose 15.2%", "given the growth rate"), in any tense.
const CHANGE_NAMED =
  /\b(?:rose|risen|rise|rises|grew|grown|grow|grows|growth|increased?|increases|went up|gone up|up \d|fell|fallen|dropped|declined|decreased|reduced|reduction|decrease|decline)\b/;
// "Did the dropout rate fall below 2%?", "has the fund grown past 5 million?": the verb just before a
// bound only says which way the figure moved to reach it; a report's label of the level ("Dropout
// rate") does not carry it, so searched it would only weigh against the level.
const BOUND_VERB = new RegExp(
  String.raw`\b(${CHANGE_VERB}|climb(?:ed)?|sink|sank|sunk|get|got|come|came)\s+$`,
);
function verbOfBound(english: string, bound: string): string | undefined {
  const at = english.indexOf(bound);
  return at < 0 ? undefined : BOUND_VERB.exec(english.slice(0, at))?.[1];
}
// "2011" is a year; "2000 yuan" an amount (a year is never followed by a money or percent unit).
const YEAR_NOT_AMOUNT = new RegExp(String.raw`\b${YEAR}\b(?!\s*(?:yuan|rmb|%|percent)\b)`, "g");
// "the 2011-2020 outline", "its 2011–2015 plan": a span of years before a noun, after an article or a
// possessive, names a plan's or a document's period, not the years asked about. ("In 2010-2011",
// "the 2010-2011 period" still ask.)
const PERIOD_NAMED = new RegExp(
  String.raw`\b(?:the|a|an|its|their|[a-z]+['’]s)\s+${YEAR}\s*[-–—~]\s*${YEAR}(?=\s+(?!period\b|years?\b|time\b)[a-z])`,
  "g",
);
// "villages identified for 2011-2020", "targets set for 2011–2015": a span of five years or more
// after "for" is the period a plan or a list is made for; a yearly report never has figures for such
// a run of years, so its end is no year asked about. ("Spent for 2010-2011" still asks both years.)
const PLAN_SPAN_FOR = new RegExp(String.raw`\bfor\s+(${YEAR})\s*[-–—~]\s*(${YEAR})\b`, "g");
const PLAN_SPAN_YEARS = 5;
function dropPlanSpans(english: string): string {
  return english.replace(PLAN_SPAN_FOR, (span, from: string, to: string) =>
    Number(to) - Number(from) + 1 >= PLAN_SPAN_YEARS ? " " : span,
  );
}
const FROM_YEAR_TO_YEAR = new RegExp(String.raw`\bfrom\s+${YEAR}\s+to\s+${YEAR}\b`);
/**
 * "wells rose 8% in 2013: how many were there in 2012?", "what did the fund hold in 2012, given its
 * 2013 growth?": the asking clause names the earlier of two years and the question names a
 * change, so the earlier year's figure is to be worked back from the later one and its change. A
 * question that asks for the change itself ("how much did X grow from 2011 to 2012") is not this.
 */
function workedBack(clause: string, english: string): Derivation | undefined {
  if (CHANGE_ASKED.test(english) || GROWTH_ASKED.test(english) || FROM_YEAR_TO_YEAR.test(english))
    return undefined;
  // "… after the 2012 rise": the level the change led to, stated as it is (after-change.ts).
  if (afterChangeNoun(english) !== undefined) return undefined;
  const years = [...new Set(yearsIn(english))];
  // "At the start of 2013", "before the 2013 cut": the level the year began from, which is the year
  // before's closing level, worked back from the year's own level and its change.
  const start = yearStarted(clause, english, years);
  if (start !== undefined) return { type: "previous-year", year: start - 1 };
  // "the year before 2012", "in 2012 … what was it the year before": the year before the one named.
  const before = yearBefore(clause, years);
  if (before === RELATIVE && years.length === 0) return { type: "previous-year", year: undefined };
  if (typeof before === "number") return { type: "previous-year", year: before };
  // "What was the grant in 2010, before they increased it?": the one year named is the level before
  // the change the question names with a verb of its own.
  if (years.length === 1 && BEFORE_CHANGED.test(english) && ASKING_WORD.test(clause))
    return { type: "previous-year", year: years[0]! };
  if (!CHANGE_NAMED.test(english) && !LATER_YEAR_GIVEN.test(english)) return undefined;
  // "What was the total income increase … in 2011?": a change that is the noun the question asks
  // for is what is measured, not a change given to work a year back from.
  if (CHANGE_NAMED.test(headPhrase(clause).join(" "))) return undefined;
  // One year named with a change ("given the growth rate, how much … in 2010?"): that year, worked
  // back from the next one's figure when the report has it (compute.ts looks; a report with the
  // year's own figure answers with it).
  if (
    years.length === 1 &&
    ASKING_WORD.test(clause) &&
    clause.includes(String(years[0])) &&
    !CHANGE_ON_PREVIOUS.test(english)
  )
    return { type: "previous-year", year: years[0]! };
  if (years.length !== 2) return undefined;
  const [earlier, later] = years.sort((a, b) => a - b) as [number, number];
  if (later - earlier !== 1) return undefined;
  // The earlier year is the one asked about: in the asking clause, after its question word.
  const wh = ASKING_WORD.exec(clause);
  if (
    !wh ||
    !clause
      .slice(wh.index)
      .split(/,\s*given\b|,\s*with\b/)[0]!
      .includes(String(earlier))
  )
    return undefined;
  return { type: "previous-year", year: earlier };
}

// "before it was raised", "before they cut it", "before the county lowered them".
const BEFORE_CHANGED =
  /\bbefore\s+(?:(?:they|it|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+)?(?:(?:was|were|had been|got)\s+)?(?:raised|increased|lifted|cut|lowered|reduced|doubled)\b(?:\s+(?:it|them))?/;
// "…in 2011, given the 2012 amount": the later year's figure is given to work the earlier one back
// from, whatever change leads from one to the other ("1.6 times that of the previous year").
const LATER_YEAR_GIVEN = new RegExp(
  String.raw`,\s*(?:given|going by|based on|from|using)\s+(?:the|its|their)\s+${YEAR}\s+(?:amount|figure|level|number|total|value|one|sum)\b`,
);
// "at the beginning of 2009", "at the outset of the year": the level a year opened with.
const YEAR_START = new RegExp(
  String.raw`\b(?:at|by|on|as of)\s+the\s+(?:very\s+)?(?:start|beginning|outset|opening)\s+of\s+(?:(${YEAR})|(?:that|this|the)\s+year)\b`,
);
// "before the 2009 decline", "before that year's cut", "prior to the year's drop": the level
// before a year's change, the change naming its year.
const BEFORE_YEARS_CHANGE = new RegExp(
  String.raw`\b(?:before|prior to)\s+(?:the\s+(${YEAR})|(?:that|this|the)\s+year['’]s|(${YEAR})['’]s)\s+(?:[a-z-]+\s+){0,2}?(reduction|decrease|decline|drop|fall|cut|increase|rise|growth|change)s?\b`,
);
/** The year whose opening level the question asks for: named in the phrase, else the one year it names. */
function yearStarted(clause: string, english: string, years: number[]): number | undefined {
  const m = YEAR_START.exec(clause) ?? BEFORE_YEARS_CHANGE.exec(english);
  if (!m || !ASKING_WORD.test(clause)) return undefined;
  const named = m[1] ?? m[2];
  if (named) return Number(named);
  return years.length === 1 ? years[0] : undefined;
}

// "What was the <plan noun> for/of …", a possessive or two allowed before the noun.
const PLAN_HEAD = new RegExp(
  String.raw`\b(?:what (?:was|were|is|are)|how (?:much|many))\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?${PLAN_NOUNS}\s+(?:for|of)\b`,
);

// The words that ask for a figure; "how big" asks for an amount as "how much" does.
const ASKING_WORD = /\b(?:how (?:much|many|big|large)|what)\b/;
const YEAR_BEFORE = new RegExp(
  String.raw`\b(?:the|a) (?:year before|previous year|year earlier|preceding year)(?:\s+(${YEAR}))?\b`,
);
// "increased over the previous year": the change itself is what a question with one year asks about.
export const CHANGE_ON_PREVIOUS =
  /\b(?:than|over|compared (?:with|to)|from|on)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+year\b/;
// "… compared with the year before", "than the previous year": the year before is the base of a
// change asked about, not the year asked.
const BASE_BEFORE = /\b(?:compared (?:with|to)|than|over|from|on|against|versus|vs\.?|since)\s+$/;
const YEAR_APPOSED = new RegExp(String.raw`\b(${YEAR})\s*[,(]\s*$`);
// "the year before, in 2011", "the previous year, i.e. 2010", "the previous year (2010)": the year
// named after the phrase is the year it means.
const YEAR_APPOSED_AFTER = new RegExp(
  String.raw`^\s*[,(]\s*(?:(?:i\.?e\.?|that is|namely|in|of)\s*,?\s*)?(${YEAR})\b`,
);
/** The year asked by "the year before (YEAR)": the year named after it, else the one year the question names. */
function yearBefore(clause: string, years: number[]): number | typeof RELATIVE | undefined {
  const m = YEAR_BEFORE.exec(clause);
  if (!m || !ASKING_WORD.test(clause) || BASE_BEFORE.test(clause.slice(0, m.index))) return undefined;
  // "in 2011, the year before": the phrase describes the year just named, which is the one asked.
  const apposed =
    YEAR_APPOSED.exec(clause.slice(0, m.index)) ??
    YEAR_APPOSED_AFTER.exec(clause.slice(m.index + m[0].length));
  if (apposed && !m[1]) return Number(apposed[1]);
  const named = m[1] ? Number(m[1]) : years.length === 1 ? years[0] : undefined;
  return named === undefined ? RELATIVE : named - 1;
}
/** The year before the report's own year: resolved by the engine, which knows the reports asked. */
const RELATIVE = "relative";

// "Took part" is one word for the search: the report writes "participated".
const TAKE_PART = /\b(?:took|take|takes|taking|taken) part\b/g;
// "(not the relocation one)", ", not the ones for relocation": what the asker rules out names no
// topic of the question, and searched with it would pull toward the very figure ruled out.
const EXCLUDED =
  /\(\s*not\s+(?:the|those|that|this|these)\b[^()]*\)|,\s*not\s+(?:the|those|that|this|these)\s+[^,.;?!]*/g;
// A verb of completion and its object, plan nouns after at most four modifiers ("completed the
// annual construction task", "fulfilled their quotas", a gloss's "completed annual construction
// built scheduled task").
const PLAN_COMPLETED = new RegExp(
  String.raw`\b(?:complet|fulfil|finish|accomplish|achiev|reach|met\b|meet)[a-z]*\s+(?:(?:the|its|their|this|that)\s+)?(?:[a-z-]+\s+){0,4}?${PLAN_NOUNS}s?(?:\s+${PLAN_NOUNS}s?)*\b`,
  "g",
);
// A question that opens with which/who/whom/what (after a preposition), and the noun after it.
// A number before the noun ("which four counties", "name the two programmes") says how many names.
const NAME_COUNT = String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?`;
const NAMES_QUESTION = new RegExp(
  String.raw`^\s*(?:in |for |from |by |to )?(?:which|who|whom|what)\s+${NAME_COUNT}([a-z]+)?`,
);
// An imperative or a noun phrase that asks for names, and the plural noun they are asked of.
const NAMES_REQUEST = new RegExp(
  String.raw`^\s*(?:(?:please|pls|can you|could you|can u)\s+)?(?:(?:name|list)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?|(?:.*\s)?names of\s+(?:all\s+)?(?:the\s+)?)${NAME_COUNT}([a-z]+)`,
);
// "Which …" and "who …" always ask for names; "what" only with a noun of NAMED_THINGS.
// "Where were the pilot projects carried out?": the places, named, whatever money words the question
// holds. Not where money came from (where-from.ts) or went (what it was spent on).
const WHERE_PLACES = /^\s*where\b(?![^?]*\b(?:from|go|goes|went|gone)\b)/;
const WHICH_OR_WHO = /^\s*(?:in |for |from |by |to )?(?:which|who|whom)\b/;
// Words for the list of names a names question asks for.
const LIST_WORDS = new Set(["list", "lists"]);
// Plural nouns whose instances the report names ("what projects …", "what measures …").
const NAMED_THINGS =
  /^(?:counties|villages|places|programs|programmes|projects|activities|measures|work|means|ways|organi[sz]ations|departments|units|exhibitions|awards|publications)$/;
// "What amenities were built …", "what crops did they grow …": "what", a plural noun and the verb
// of its clause. Group 1: the noun.
const WHAT_PLURAL_THEN_VERB = /^\s*what\s+([a-z]+s)\s+(?:were|are|did|do|have|had|has)\b/;
/**
 * The plural noun a "what <nouns> were/did …" question asks for when it names things, not a
 * quantity: no word of a kind of figure (amounts, funds, rates) and nothing counted by a unit.
 */
export function thingsAsked(clause: string): string | undefined {
  const noun = WHAT_PLURAL_THEN_VERB.exec(clause)?.[1];
  if (
    !noun ||
    KIND_WORDS.has(noun) ||
    KIND_WORDS.has(noun.replace(/s$/, "")) ||
    MONEY_CUE.test(noun) ||
    PERCENT_CUE.test(noun)
  )
    return undefined;
  if (LENGTH_CUE.test(noun) || AREA_CUE.test(noun) || HOW_MUCH_OR_MANY.test(clause)) return undefined;
  return countUnitIn(noun) === undefined ? noun : undefined;
}
// "How much" and "how many" ask for a figure, never for names.
const HOW_MUCH_OR_MANY = /\bhow (much|many)\b/;

// The words a question's form is read from: a misspelling of one ("how mnay", "prevous year") would
// hide the form, and the search never needs them, so they are respelt before anything else reads.
const CUE_WORDS = [
  ...STOPWORDS,
  "previous",
  "percent",
  "percentage",
  "increased",
  "increase",
  "decreased",
  "planned",
  "target",
  "scheduled",
  "average",
  "total",
  "combined",
  "altogether",
  "exceed",
  "exceeded",
  "compared",
  "year",
  "years",
].filter((w) => w.length >= 3);
// Keyed by misspelt question words, which never run out: bounded (bounded-memo.ts).
const cueRespellings = new BoundedMemo<string, string | null>(20_000);
function respellCueWords(text: string, known: (word: string) => boolean): string {
  return text.replace(/[A-Za-z]{4,}/g, (token, at: number) => {
    const w = token.toLowerCase();
    if (STOPWORDS.has(w) || known(w) || isEnglishWord(w) || halfOfNegation(text, at + token.length))
      return token;
    // Only a word at one edit (a swap counts as one) with the same first letter is a sure misspelling.
    const found = getOrInsertComputed(
      cueRespellings,
      w,
      () =>
        CUE_WORDS.find(
          (c) => c[0] === w[0] && Math.abs(c.length - w.length) <= 1 && editDistance(c, w) === 1,
        ) ?? null,
    );
    return found ?? token;
  });
}

// A Chinese question as the translation reads it: amounts in English forms, the unit an amount is
// asked in left to askedMagnitude (zh-magnitude.ts), a verb-object word split by 了 made whole again.
const chineseWording = (raw: string, glossary: Glossary) =>
  joinSeparableVerbs(withoutAskedUnit(chineseAmounts(raw)), glossary);

// Chinese amounts in the forms English reads: "5万元" → "50000 yuan", "1.2亿" → "120000000".
function chineseAmounts(text: string): string {
  return (
    text
      .replace(/(\d+(?:\.\d+)?)\s*(亿|万)/g, (_, n: string, unit: string) =>
        String(Math.round(Number(n) * (unit === "亿" ? 1e8 : 1e4) * 100) / 100),
      )
      .replace(/(\d)\s*元/g, "$1 yuan ")
      .replace(/(\d)\s*[%％]/g, "$1% ")
      // Comparators before an amount are the question's form, read in English like the rest of it.
      .replace(/(不少于|不低于|至少)\s*(?=\d)/g, " at least ")
      .replace(/(不超过|不多于|至多|最多)\s*(?=\d)/g, " at most ")
      .replace(/(超过|多于|高于|大于|超出)\s*(?=\d)/g, " more than ")
      .replace(/(少于|低于|不到|不足|小于)\s*(?=\d)/g, " less than ")
  );
}

// Chinese marks a yes/no question with 吗/是否/有没有 rather than word order: the English reading
// gets the auxiliary English would start with, so one reading of forms serves both languages.
const ZH_YES_NO = /吗\s*[?？]?\s*$|是否|有没有|是不是|能否|达到了没有/;
// "A比B多吗": A more than B. "A还是B多": which is more, A or B.
const ZH_MORE = "多|高|大|超过";
const ZH_LESS = "少|低|小";
const ZH_LESS_WORD = new RegExp(`^(?:${ZH_LESS})$`);
const ZH_THAN = new RegExp(`^(.+?)比(.+?)(?:更|还)?(${ZH_MORE}|${ZH_LESS})`);
const ZH_WHICH = new RegExp(
  `^(.+?)(?:还是|和|与|跟)(.+?)(?:相比)?[，,]?\\s*(?:哪个|哪一个|哪项|谁)(?:更|比较)?(${ZH_MORE}|${ZH_LESS})|^(.+?)还是(.+?)(?:更|比较)?(${ZH_MORE}|${ZH_LESS})`,
);
// A Chinese question's form, in the English wording formOf reads, each side translated on its own.
function chineseForm(raw: string, glossary: Glossary, known?: (word: string) => boolean): string | undefined {
  const en = (zh: string) => translateChinese(zh, glossary, known).toLowerCase();
  const word = (c: string) => (ZH_LESS_WORD.test(c) ? "less" : "more");
  const which = ZH_WHICH.exec(raw);
  if (which) {
    const [a, b, c] = which[1] ? [which[1], which[2]!, which[3]!] : [which[4]!, which[5]!, which[6]!];
    return `which is ${word(c) === "more" ? "larger" : "smaller"}: ${en(a)} or ${en(b)}?`;
  }
  const than = ZH_THAN.exec(hideNounThan(raw));
  if (than) return `did ${en(restoreThan(than[1]!))} ${word(than[3]!)} than ${en(restoreThan(than[2]!))}?`;
  return ZH_YES_NO.test(raw) ? `did ${en(raw)}` : undefined;
}

// A clause boundary followed by a question word or an auxiliary: where the question proper starts.
const CLAUSE_START =
  /(?:[,;:—–?]|\s-|\b(?:but|so|then|and so))\s+(?=(?:so\s+)?(?:how|what|which|who|when|where|why|did|does|do|was|were|is|are|has|have|had|can|could)\b)/g;
// A full stop and a new sentence: what a question states before its asking sentence is given.
// (After a word of two letters or more: an abbreviation's "i.e. not X" goes on the same sentence.)
const SENTENCE_BREAK = /(?<=\w\w)[.!]\s+(?=[a-z])/g;
function questionClause(text: string): string {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  let at = start;
  for (const m of text.slice(start).matchAll(CLAUSE_START)) at = start + m.index + m[0].length;
  return at > 0 ? text.slice(at).replace(/^so\s+/, "") : text;
}

const WH_WORD = /\b(?:how|what|which|who|whom|when|where|why)\b/;
const AUX_WORD = /\b(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\b/;
/**
 * What comes before the question word and names nothing the knowledge has is a greeting, an address
 * or filler ("yo bot", "real quick", "does anyone know"): the question starts at its question word.
 * A lead-in with a word the knowledge has ("for the rain plan, how many …") stays.
 */
const SOURCE_LEAD =
  /^\s*(?:according to|as per|per|based on|going by|judging by|in|from)\s+(?:the|this|that|your|its)\s+(?:report|reports|document|yearbook|text|page|article|data)\s*[,:]?\s*$/;
function dropPreamble(english: string, known: ((word: string) => boolean) | undefined): string {
  // A yes/no question starts at its auxiliary ("yo bot [did] …") when it has no question word.
  const m = WH_WORD.exec(english) ?? AUX_WORD.exec(english);
  if (!known || !m || m.index === 0) return english;
  const preamble = english.slice(0, m.index);
  // A preposition belongs to the question word it precedes ("by how much", "in which county").
  const lead = /\b(?:by|in|for|to|from|of|with|at|on|since|until)\s+$/.exec(preamble);
  const start = lead ? lead.index : m.index;
  // "According to the report, which …": a lead-in that only cites the source names no topic, though
  // the knowledge has its words.
  if (SOURCE_LEAD.test(preamble.slice(0, start))) return english.slice(start);
  // A lead-in that asks for arithmetic ("together, how many …", "on average, …") is part of the question.
  if (contentWords(preamble).some((w) => known(w.surface)) || ARITHMETIC_LEAD.test(preamble)) return english;
  return english.slice(start);
}

/**
 * What follows the question's own question mark and names nothing the knowledge has, asks nothing
 * and gives no number is an aside about the asking ("… in 2013?? asking for a report", "? for a class
 * thing"): its words are no topic of the question. A follow-up that names a topic stays.
 */
function dropAside(english: string, known: ((word: string) => boolean) | undefined): string {
  const m = /[?？]+\s+([^?？]*[^?？\s])\s*$/.exec(english);
  if (!known || !m) return english;
  const aside = m[1]!;
  if (WH_WORD.test(aside) || /\d/.test(aside) || contentWords(aside).some((w) => known(w.surface)))
    return english;
  return english.slice(0, m.index + m[0].search(/[^?？]/));
}

// Keywords without a question form: a count noun says what is wanted more than a money word does.
const QUESTION_FORM =
  /\b(how|what|which|who|when|where|why|is|are|was|were|did|does|do|can|could|tell|show|give|list)\b|[?？]/;
const isKeywordQuery = (q: string) => !QUESTION_FORM.test(q);
const DATE_WORD = /\bdates?\b/;
const MONEY_WORD = /\b(yuan|rmb|money)\b/;
// A plural noun, or "people": the only words of a keyword query that can name a counted unit.
const PLURAL_OR_PEOPLE = /s$|^people$/;
function keywordKinds(q: string): { kinds: FigureKind[]; countUnit?: string } {
  if (PERCENT_CUE.test(q)) return { kinds: ["percent"] };
  if (LENGTH_CUE.test(q)) return { kinds: ["length"] };
  if (AREA_CUE.test(q)) return { kinds: ["area"] };
  if (DATE_WORD.test(q)) return { kinds: ["date"] };
  // Without a question form, a money word may be part of a programme's name; words
  // that only money is ("income", "invested", "allocated") still say it.
  // Keywords are weak evidence: money leads, but other kinds stay possible.
  if (MONEY_WORD.test(q) || KEYWORD_MONEY_CUE.test(q))
    return { kinds: ["money", "count", "percent", "length", "area", "date"] };
  // A single plural count noun leans the ranking, softly (a singular one modifies the next noun);
  // with several none is sure.
  const words = q
    .trim()
    .split(/\s+/)
    .filter((w) => PLURAL_OR_PEOPLE.test(w));
  const nouns = [...new Set(words.map((w) => countUnitIn(w)).filter((u): u is string => !!u))];
  return { kinds: [], countUnit: nouns.length === 1 ? nouns[0] : undefined };
}

// The noun phrase a count question counts ("how many [poor households] …").
// "How many of the World Bank project villages": the words after "of the" count the whole phrase's noun.
// A possessive stands where the article would ("how many of Henan's key counties").
const COUNTED =
  /\b(?:how many|(?:the )?number of)\s+(?:of\s+(?:the|its|their|these|those|[a-z]+['’]s|[a-z]+s['’])\s+)?((?:[a-z'’-]+\s*){1,5})/;
// "How many percentage points" counts points (a change of a rate), not a percentage.
const HOW_MANY_PERCENT = /\bhow many percent(?!age points?\b)/;
const SCALE_NOUN = /^\s*(?:hundreds?|thousands?|millions?|billions?|tens?)\b/;
// Where the counted phrase after "how many" ends: its verb or a preposition.
const COUNTED_PHRASE_END =
  /\b(?:was|were|is|are|did|do|does|has|have|had|got|get|in|for|to|by|from|of|on|at|with)\b/;
// "How many Shanghai companies invested …": the counted phrase ends with its plural noun, the verb
// after it ("invested", "donated") says what the counted things did, not that money is counted.
const pluralHeadFirst = (phrase: string) => /^(?:\S+\s+){0,3}?[a-z'’-]*[^s\s]s\b/.exec(phrase)?.[0] ?? phrase;
// A possessive before "share" makes it a portion ("the county's share", "its own share"), not
// "what share of"; so does a plural noun right before it, a possessive as chat writes it without
// its apostrophe ("the townships share of the road money"), though not a word that merely ends in
// "s" ("this", "less").
const OWN_SHARE =
  /\b(?:(?:[a-z]+'s|[a-z]+s'|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}|(?!(?:less|this|was|is|has|does|yes|as|us|thus|plus)\b)[a-z]{2,}s\s+)share\b/g;
// An amount asked for in so many words ("how much money", "in absolute terms").
const AMOUNT_WORD = /\b(money|yuan|absolute|amount)\b/;
const YUAN_OR_MONEY = /\b(yuan|money)\b/;
const HOW_MUCH = /\bhow much\b/;
const HOW_MUCH_SUBJECT = /(?<!\bby )\bhow much (?:did|do|does|has|have|had)\b/;
const CHANGE_WORD = new RegExp(`\\b(?:${CHANGE_VERB})\\b`);
const HOW_BIG = /\bhow (?:large|big)\b/g;
const RATE_COMPARED = /\b(?:faster|quicker|slower)\b/;
const HOW_MANY = /\bhow many\b|\bnumber of\b/;

/**
 * The kinds of figure a question in words asks for, best first. A cascade: the first cue that
 * holds decides, so the order is the precedence (a counted noun, then percent, date, length, area,
 * a counted noun after all, a change, money, and last the bare "how much" / "how many").
 */
function figureKinds(
  q: string,
  derivation: Derivation | undefined,
  unitOf: (phrase: string) => string | undefined,
  // English word order: the counted noun follows "how many" (a translation from Chinese puts it anywhere).
  countedFollows = true,
  // A Chinese question asks with a measure word of things (多少个, 几所: zh-counted-things.ts).
  measuredThings = false,
): { kinds: FigureKind[]; countUnit?: string } {
  // A count noun right after "how many" decides first, whatever percentages the question also names.
  const counted = COUNTED.exec(q);
  const countedUnit = counted && !HOW_MANY_PERCENT.test(q) ? unitOf(counted[1]!) : undefined;
  if (countedUnit && derivation?.type !== "share" && !LENGTH_CUE.test(q) && !AREA_CUE.test(q))
    return { kinds: ["count"], countUnit: countedUnit };
  // "The central government's share", "their share": someone's portion, which a report gives as
  // an amount at least as often as a percentage; with a money word, the amount comes first.
  if (!derivation && PERCENT_CUE.test(q) && !PERCENT_CUE.test(q.replace(OWN_SHARE, " ")))
    return { kinds: MONEY_CUE.test(q) ? ["money", "percent"] : ["percent", "money", "count"] };
  if (derivation?.type === "share" || PERCENT_CUE.test(q)) return { kinds: ["percent"] };
  // "Which grew faster": how fast is a rate of change, which reports state as a percentage.
  if (RATE_COMPARED.test(q)) return { kinds: ["percent"] };
  if (DATE_CUE.test(q) && !WHEN_CLAUSE.test(q)) return { kinds: ["date"] };
  if (LENGTH_CUE.test(q)) return { kinds: ["length"] };
  if (AREA_CUE.test(q)) return { kinds: ["area"] };
  // The counted noun again, now that no other kind is cued ("how many percents of households").
  const countedAfterAll = counted ? unitOf(counted[1]!) : undefined;
  if (countedAfterAll) return { kinds: ["count"], countUnit: countedAfterAll };
  // "By how much did X grow?" asks for a change, which reports state as a rate ("up 21.1%") more
  // often than as an amount; an amount asked for in so many words keeps money first.
  if (CHANGE_ASKED.test(q))
    return { kinds: AMOUNT_WORD.test(q) ? ["money", "percent"] : ["percent", "money", "count"] };
  // "How many …" with a money word may count things bought or funded: a count stays possible. When
  // the money word is not what "how many" counts ("how many care packages were donated"), the
  // things are counted: their value is another figure.
  if (MONEY_CUE.test(q) || MONEY_FRAME.test(q)) {
    if (!q.includes("how many") || YUAN_OR_MONEY.test(q)) return { kinds: ["money"] };
    // A scale word ("how many million") counts an amount, not things.
    const countedNoun = pluralHeadFirst((counted?.[1] ?? "").split(COUNTED_PHRASE_END)[0] ?? "");
    const countsThings =
      measuredThings ||
      (countedFollows && !!countedNoun && !MONEY_CUE.test(countedNoun) && !SCALE_NOUN.test(countedNoun));
    return { kinds: countsThings ? ["count"] : ["money", "count"] };
  }
  if (HOW_LARGE.test(q)) return { kinds: ["area", "money", "count"] };
  // "How much did the villagers raise?": an auxiliary straight after "how much" makes what follows
  // its subject, the one who acted; the amount asked is what they gave, built or earned, which a
  // count (of the subject, as often as not) does not measure. A change stays countable.
  if (HOW_MUCH_SUBJECT.test(q) && !CHANGE_WORD.test(q)) return { kinds: ["money", "area"] };
  if (HOW_MUCH.test(q)) return { kinds: ["money", "area", "count"] };
  if (HOW_MANY.test(q)) return { kinds: ["count"] };
  return { kinds: [] };
}

const HEAD =
  /\b(?:how (?:much|many)|what (?:was|were|is|are) the|what)\s+((?:[a-z-]+\s+){1,4}?)(?:was|were|is|are|did|do|does|has|have|had|in|for|to|by|from|of)\b/;
// "How much of the planned road budget was county money?": the part named after the verb is
// what is measured; the whole before it only says where.
const PART_OF_WHOLE_HEAD =
  /\bhow (?:much|many) of (?:the |its |their |this |that )?(?:[\w'’-]+\s+){1,6}?(?:was|were|is|are|came from|went to|went into|came in as)\s+(?:the\s+)?([a-z-]+(?:\s+[a-z-]+){0,3})\s*\??\s*$/;
function headPhrase(q: string): string[] {
  const part = PART_OF_WHOLE_HEAD.exec(q);
  if (part) return part[1]!.trim().split(/\s+/);
  const m =
    HEAD.exec(q) ?? (FINITE_VERB_LEAD.test(q) || WH_QUESTION.test(q) ? null : NOUN_PHRASE_HEAD.exec(q));
  return m ? m[1]!.trim().split(/\s+/) : [];
}
const totalHeads = (q: string) =>
  q.split(/\s*[:;,–—]\s*/).some((part) => TOTAL_ASKED.test(headPhrase(part).join(" ")));
// A question written as a bare noun phrase, with no question word ("total income increase for all
// …?"), leads with its head.
const NOUN_PHRASE_HEAD =
  /^\W*((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:was|were|is|are|did|do|does|has|have|had|in|for|to|by|from|of|across|over|among|under|within|during|through|on|at|with)\b/;

const singularOf = (w: string) => w.replace(/ies$/, "y").replace(/(?<!s)s$/, "");

// "per X", "for each X", "for every X", "each <adjective> X" with X a counted unit, after up to three
// modifiers ("per officially listed poor family", "for each newly registered poor household"). Not after a
// function word: "each of the X" is the members of a group, not a unit to divide by.
const PER = new RegExp(
  String.raw`\b(?:per|for each|for every|each|every)\s+(?:(?!(?:of|the|a|an|these|those|its|their|all|one)\b)[\w'-]+\s+){0,3}?(${PER_UNIT_PATTERN})\b`,
);
// "per Yuan of X", "each yuan of X": one money figure against another.
// "How many times bigger were A than B", "how many times as much as B was A": the divisor after
// "than"/"as". "A was how many times (that of) B": the divisor after "times". "How many times more
// people …" with no "than" names no divisor and is no multiple asked.
const TIMES_THAN =
  /\bhow many times\s+(?:bigger|larger|greater|higher|more|as (?:much|large|big|high|many|great))\b.*?\s(?:than|as)\s+([^,;:?]+?)\s*\??$/;
const TIMES_OF =
  /\b(?:was|were|is|are|been)\s+how many times\s+(?:(?:as (?:much|large|big|high|many|great) as|that of|those of|the size of)\s+)?([^,;:?]+?)\s*\??$/;
/** The divisor of a multiple the question asks for, as the words that name it. */
export function multipleAsked(q: string): string | undefined {
  return (TIMES_OF.exec(q) ?? TIMES_THAN.exec(q))?.[1];
}
const PER_YUAN =
  /\b(?:per|for each|for every|each|every)\s+(?:yuan|rmb)\s+(?:of|in|from)\s+([^,;:?]+?)(?:\s*[,;:].*|\s+(?:bring|brought|leverage|leveraged|generate|generated|encourage|encouraged|produce|produced|attract|attracted|mobili[sz]e|mobili[sz]ed)\b.*)?\??$/;
// "[tea industry funding] did A (and B get)": after "did", the first side is the subject; the measure
// before it is shared. Only the do-auxiliary: after "was"/"were" a participle may follow ("households
// were relocated and people moved"), which is no subject.
const subjectAfterDo = (side: string) => side.replace(/^.*?\s(?:did|does|do)\s+(?=\S)/, "");
// "[income per household] did A bring": after an auxiliary, the first side is its subject; the
// measure before it is shared by both sides.
const measuredBy = (side: string) =>
  side.replace(/^.*?\s(?:did|does|do|was|were|is|are|had|has|have)\s+(?=\S)/, "");
// The comparative of a difference that asks for the second side minus the first.
const FEWER_WAY = /^(?:by )?how (?:much|many) (?:fewer|less|smaller|lower)\b/;
const DIFFERENCE = [
  /\b(?:difference between|gap between)\s+(.+?)\s+and\s+(.+?)\??$/,
  // "How many more A than B [did X build]": an auxiliary after the second side opens what both share.
  /\bhow (?:much|many) (?:more|fewer|less|larger|bigger|higher|greater|smaller|lower)\s+(.+?)\s+(?:than|versus|vs\.?|compared (?:with|to))\s+(.+?)(?:\s+(?:did|do|does|were|was|are|is|had|has|have)\s+.*)?\??$/,
  /\bby how (?:much|many)(?:\s+\w+)? (?:did|was|were|does|is|are|had|has)\s+(.+?)\s+(?:exceed|beat|surpass|top|outnumber|outstrip|outspend)\w*\s+(.+?)\??$/,
];
// "How many more … than (the annual) plan", "by how much did X beat its plan", "how many X beyond the plan".
const VERSUS_PLAN = new RegExp(
  // "… than the number it planned": a noun for a figure before the plan word stands for the plan.
  String.raw`\bhow (?:much|many) (more|fewer|less)\b.*\bthan\s+(?:the\s+(?:number|amount|figure|total|level)\s+(?:that\s+|which\s+)?)?(?:(?:was|were|had been|it|they)\s+){0,2}(?:the\s+|its\s+|their\s+)?(?:(?:annual|yearly|original|whole)\s+)?${PLAN_OR_INTENT}|` +
    String.raw`\bby how (?:much|many)\b.*\b(exceed|beat|surpass|top|overfulfil|miss|fall short|fell short)\w*\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}${PLAN_NOUNS}\b|\bhow (?:much|many)\b(?:\s+[\w-]+){0,3}?\s+(beyond|above|over|in excess of|short of|below|under)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?${PLAN_NOUNS}\b|` +
    // "By how many did X overshoot its annual (training) plan": any verb whose object is the plan,
    // after at most two words that say which plan. An auxiliary is no such verb, and a year or a
    // figure is no word of the plan's name ("did the 2011 planned investment exceed …" names the
    // investment, whose plan is only a modifier). A year right after the determiner says which
    // year's plan ("overshoot its 2011 plan"), as any word of its name does.
    String.raw`\bby how (?:much|many)\b(?:\s+[\w-]+)*?\s+(?!(?:did|do|does|was|were|is|are|has|have|had)\b)([a-z]+)\s+(?:the|its|their)\s+(?:${YEAR}\s+)?(?:[a-z-]+\s+){0,2}?${PLAN_NOUNS}\b|` +
    // "By how many villages did X go beyond what was planned": "by" says the amount asked is the
    // margin, however long the subject before the preposition.
    String.raw`\bby how (?:much|many)\b.*\s(beyond|above|over|in excess of|short of|below|under)\s+(?:the\s+|its\s+|their\s+|what\s+(?:was|were|had been|it|they)\s+)?(?:[a-z-]+\s+){0,2}?${PLAN_NOUNS}\b|` +
    // "How many more villages does it still need to finish to meet its plan?": what is left to do,
    // the plan less the result (read as a shortfall).
    String.raw`\bhow (?:much|many) more\b.*\b(?:still\s+)?(?:need|needs|needed|has|have|had|is|are)\s+(?:to\s+)?(?:[a-z-]+\s+){0,2}?(?:to|in order to|before it can|to be able to)\s+(meet|reach|fulfil|fulfill|complete|achieve|hit|finish)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?${PLAN_NOUNS}\b`,
);

// "Which … more <count noun>": a count noun after the comparative says what is compared.
const NOUN_PHRASE_POS = new Set(["NOUN", "PROPN", "ADJ"]);
const AFTER_COMPARATIVE = /\b(?:more|fewer|less)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/;
// "At least 20,000 people", "above 600 million Yuan": the unit a stated bound is written in
// is the unit of the figure it bounds, whatever else the question names.
const BOUND_NOUN_WORDS = 5;
const BOUND_OF_PHRASE =
  /^\s*of\s+(?:the|its|their|these|those|all|[a-z-]+['’]s)\s+([a-z -]+?)\s*(?:[?,.;:!]|$)/;
function boundKinds(
  english: string,
  form: Extract<Form, { against: "threshold" }>,
  countUnits: CountUnits | undefined,
): { kinds: FigureKind[]; countUnit?: string } | undefined {
  if (form.percent) return undefined;
  const at = english.indexOf(form.text);
  if (at < 0) return undefined;
  const after = english.slice(at + form.text.length);
  if (/^\s*(?:yuan|rmb)\b/.test(after)) return { kinds: ["money"] };
  // "More than 10 of the science and technology projects": the bound counts the head of the noun
  // phrase after "of the", its last word, whatever else the question names (a verb "fund"). An
  // owner's name stands for "the" ("more than 5 of the county's clinics").
  const partOf = BOUND_OF_PHRASE.exec(after);
  const head = partOf?.[1]?.trim().split(/\s+/).at(-1);
  const headUnit = head && countedUnit(head, countUnits);
  if (headUnit) return { kinds: ["count"], countUnit: headUnit };
  const unit = countedUnit(after.trim().split(/\s+/).slice(0, BOUND_NOUN_WORDS).join(" "), countUnits);
  return unit ? { kinds: ["count"], countUnit: unit } : undefined;
}

function comparedCount(q: string): { kinds: FigureKind[]; countUnit: string } | undefined {
  // "Which set of families was larger": the noun the groups are of is what is counted.
  const group = GROUP_OF_COUNTED.exec(q)?.[1];
  const grouped = group ? countUnitIn(group) : undefined;
  if (grouped) return { kinds: ["count"], countUnit: grouped };
  const m = AFTER_COMPARATIVE.exec(q);
  // The noun phrase's head says what is counted: in "more school buildings" the school is a
  // modifier, and the clinics are no unit the reports count by, so no unit is read. The phrase is
  // the run of nouns and adjectives after the comparative ("more poor villages paired with …",
  // "more farmers joined …").
  const tagged = m ? tagTokens(m[1]!) : [];
  const run = tagged.findIndex((t) => !NOUN_PHRASE_POS.has(t.pos));
  const phrase = (run < 0 ? tagged : tagged.slice(0, run)).map((t) => t.text);
  const unit = phrase?.length ? countUnitIn(phrase.at(-1)!) : undefined;
  return unit ? { kinds: ["count"], countUnit: unit } : undefined;
}

// The size of the group is what is weighed ("was bigger"), not what it got ("got more money").
const GROUP_OF_COUNTED =
  /^\s*which\s+(?:group|set|category)\s+of\s+([a-z]+)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are)\s+(?:the\s+)?(?:bigger|larger|greater|more numerous|biggest|largest)\b/;
const STILL_TO_DO = /^(?:meet|reach|fulfil|fulfill|complete|achieve|hit|finish)$/;
const FEWER_OR_SHORT = /fewer|less|miss|short|below|under|meet|reach|fulfil|complete|achieve|hit|finish/;
// "per households" → "household", "per counties" → "county": the singular PER_UNITS is keyed by.
const singularPerUnit = (w: string) => w.replace(/(ie)?s$/, (m) => (m === "ies" ? "y" : ""));
const AVERAGE_ASKED = /\b(average|on average|avg)\b/;
// The unit an average is taken over when the question names no "per X": a unit word that is no
// modifier of another ("each of the three project counties" is over counties).
const AVERAGE_UNIT = "households?|persons?|people|villages?|county|counties|projects?";
const AVERAGE_OVER = new RegExp(String.raw`\b(${AVERAGE_UNIT})\b(?!\s+(?:${AVERAGE_UNIT})\b)`);
// "+" and "&" join two things to add ("central + provincial").
// "A + B", "A & B", "A plus B": two things added.
const PLUS = /\s*(?:[+&]|\bplus\b)\s*/g;
// "The total of A plus B" asks their sum as "A and B combined" does; not "what share of A plus B"
// (a share of the sum) nor "how much of A plus B went to X" (a part of it).
const PLUS_WORD = /\bplus\b/;
const PART_OF_SUM = /\bhow (?:much|many) of\b/;
const plusAsksSum = (q: string) => PLUS_WORD.test(q) && !SHARE_ASKED.test(q) && !PART_OF_SUM.test(q);
const SUM_ASKED = /\b(combined|together|sum of|in total|in all|altogether|both|add(?:ed|ing)? up|all told)\b/;
const RELATIVE_CLAUSE = /\s+(?:that|which)\s+.*$/;
const BOTH_ANNOUNCED = /\bboth\s+[a-z]+\s*,\s*(.+)$/;
// "[how many] wells and ponds [combined were dug in …]": the two noun phrases around "and";
// what follows them (the place, the programme) applies to both and stays in the shared words.
const SUM_SIDES =
  /^(?:.*?\b(?:how (?:much|many)|sum of|total of|of|did|were|was|both)\s+)?(.+?)\s+and\s+(.+?)(?=\s+(?:combined|together|in total|in all|altogether|all told|were|was|are|is|did|do|have|has|had)\b|\s*[,;:—–]|\s+-\s|\s*\??$)/;
// A percentage asked for with a verb of change after it ("by what percent did X grow", "what
// percentage did X rise by"), or a rate of change named as such ("what was the growth rate of X").
// "By what percentage did <a subject of any length> rise": "by" before the percentage says it is the
// size of a change, however many words the subject takes.
// "How many percentage points did X go up" asks for the change of a rate in points, no growth rate.
// "By what percentage was the standard raised": a rise put in the passive.
const RAISED = "raised|increased|expanded|lifted";
const GROWTH_ASKED = new RegExp(
  String.raw`\b(?:what|how many) (?:percent(?:age)?|per cent)\b(?!\s+points?\b)(?:\s+[\w'’-]+){0,12}?\s+(?:${CHANGE_VERB})\b|\bby what (?:percent(?:age)?|per cent)\s+(?:did|does|do|has|have|had)\b(?:\s+[\w'’-]+)+?\s+(?:${CHANGE_VERB})\b|\bby what (?:percent(?:age)?|per cent)\s+(?:was|were|is|are|has been|have been|had been)\b(?:\s+[\w'’-]+)+?\s+(?:${RAISED})\b|\b(?:what|how much) (?:was|is|were) the (?:(?:annual|yearly|year-on-year)\s+)?(?:growth rate|rate of (?:growth|increase)|percentage (?:growth|increase|rise|drop|decrease|fall))\b`,
);
const SHARE_ASKED = /\b(what|which) (share|proportion|percentage|fraction|percent)\b|\bhow many percent\b/;
// "What percentage of the planned villages …", "what share of its target …": a result over its plan.
// A share that names its own part after the plan ("… of the planned investment is the central
// money") is a part of the planned amount, an ordinary share.
const PLAN_SHARE_ASKED = new RegExp(
  String.raw`\b(?:share|proportion|percentage|fraction|percent|per cent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?${PLAN_NOUNS}\b`,
);
const COPULA_AFTER = /\b(?:is|was|are|were)\s+(.*)$/;
const PART_ENDS = new Set(["ADP", "PUNCT", "SCONJ", "CCONJ", "PRON"]);
/**
 * "… of the planned investment was central lottery money": the copula's complement is a noun
 * phrase, the part whose share of the planned whole is asked (an ordinary share). "… of the planned
 * villages were finished (in 2011)" has a participle alone there: the result over its plan.
 */
export function namesPartAfter(rest: string): boolean {
  const complement = COPULA_AFTER.exec(rest)?.[1];
  if (!complement) return false;
  for (const t of tagTokens(complement)) {
    if (PART_ENDS.has(t.pos)) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN") return true;
  }
  return false;
}
const WH_QUESTION = /\b(?:what|how|which)\b/;
// "Overall" and "both <things>" ask for the things' total as "in all" does ("how many villages did
// both batches cover", "how many villages overall"), and so does "what did X add up to".
const TOTAL_ASKED =
  /\b(combined|together|in total|in all|altogether|all told|total|for all|all the|overall|both|add(?:s|ed)? up to|adding up to)\b/;
const HOW_OR_WHAT = /\b(?:how|what)\b/;
// A question that opens with a verb ("did …", "is …", "tell me …") is no bare noun phrase.
const FINITE_VERB_LEAD =
  /^\W*(?:did|do|does|was|were|is|are|has|have|had|can|could|will|would|should|tell|give|show|list|name)\b/;
const HOW_MANY_OR_MUCH = /\bhow (?:many|much)\b/;
// What remains ("not yet", "still left", "remaining") is a whole minus a part, never the part.
// "How much was left for the first batch": "left" after a form of "be" (not "left-behind children").
// "not covered", "hadn't got going": the verb a negation applies to.
const NEGATED_VERB = /(?:\bnot|n't)\s+(?:yet\s+)?([a-z]+ed)\b/g;
const OTHER_THAN = /\b([a-z]+)\s+other\s+than\b/g;
// "Sources other than X", "everything except X", "excluding X": the whole without the part named.
// ("Set aside from" is no exception: only "apart from" is read.)
// "Outside the 58 counties", "rather than households" name the part left out, as "except" does.
export const REMAINDER_ASKED =
  /\b(not|yet to|remaining|remain|still|left over|other than|except|excluding|apart from|outside(?: of)?|rather than)\b|\b(?:is|was|are|were|be)\s+left\b(?!-)/;
// "Except for the county seats, how many of the other towns …", "Apart from A and B, how much did
// the rest give?": an exception set before the asking clause, which then asks for the others, asks
// what remains of the whole once the parts excepted are taken out. ("Besides A, how much did B
// give?" names no others: it asks B's own figure.)
const FRONTED_EXCEPTION =
  /^\s*(?:apart from|aside from|except(?: for)?|excluding|other than|besides)\b[^,;?]+,/;
const OTHERS_ASKED = /\b(?:others?|rest|remaining)\b/;
// "A rather than B" names A, the part asked, first: the rest of the whole is computed only when the
// report has no figure of A itself.
const RATHER_THAN = /\brather than\b/;
const OTHER_REMAINDER = new RegExp(REMAINDER_ASKED.source.replace("|rather than", ""));
// "How many were in the scheme before the new ones were added?": what there was before some
// were added is the whole now minus the part added ("420 villages …, of which 85 were newly added").
// The thing added is named after "before" ("the additions", "the new ones were added"), so a date
// alone ("before 2012") asks for no remainder.
const BEFORE_ADDED =
  /\bbefore\s+(?:the\s+|any\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?:additions?|expansions?|(?:were|was|got|being)\s+(?:newly\s+)?added)\b/;

/**
 * The computation a question asks for, if any. A cascade, the first match wins, so the order is
 * the precedence: versus-plan, ratio per Yuan, average per unit, difference, sum of two named
 * sides, share, plan, total of listed items, complement. The more specific wording comes first
 * ("how many more than planned" is a versus-plan, not a difference; "per Yuan of" a ratio, not an
 * average). `cues`: the question with names masked, for the words that ask for a plan;
 * `plan: false` leaves out the two plan readings (a lead-in that states a plan does not ask for it).
 */
function findDerivation(
  q: string,
  cues: string,
  { plan: plans = true }: { plan?: boolean } = {},
): Derivation | undefined {
  const versusPlan = plans ? VERSUS_PLAN.exec(cues) : null;
  if (versusPlan) {
    const word = versusPlan.slice(1).find((g) => g !== undefined) ?? "";
    return {
      type: "versus-plan",
      sign: FEWER_OR_SHORT.test(word) ? -1 : 1,
      ...(STILL_TO_DO.test(word) ? { remaining: true as const } : {}),
    };
  }
  const perYuan = PER_YUAN.exec(q);
  if (perYuan) return { type: "ratio", per: perYuan[1]! };
  const times = multipleAsked(q);
  if (times) return { type: "ratio", per: times, times: true };
  const years = changeBetweenYears(q);
  if (years) return { type: "difference", ...years, alike: true, way: "more" };
  // A difference of figures per unit ("how much more income per household did A bring than B") is
  // a difference, not an average.
  for (const pattern of DIFFERENCE) {
    const diff = pattern.exec(q);
    if (diff) {
      // "How much more went into A than into B": the words before the shared preposition apply to both.
      const p = parallelSides(measuredBy(diff[1]!), diff[2]!);
      const way = pattern === DIFFERENCE[0] ? undefined : FEWER_WAY.test(diff[0]) ? "fewer" : "more";
      const yearBefore = againstYearBefore(diff[2]!);
      if (yearBefore) return { type: "difference", ...yearBefore, alike: true, ...(way ? { way } : {}) };
      return {
        type: "difference",
        ...sameThingInTwoYears(p.left, p.right),
        ...(p.alike ? { alike: true } : {}),
        ...(way ? { way } : {}),
      };
    }
  }
  const per = PER.exec(q);
  const perUnit = per && (PER_UNITS[per[1]!] ?? PER_UNITS[singularPerUnit(per[1]!)]);
  if (perUnit) return { type: "average", perUnit };
  if (AVERAGE_ASKED.test(q)) {
    const unit = AVERAGE_OVER.exec(q);
    if (unit) return { type: "average", perUnit: PER_UNITS[unit[1]!]! };
  }
  if (SUM_ASKED.test(q) || plusAsksSum(q)) {
    const sum = SUM_SIDES.exec(q.replace(PLUS, " and "));
    if (sum) {
      // "… across both years, 2010 and 2011": a pair announced with "both" is the two after its comma.
      const announced = BOTH_ANNOUNCED.exec(sum[1]!);
      // "How much X did A and B get": the measure before the auxiliary is what both sides share.
      const left = announced ? announced[1]! : subjectAfterDo(sum[1]!);
      // "the funds and materials that the units put into their villages": a relative clause after the
      // second side says what both are, so its words are shared, not the second side's own.
      const right = sum[2]!.replace(RELATIVE_CLAUSE, "");
      const p = parallelSides(sideAfterPreposition(left, right), right);
      // "A, B and C": a comma before the last "and" lists more than two.
      const more = /\w,\s+\w/.test(left) ? { more: true as const } : {};
      return {
        type: "sum",
        ...sameThingInTwoYears(p.left, p.right),
        ...(p.alike ? { alike: true } : {}),
        ...more,
      };
    }
  }
  // "By what percent did X grow" asks for a rate of change, not for X as a share of something.
  if (GROWTH_ASKED.test(q)) return { type: "growth" };
  if (SHARE_ASKED.test(q)) {
    // Read with names masked: "what percentage of the Rain Plan trainees" is a share of trainees.
    const ofPlan = PLAN_SHARE_ASKED.exec(cues);
    return ofPlan && !namesPartAfter(cues.slice(ofPlan.index + ofPlan[0].length))
      ? { type: "share", ofPlan: true }
      : PLAN_ASKED.test(cues)
        ? { type: "share", namesPlan: true }
        : { type: "share" };
  }
  // A wh-question with a plan word ("what was the target for …", "how many … was it supposed to …"): the plan,
  // stated or implied. A yes/no question about a plan is a check, not this.
  // "How much of the planned road budget was county money?" asks for a part of the plan, named
  // after the verb; the plan word before it only says which whole.
  const part = PART_OF_WHOLE_HEAD.exec(q)?.[1];
  const planOnlyInWhole = part !== undefined && !PLAN_ASKED.test(part);
  // "How many villages completed the annual construction task?": a plan noun that is the object of a
  // verb of completion says what the counted things did; the result is asked, not the plan.
  const planNamed = PLAN_ASKED.test(cues.replace(PLAN_COMPLETED, " "));
  if (plans && !planOnlyInWhole && planNamed && WH_QUESTION.test(q)) return { type: "plan" };
  // A question written as a bare noun phrase ("total X for all Y?") asks what a wh-question would.
  // A bare noun phrase asks for a total when its head says so ("total income increase for all …", or
  // after a colon: "X in 2010: total investment in …"); a keyword after it ("… pilots total") only
  // names the stated total.
  if (TOTAL_ASKED.test(q) && (HOW_OR_WHAT.test(q) || (!FINITE_VERB_LEAD.test(q) && totalHeads(q))))
    return { type: "total" };
  // What remains is asked after "how many" ("I do not know how many …" asks no remainder).
  const asked = q.search(HOW_MANY_OR_MUCH);
  if (
    asked >= 0 &&
    (REMAINDER_ASKED.test(q.slice(asked)) ||
      BEFORE_ADDED.test(q.slice(asked)) ||
      (FRONTED_EXCEPTION.test(q.slice(0, asked)) && OTHERS_ASKED.test(q.slice(asked))))
  )
    return RATHER_THAN.test(q.slice(asked)) && !OTHER_REMAINDER.test(q.slice(asked).replace(RATHER_THAN, ""))
      ? { type: "complement", namedFirst: true }
      : { type: "complement" };
  return undefined;
}
