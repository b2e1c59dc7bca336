// The answer engine: question in, cited answer (or an honest no-answer) out. A plain library:
// surfaces call answer() and only translate the result for their medium.
import { amountBeyondGap } from "./amount-gap.js";
import { totalBeforePart } from "./total-before-part.js";
import { partByStateFirst } from "./part-by-state.js";
import { stockAtDateAsked } from "./stock-at-date.js";
import { restOfClause } from "./rest-clause.js";
import { amountOfNamedShare, amountOfStatedShare } from "./share-amount.js";
import { writtenAsShareOfPlan } from "./relations.js";
import { namesPlanZh } from "./zh-forms.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import { sectionKey } from "../knowledge/section-key.js";
import type { Entry, NumericEntry } from "../knowledge/schema.js";
import { derive, type Derived, isRate, STATED_PERCENT_ROUNDING } from "./compute.js";
import { levelBeforeMultiple, yearWithoutFigures } from "./base-year-multiple.js";
import { namesSharePart } from "./share-sides.js";
import { judgeCheck, judgeComparison, type Judgement, type Reason } from "./judge.js";
import type { Comparison } from "./forms.js";
import {
  capitalisedNames,
  namesAnswer,
  namesAskedIn,
  ordinalGroupWords,
  statedNameCount,
  whatNounsDid,
} from "./names.js";
import {
  listedNames,
  namesOnlyListedOthers,
  namesPartOfListElsewhere,
  namesPartOfRun,
} from "./sibling-names.js";
import { reportNamesIn } from "./report-names.js";
import { answersRanking, asksRanking } from "./ranking-asked.js";
import { asksOneName } from "./one-name.js";
import { namesLead, partnersLead } from "./names-lead.js";
import { namesSetAside, setAsideStems } from "./set-aside-names.js";
import { remainderQuoted } from "./remainder-quoted.js";
import { regionsIn, regionTitleWords } from "./regions.js";
import { isEnglishWord } from "./background.js";
import { entryFigure } from "../knowledge/figures.js";
import { chineseDates, englishTitles, labelIn } from "./zh.js";
import { chineseForms } from "./zh-forms.js";
import { namesProgramme, programmeSections } from "./zh-programme.js";
import { chineseTopic, topicFirst } from "./zh-topic.js";
import { fullWidthPunctuation } from "./zh-punctuation.js";
import { type WritesBefore, writtenPairs } from "./zh-attributive.js";
import { ofPriorAction, priorAction } from "./zh-after.js";
import { englishPriorAction, outcomeAfterAction } from "./after-action.js";
import { totalBeforeSectionWordPart } from "./section-word-part.js";
import { widestPartFirst } from "./widest-part.js";
import { translateChinese } from "./glossary.js";
import { sizedAsAsked } from "./zh-magnitude.js";
import {
  citationOf,
  derivedText,
  figureText,
  inputSources,
  namesSentence,
  noAnswerText,
  notesFor,
  passageText,
  sourcePlace,
  topicName,
  type Topic,
} from "./compose.js";
import { answerAcrossReports } from "./across-reports.js";
import { scopeProblem } from "./scope.js";
import { isNamedChange } from "./named-change.js";
import { CHANGE_VERB, isRelativeSide, sideInYear } from "./year-change.js";
import { statedInputsOf, withoutStated } from "./stated.js";
import { bySource } from "./sources.js";
import { asksWhereFrom, breakdownOf } from "./where-from.js";
import { namedMemberFirst } from "./group-member.js";
import { exitBeforeLevel } from "./poverty-exit.js";
import { actualResultFirst } from "./actual-result.js";
import type { Glossary } from "../knowledge/glossary.js";
import {
  countsWhatIsAsked,
  matchedTerms,
  MIN_COVERAGE,
  MIN_LOCAL,
  MIN_PRECISION,
  queryTerms,
  rankEntries,
  rankSentences,
  scoreEntries,
  type QueryTerm,
  type RankedEntry,
  type Scoring,
} from "./rank.js";
import { type Answer, noFigureFields } from "./schema.js";
import {
  buildSearchIndex,
  isPlanned,
  sectionOf,
  termsOf,
  type IndexData,
  type SearchIndex,
} from "./search-index.js";
import { STOPWORDS, stem } from "../text/words.js";
import { inQuestionLanguage } from "./localize.js";
import { respellQuestion } from "./respell.js";
import { programmeNames } from "./programme-names.js";
import { askedWords, thingWords, unknownSubject } from "./subject.js";
import { passageNamesThing } from "./passage-thing.js";
import { namesOnlyAsModifier } from "./modifier-only.js";
import { understand, type Lexicon, type Question } from "./understand.js";
import { countUnitsOf } from "./counted.js";
import { countsAnotherThing, countsAnotherUnit, countsWhatIsMeasured } from "./uncounted.js";
import { measuresAnotherThing, missesTheMeasuredThing } from "./measured-thing.js";
import { namesAnotherSection } from "./other-section.js";
import { namesAnotherSentence } from "./other-sentence.js";
import { namesAnotherSentenceOfSection } from "./section-sentence.js";
import { planWhereResultAsked } from "./plan-part.js";
import { perPhraseMissedBy } from "./per-phrase.js";
import { unnamedPartOfStatedWhole } from "./unnamed-part.js";
import { ofAnotherPlace } from "./place-owner.js";
import { leavesOutTheRestrictedPart } from "./restricted-part.js";
import { doerOnlyAnotherAgent, giverLeftOutOfBreakdown, receiverWhoGave } from "./other-agent.js";
import { jointWhereAlone, listedWithOthersWhereAlone } from "./alone.js";
import { unknownCountedHead, unknownSubjectHead } from "./zh-counted-head.js";
import { asksDesignation, designationIn } from "./designation.js";
import { leavesOutThePart, ownWords, totalOfTheSidesAsked } from "./part-asked.js";
import { ofAnotherCutOff } from "./cut-off.js";
import { computedMissesTheThing, missesTheChangedThing, missesTheThingAsked } from "./unmatched-thing.js";
import { rateBeyondGap } from "./rate-gap.js";
import { totalBeforeGroup } from "./before-group.js";
import { changeOfTwoLevels } from "./two-levels.js";
import { namedYearWorkedBack } from "./year-back.js";
import { statedRate, totalsBeforeRates } from "./stated-rate.js";
import { amountBeforeRate } from "./change-amount.js";
import { hasVerbSense } from "./word-relations.js";
import { expandInitialisms, initialismsFor } from "./initialisms.js";
import { plainQuestion } from "./register.js";
import { yearOfSide, yearsIn } from "./sides.js";
import { getOrInsertComputed } from "../util/maps.js";

export const MAX_QUESTION_LENGTH = 6000;
const RUNNER_UPS = 3;
// A runner-up is offered when it covers half of what an answer must: near enough to be worth a look.
const MIN_RUNNER_UP_COVERAGE = MIN_COVERAGE / 2;
const PASSAGE_SENTENCES = 3;
// Sentences carry no figure of their own to get wrong, so a looser match may still be shown.
const MIN_PASSAGE_COVERAGE = 0.4;
// A computed figure must beat a stated one by this much coverage to be preferred to it: a stated
// figure needs no arithmetic that could be wrong, so a near tie goes to it.
const DERIVED_MARGIN = 0.05;
// A question asking for sentences ("what happened with …") still gets a figure instead when the
// figure matches nearly all of it: then the figure is what was asked about.
const FIGURE_OVER_PASSAGE_COVERAGE = 0.9;

export type Engine = {
  readonly kb: KnowledgeBase;
  readonly index: SearchIndex;
  readonly glossary: Glossary;
  answer(question: string): Answer;
};

/** `data`: a saved index (see snapshot.ts); without it the index is built from the knowledge. */
export function createEngine(kb: KnowledgeBase, glossary: Glossary, data?: IndexData): Engine {
  const index = buildSearchIndex(kb, data);
  return {
    kb,
    index,
    glossary,
    answer: (question) => {
      const q = readQuestion(question, index, glossary);
      const answerIn = (within: SearchIndex, scoped: Question) => {
        const a = answerQuestion(scoped, within, glossary);
        return { answer: inQuestionLanguage(a, within, glossary), match: matches.get(a) };
      };
      return answerAcrossReports(
        q,
        index,
        (scoped) => answerIn(index, scoped),
        (alone) => answerIn(alone, readQuestion(question, alone, glossary)),
      );
    },
  };
}

/** The question as the engine reads it: respelt as the asker meant to type it, quoted back as sent. */
export function readQuestion(question: string, index: SearchIndex, glossary: Glossary): Question {
  const asked = question.slice(0, MAX_QUESTION_LENGTH).trim();
  const read = understand(
    respellQuestion(
      chineseForms(
        chineseDates(
          expandInitialisms(englishTitles(fullWidthPunctuation(asked)), initialismsFor(index.kb), (w) =>
            knownToken(w, index),
          ),
        ),
        namesProgramme(index, glossary),
      ),
      index,
    ),
    glossary,
    lexiconOf(index),
  );
  const topic = read.language === "zh" ? chineseTopic(asked) : undefined;
  const topicSections = topic ? programmeSections(index, glossary)(topic) : undefined;
  const found = read.language === "zh" ? priorAction(asked, namesProgramme(index, glossary)) : undefined;
  const searchTerms = (zh: string) => termsOf(translateChinese(zh, glossary, (w) => index.hasTerm(stem(w))));
  // The outcome's words, but the unit counted ("people"), which the action's figure counts too.
  const unit = new Set(termsOf(read.countUnit ?? ""));
  // The places asked are no outcome: a label naming the action need not name them.
  const places = new Set(termsOf(read.regions.join(" ")));
  const prior = found
    ? {
        action: searchTerms(found.action),
        outcome: searchTerms(found.outcome).filter((t) => !unit.has(t)),
      }
    : read.language === "en"
      ? englishPriorAction(read.english, read.countUnit, places)
      : undefined;
  return withReportYear(
    { ...read, raw: asked, ...(topicSections && { topicSections }), ...(prior && { priorAction: prior }) },
    index,
  );
}

// "per capita net income": "per capita" used as an adjective, before the noun it measures.
const PER_CAPITA_NOUN =
  /\bper capita\s+(?!(?:was|were|is|are|did|do|does|in|for|of|on|at|by|to|from|and|or|than)\b)[a-z]/;

/**
 * "How many … the previous year?" with no year named: the year before the year of the reports the
 * question may be answered from (and a year named that is the one before theirs, below). Reports of
 * different years leave it unread: each report alone is asked again (across-reports.ts) and reads
 * it against its own year.
 */
function withReportYear(q: Question, index: SearchIndex): Question {
  const d = q.derivation;
  const reports =
    q.regions.length > 0
      ? q.regions.flatMap((r) => [...(index.reportsByRegion.get(r) ?? [])])
      : [...index.reportsById.keys()];
  // "How much … in 2011?" asked of a 2012 report that has no 2011 figure: the year before the
  // report's, worked back from a change it states ("up 26% over the previous year") when it does.
  const [asked] = q.years;
  // "The per capita net income of farmers in 2011": "per capita" before its noun names the quantity
  // the report states, no division; the year before the report's is worked back all the same.
  const namedRate = d?.type === "average" && PER_CAPITA_NOUN.test(q.english);
  if ((!d || namedRate) && q.years.length === 1 && asked !== undefined) {
    const held = index.reportsByYear.get(asked);
    const before = reports.some((id) => index.reportsById.get(id)?.meta.year === asked + 1);
    // (A report with figures of that year may lack this one's: compute.ts answers with the year's own
    // figure when it is there, and works the named rate back otherwise.)
    if (before && (namedRate || !reports.some((id) => held?.has(id))))
      return { ...q, derivation: { type: "previous-year", year: asked } };
  }
  const years = new Set(reports.map((id) => index.reportsById.get(id)?.meta.year));
  const [year] = years;
  // "How much did X increase from last year to this year?": the report's year and the one before.
  if (d?.type === "difference" && (isRelativeSide(d.left) || isRelativeSide(d.right)))
    return years.size === 1 && typeof year === "number"
      ? { ...q, derivation: { ...d, left: sideInYear(d.left, year), right: sideInYear(d.right, year) } }
      : { ...q, derivation: undefined };
  if (d?.type !== "previous-year" || d.year !== undefined) return q;
  return years.size === 1 && typeof year === "number"
    ? { ...q, derivation: { type: "previous-year", year: year - 1 } }
    : { ...q, derivation: undefined };
}

// A token that is a report word or a chat abbreviation ("bc" is "because", not a county's initials).
const knownToken = (w: string, index: SearchIndex) =>
  index.hasTerm(stem(w)) || plainQuestion(w, () => true) !== w;

// What the knowledge tells the question reader; built once per index.
const lexicons = new WeakMap<SearchIndex, Lexicon>();
const pairsByIndex = new WeakMap<SearchIndex, WritesBefore>();
export function lexiconOf(index: SearchIndex): Lexicon {
  return getOrInsertComputed(lexicons, index, () => {
    // Section titles, and the programmes the text names with a cue word in them ("the Rain Plan"
    // is a programme whatever the section it is reported under): their cue words ask nothing.
    const programmes = index.kb.sections.flatMap((s) => programmeNames(s.sentences));
    const names = [
      ...new Set([...index.kb.sections.map((s) => s.title), ...programmes].map((t) => t.toLowerCase())),
    ]
      .filter((t) => t.includes(" "))
      .sort((a, b) => b.length - a.length);
    const respellable = (w: string) => {
      return index.resolve(w, stem(w))?.kind === "term";
    };
    return {
      known: (w: string) => index.hasTerm(stem(w)),
      // A gloss word stands for its family only when it is no verb: 补助 "to subsidize" asks about
      // the action, and "subsidy" is what it gave (zh-gloss.ts reads a verb in its verb senses).
      glossable: (w: string) =>
        index.hasTerm(stem(w)) || (index.family(stem(w)).length > 0 && !hasVerbSense(w)),
      respellable,
      names,
      regions: index.regions,
      countUnits: countUnitsOf(index.entryUnit),
      // Made on the first Chinese term read before a noun, once per index.
      writesBefore: (word: string, next: string) =>
        getOrInsertComputed(pairsByIndex, index, () =>
          writtenPairs(index.kb.sections.flatMap((s) => s.sentences)),
        )(word, next),
    };
  });
}

// The order of the steps is the policy: refuse what the reports cannot cover; answer a comparison
// or check by judging it; prefer a computed figure when it matches better than any stated one (or
// the question asks for a total the report only lists item by item); refuse a computation that
// cannot be made; give names or sentences when those are asked for; else the best stated figure,
// else sentences for a question that names no kind of figure, else an honest no-answer.
function answerQuestion(q: Question, index: SearchIndex, glossary: Glossary): Answer {
  const asRead = answerAsRead(q, index, glossary);
  const back = asRead.answered ? undefined : yearBeforeReports(q, index);
  if (!back) return asRead;
  const worked = answerAsRead(back, index, glossary);
  return worked.answered ? worked : asRead;
}

/**
 * "How much … in 2011?" asked of 2012 reports that hold some 2011 figures, none of them the one
 * asked: the question again as the year before the reports', worked back from a change they state.
 * "The total amount of X in 2011" names a total, not items to add, so it is read this way too.
 */
function yearBeforeReports(q: Question, index: SearchIndex): Question | undefined {
  const [asked] = q.years;
  if (q.years.length !== 1 || asked === undefined || (q.derivation && q.derivation.type !== "total"))
    return undefined;
  const reports =
    q.regions.length > 0
      ? q.regions.flatMap((r) => [...(index.reportsByRegion.get(r) ?? [])])
      : [...index.reportsById.keys()];
  return reports.some((id) => index.reportsById.get(id)?.meta.year === asked + 1)
    ? { ...q, derivation: { type: "previous-year", year: asked } }
    : undefined;
}

function answerAsRead(q: Question, index: SearchIndex, glossary: Glossary): Answer {
  const scope = scopeProblem(q, index);
  if (scope) return noAnswer(q, index, scope);
  const terms = queryTerms(q, index);
  const absent = absentSubject(q, index, terms, glossary);
  if (absent) return noAnswer(q, index, absent);
  const scoring = scoreEntries(index, terms, q);
  if (q.form) {
    let judged =
      q.form.type === "comparison"
        ? judgeComparison(q, q.form, index)
        : judgeCheck(q, q.form, index, scoring);
    // "More in 2011 than in 2010" where the report states no change over the year before but gives
    // each year's figure on its own: the two years' figures compared.
    const years = "reason" in judged ? twoYearsCompared(q) : undefined;
    if (years) {
      const byYear = judgeComparison(q, years, index);
      if (!("reason" in byYear)) judged = byYear;
    }
    return "reason" in judged ? noAnswer(q, index, judged.reason) : judgedAnswer(q, judged, index);
  }
  // "Which …", "who …" ask for names: a figure, stated or computed, however well it matches, is not
  // one ("together with which bodies …" holds a word for adding, and no sum is asked).
  if (q.asksNames) {
    const passage = passageAnswer(q, index, terms);
    if (passage && asksRanking(q.english) && !answersRanking(passage))
      return noAnswer(q, index, {
        en: "The report does not say which ranks first, and gives no figure for each to compare.",
        zh: "报告没有说明哪一个排在首位，也没有给出可供比较的各自数字。",
      });
    return (
      passage ??
      noAnswer(q, index, {
        en: "The report names nothing that matches what was asked.",
        zh: "报告中没有与所问内容相符的名称。",
      })
    );
  }
  // A year no figure is of, which a later figure is written as a multiple of: that figure ÷ the multiple.
  if (yearWithoutFigures(q, index)) {
    const level = levelBeforeMultiple(q, index);
    if (level) return derivedAnswer(q, level, [], index);
  }
  // A figure the question states is given, not asked ("if A was N% over the plan, what was the plan?").
  // A figure of another source than the one the question names is not its answer (sources.ts).
  // A whole and its part in one sentence: the part first when the question names its state (part-by-state.ts).
  const all = partByStateFirst(scoring, rankEntries(q, index, scoring));
  const sourced = bySource(q, index, scoring, withoutStated(q, all, scoring));
  const ranked = topicFirst(
    q,
    sizedAsAsked(
      q.raw,
      amountBeforeRate(
        q,
        totalsBeforeRates(
          q,
          actualResultFirst(
            q,
            index,
            exitBeforeLevel(
              q,
              totalBeforeSectionWordPart(
                q,
                index,
                widestPartFirst(
                  q,
                  index,
                  namedMemberFirst(q, index, totalBeforePart(q, index, sourced.ranked)),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // "Where did the road money come from?": the parts of the whole asked about (where-from.ts).
  const breakdown = asksWhereFrom(q.english, q.kinds) ? breakdownOf(index, ranked) : undefined;
  if (breakdown) return breakdownAnswer(q, breakdown, index);
  // "How many were left at the end of 2013?": the stock the report dates so is the answer, not a
  // whole less a part (stock-at-date.ts), when it ranks about as well as the best figure.
  const stock =
    q.derivation?.type === "complement"
      ? ranked.find(
          (r) =>
            r.coverage >= (ranked[0]?.coverage ?? 0) - DERIVED_MARGIN &&
            isKindAsked(q, r.entry) &&
            stockAtDateAsked(q.english, r.entry),
        )
      : undefined;
  if (stock) return figureAnswer(q, stock, ranked, index);
  // The figures a question states may be the very inputs of the giver's part it asks for ("of the
  // N million from A and B, A gave M: how much came from B?"): the joint total minus the other
  // giver's part is then made from them, and is never one of them.
  const bySourceDerived =
    sourced.derived ??
    (q.stated.length > 0 ? statedInputsOf(q, bySource(q, index, scoring, all).derived) : undefined);
  if (bySourceDerived && (!q.derivation || q.derivation.type === "complement"))
    return derivedAnswer(q, bySourceDerived, ranked, index);
  // "… and the rest in central villages": a part the report implies, asked without a computation word.
  const impliedRest = q.derivation ? undefined : restOfClause(q, index, ranked);
  if (impliedRest) return derivedAnswer(q, impliedRest, ranked, index);
  // "N% of the <whole> went to …", the whole given as a figure: the amount the share implies.
  const namedShare = amountOfNamedShare(q, index, scoring) ?? amountOfStatedShare(q, index, scoring);
  if (namedShare && namedShare.coverage >= MIN_COVERAGE) return derivedAnswer(q, namedShare, ranked, index);
  const beyondGap = rateBeyondGap(q, index, scoring, ranked[0]) ?? amountBeyondGap(q, index, scoring, ranked);
  if (beyondGap) return derivedAnswer(q, beyondGap, ranked, index);
  // "How many … before the 3rd batch was named?": the running total less that batch (before-group.ts).
  const beforeGroup = totalBeforeGroup(q, index, scoring, ranked);
  if (beforeGroup) return derivedAnswer(q, beforeGroup, ranked, index);
  const direct = directFigure(
    q,
    index,
    scoring,
    statedRate(q, ranked) ?? outcomeAfterAction(q, ranked) ?? ranked[0],
    ranked,
  );
  const twoLevels = changeOfTwoLevels(q, index, scoring, direct);
  if (twoLevels) return derivedAnswer(q, twoLevels, ranked, index);
  // Three or more things to add: a stated total is the total of whatever it lists, not of these,
  // so only figures that name each listed thing once are added (listed-sum.ts), or none.
  const severalToAdd = q.derivation?.type === "sum" && q.derivation.more === true;
  const derived = derive(q, index, scoring) ?? totalOfJoinedName(q, index, scoring, ranked[0]);
  // A stated total that is itself one side of the sum ("small loans issued (total)" beside the
  // mutual funds' loans) is that side's own figure, not the sum of both.
  const stated =
    direct &&
    !severalToAdd &&
    statesTheComputation(direct, q, index) &&
    !contradicts(q, direct, derived) &&
    !(q.derivation?.type === "sum" && derived?.inputs.some((input) => input === direct.entry));

  // "How much went into poverty alleviation and development in total?": the two "sides" of the sum
  // are one name the stated total's label writes whole, so the stated total is the answer. So is a
  // stated figure of a pair its label names whole ("funds from the central and provincial
  // government"), whether or not its label says "total": it is the pair's joint figure.
  if (direct && splitsAName(q.derivation, direct.entry.label)) return figureAnswer(q, direct, ranked, index);
  // A total found only when the report lists its items separately: when found, it is the answer.
  const itemisedTotal = q.derivation?.type === "total";
  if (
    derived &&
    derived.coverage >= MIN_COVERAGE &&
    !computedMissesTheThing(q, scoring, derived.inputs, ranked) &&
    !(derived.inputs.length === 2 && perPhraseMissedBy(q, index, scoring, derived.inputs[1]!)) &&
    !leavesOutThePart(q, scoring, [derived.label, ...derived.inputs.map(ownWords)].join(" ")) &&
    !(stated && statedRateRanksFirst(q, direct, derived, ranked)) &&
    (!direct || itemisedTotal || derived.coverage > direct.coverage + DERIVED_MARGIN || !stated)
  ) {
    return derivedAnswer(q, derived, ranked, index);
  }
  // "How many was X supposed to train?": the best result's plan is stated as a figure (no plan is
  // implied, compute.ts), and that figure, ranked about as well as the result, answers, when it is
  // a kind of figure asked: a plan of people trained is no target for income growth in Yuan.
  // With no best figure to go by (the best was another programme's, say), a stated plan must be one
  // that could be given as the answer itself.
  const planNear = (r: RankedEntry, best: RankedEntry) =>
    r.coverage >= best.coverage - DERIVED_MARGIN &&
    isKindAsked(q, r.entry) &&
    statesTheComputation(r, q, index);
  const statedPlan =
    q.derivation?.type === "plan" && !derived && !stated
      ? direct
        ? ranked.find((r) => planNear(r, direct))
        : ranked.find(
            (r) => !!ranked[0] && planNear(r, ranked[0]) && directFigure(q, index, scoring, r, ranked) === r,
          )
      : undefined;
  if (statedPlan) return figureAnswer(q, statedPlan, ranked, index);
  // A computation was asked for and none could be made: one of its inputs is not the answer.
  // ("In total" alone often only stresses a stated figure, so it is no such request; but an amount
  // given for each one, "30 million Yuan for each pilot county", is an input of the total asked.)
  const rateForTotal = itemisedTotal && !!direct && isRate(direct.entry) && !RATE_ASKED.test(q.english);
  if (q.derivation && ((!itemisedTotal && !stated) || rateForTotal)) {
    return noAnswer(q, index, cannotCompute(q.derivation, derived ?? undefined));
  }
  if (
    q.passage &&
    (!direct || direct.coverage < FIGURE_OVER_PASSAGE_COVERAGE || countsOtherThings(q, direct.entry))
  ) {
    const passage = passageAnswer(q, index, terms);
    if (passage) return passage;
  }
  if (direct) return figureAnswer(q, direct, ranked, index);
  // "What was the jobless rate in 2012?" of a 2013 report: a question that names no kind of
  // figure but a year the figure is worked back to asks for that figure, not for sentences.
  const earlier = namedYearWorkedBack(q, index, scoring);
  if (q.kinds.length === 0 || q.kinds[0] === "date") {
    if (earlier && q.kinds.length === 0) return derivedAnswer(q, earlier, ranked, index);
    // Asked for no passage, the question asks for a thing: sentences that never name it are no answer.
    const passage = passageAnswer(q, index, terms);
    if (
      passage &&
      (q.passage ||
        passageNamesThing(
          q,
          terms,
          passage.citations.map((c) => c.quote),
        ))
    )
      return passage;
  }
  if (earlier) return derivedAnswer(q, earlier, ranked, index);
  return noAnswer(q, index, "The report has no figure that matches what was asked.");
}

/**
 * "What characteristic industries did X focus on?" asks for things, which a figure answers only by
 * counting them: a figure of anything else ("268,000 households benefited by the industries") that
 * shares the question's words is no answer to it.
 */
function countsOtherThings(q: Question, e: Entry): boolean {
  const noun = whatNounsDid(q.english)?.[1];
  return !!noun && !(e.kind === "count" && stem(e.unit) === stem(noun));
}

/** A subject the question asks about that the reports never have (a noun or a name); undefined: none. */
function absentSubject(
  q: Question,
  index: SearchIndex,
  terms: QueryTerm[],
  glossary: Glossary,
): Reason | undefined {
  const counted =
    q.language === "zh"
      ? (unknownCountedHead(q.raw, glossary, (w) => index.hasTerm(stem(w))) ??
        unknownSubjectHead(q.raw, glossary, (w) => index.hasTerm(stem(w))))
      : undefined;
  const unknown = unknownSubject(q, terms) ?? counted;
  if (unknown) return { en: `The report has nothing on ${unknown}.`, zh: `报告中没有关于${unknown}的内容。` };
  const stranger = unknownName(q, index);
  if (stranger) return { en: `The report never mentions ${stranger}.`, zh: `报告中没有提到${stranger}。` };
  return undefined;
}

/**
 * The best-ranked entry when it may be given as the answer: it covers enough of the question,
 * some of it in its own label or clause, its label is about what was asked, it is a kind of figure
 * the question asks for, and it belongs to any name the question gives.
 */
function directFigure(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry | undefined,
  ranked: readonly RankedEntry[],
): RankedEntry | undefined {
  return top &&
    top.coverage >= MIN_COVERAGE &&
    top.local >= MIN_LOCAL &&
    (top.precision >= MIN_PRECISION || countsAllAsked(q, index, top)) &&
    isKindAsked(q, top.entry) &&
    !countsAnotherThing(q, top.entry) &&
    !countsWhatIsMeasured(q, top.entry) &&
    !measuresAnotherThing(q, top.entry) &&
    !missesTheMeasuredThing(q, scoring, top) &&
    !countsAnotherUnit(q, top.entry, index.entryUnit[top.index]) &&
    !missesTheThingAsked(q, scoring, top, ranked) &&
    !missesTheChangedThing(q, scoring, top.entry) &&
    !(q.language === "en" && ofAnotherCutOff(q.english, top.entry)) &&
    !leavesOutThePart(q, scoring, ownWords(top.entry)) &&
    !totalOfTheSidesAsked(q, scoring, ownWords(top.entry)) &&
    !belongsToListedOthers(q, index, top.entry) &&
    !(q.language === "en" && giverLeftOutOfBreakdown(q.english, top.entry, scoring.terms)) &&
    !(q.language === "en" && receiverWhoGave(q.english, top.entry)) &&
    !ofAnotherPlace(q.language === "en" ? q.raw : q.english, index, top.entry) &&
    !leavesOutTheRestrictedPart(q.english, index, top.entry) &&
    !namesAnotherSection(q, index, scoring, top, () => sectionTerms(index, top.entry)) &&
    !ofPriorAction(q.priorAction, top.entry.label) &&
    !namesAnotherSentence(q, index, scoring, top) &&
    !namesAnotherSentenceOfSection(q, index, scoring, top) &&
    !planWhereResultAsked(q, index, top) &&
    !unnamedPartOfStatedWhole(q, index, scoring, top) &&
    !jointWhereAlone(q.english, `${top.entry.label} ${top.entry.context}`) &&
    !listedWithOthersWhereAlone(q.english, top.entry.sentence) &&
    !(q.derivation === undefined && RATE_ASKED.test(q.english) && !isRate(top.entry)) &&
    namesMatched(q, index, scoring, top)
    ? top
    : undefined;
}

// A label may be long and worded after its sentence ("2,860 cadres" of "held 12 training courses for
// 2,860 cadres at all levels" is labelled with all the sentence's names), so little of it is
// asked; a count of the very thing a "how many" question counts, whose sentence has every word of
// the question, is about what was asked all the same.
const WHOLE_QUESTION_COVERAGE = 0.95;
const countsAllAsked = (q: Question, index: SearchIndex, r: RankedEntry) =>
  r.coverage >= WHOLE_QUESTION_COVERAGE && countsWhatIsAsked(q, r.entry, index.entryUnit[r.index]);

// "How much per square meter", "per-capita cost": a rate the reading could not compute. A figure
// that is not itself a rate is one of the inputs such a rate would need, never the answer. "Per
// the report" ("per the document", "per your data") says where from, as "according to" does.
export const RATE_ASKED =
  /\b(?:per|for each|for every)[\s-]+(?!cent\b|(?:the|this|that|your|its)\s+(?:report|document|text|data|paper|page|figures|numbers|source)\b)[a-z]/;

const isKindAsked = (q: Question, e: Entry) => q.kinds.length === 0 || q.kinds.includes(e.kind);

// A percentage near a plan that is the margin beyond it or short of it ("17.06% beyond the task":
// the result over the plan less 100) is not the share of the plan asked for. A stated share that
// merely disagrees with the arithmetic is the report's own figure and stays.
function contradicts(q: Question, direct: RankedEntry, derived: Derived | undefined): boolean {
  if (q.derivation?.type !== "share" || q.derivation.ofPlan !== true || !derived) return false;
  const stated = (direct.entry as NumericEntry).value;
  return Math.abs(Math.abs(derived.value - 100) - stated) < STATED_PERCENT_ROUNDING;
}

/**
 * "By how much did income grow per household supported by the mutual funds?": a figure the report
 * gives per the very unit asked ("income growth per household"), ranked above every input of the
 * average computed instead, is the average asked. The report states it; dividing other figures
 * (the loans over the households) would compute something else.
 */
function statedRateRanksFirst(
  q: Question,
  direct: RankedEntry | undefined,
  derived: Derived,
  ranked: readonly RankedEntry[],
): boolean {
  if (q.derivation?.type !== "average" || !direct || !isRate(direct.entry)) return false;
  // What the rate measures (its label before "per …") must be a thing the question names: "income
  // growth per household" answers how much income grew, not how much lending each household got.
  const asked = new Set(termsOf(q.english));
  const measured = direct.entry.label.replace(/\baverage\b/gi, " ").split(/\b(?:per|each)\b/i)[0] ?? "";
  if (!termsOf(measured).some((t) => asked.has(t))) return false;
  const at = (e: Entry) => {
    const i = ranked.findIndex((r) => r.entry.id === e.id);
    return i < 0 ? ranked.length : i;
  };
  const own = at(direct.entry);
  return derived.inputs.every((e) => at(e) > own);
}

// Whether a sum's "A and B" is a name the text writes whole: the last word of A, "and", the first of B.
function splitsAName(d: Question["derivation"], text: string): boolean {
  if (d?.type !== "sum" || d.more) return false;
  const last = d.left.trim().split(/\s+/).at(-1);
  const first = d.right.trim().split(/\s+/)[0];
  if (!last || !first || !/^\p{L}+$/u.test(last) || !/^\p{L}+$/u.test(first)) return false;
  return new RegExp(String.raw`(?<!\p{L})${last}\s+and\s+${first}(?!\p{L})`, "iu").test(text);
}

/**
 * "How much subsidy in all went to the cellars dug in Lüliang and Linfen?": no two figures add up to
 * the sum asked, and its "A and B" is one pair of names the best figure's sentence writes whole
 * ("in the hills of Lüliang and Linfen, farmers dug N cellars with a subsidy of M per cellar"): the
 * question asks for that sentence's total ("in all"), worked out as any total is, or nothing.
 */
function totalOfJoinedName(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  best: RankedEntry | undefined,
): Derived | undefined {
  if (!best || !splitsAName(q.derivation, best.entry.sentence)) return undefined;
  return derive({ ...q, derivation: { type: "total" } }, index, scoring);
}

// A figure of one of the two years a sum's sides name, by its year or its label's words.
function ofOneSideYear(e: Entry, d: { left: string; right: string }): boolean {
  const [l, r] = [yearOfSide(d.left), yearOfSide(d.right)];
  if (!l || !r || l === r) return false;
  const labelled = new Set(e.label.split(/\W+/));
  return [l, r].some((y) => e.year === Number(y) || labelled.has(y));
}

// Whether a stated figure already is what a computation would give: a percentage for a share, a
// figure "per household" for an average, a stated plan for a plan, a stated total for a sum.
function statesTheComputation(
  { entry: e, index: at }: RankedEntry,
  q: Question,
  index: SearchIndex,
): boolean {
  const d = q.derivation;
  if (!d) return true;
  const described = `${e.label} ${e.context}`;
  switch (d.type) {
    case "share":
      // A growth rate is no share of a whole ("up 21.4% over the previous year"), unless a change is asked.
      // Nor is a share of a plan ("112.3% of the annual task"), unless the question names a plan (a
      // Chinese one in its own words: 占总目标的百分之几 may lose 总目标 in its English reading).
      return (
        e.kind === "percent" &&
        (d.ofPlan === true || d.namesPlan === true || namesSharePart(q.english, e)) &&
        (!isNamedChange(e) || CHANGE_WORDS.test(q.english)) &&
        (d.ofPlan === true || d.namesPlan === true || namesPlanZh(q.raw) || !writtenAsShareOfPlan(e))
      );
    case "average": {
      // "What does a person earn on average" is what "per capita net income" says in Latin: asked in
      // those words, a per capita figure is the average. (An "average per capita" figure asked in
      // the report's own words is an average of such figures, which only a label saying so gives.)
      if (/\b(average|on average|mean)\b/.test(q.english))
        return (
          /\baverage\b/i.test(e.label) ||
          (/\bper (?:person|head)\b/.test(q.english) && /\bper capita\b/i.test(e.label))
        );
      // "Per capita income" written in the figure's own sentence names the stated quantity: the
      // question quotes it, it does not ask for a division.
      const per = /\bper\s+\w+/.exec(q.english)?.[0];
      return /\b(per|each|every)\b/i.test(described) || (!!per && e.sentence.toLowerCase().includes(per));
    }
    case "plan":
      // A share of the plan ("105% of the scheduled task") is not the plan's amount.
      return (
        (index.entryIsPlan[at] === 1 || partOfPlanned(e, index)) &&
        (e.kind !== "percent" || q.kinds[0] === "percent")
      );
    case "sum":
      // A total of one year is no sum over two ("the 2010 and 2011 projects combined").
      return /\b(total|combined|altogether|in all)\b/i.test(e.label) && !ofOneSideYear(e, d);
    case "ratio":
      return /\bper yuan\b/i.test(described);
    case "total":
      return true;
    // A stated rate of change ("up 26.5% over the previous year") is the growth asked for.
    case "growth":
      return e.kind === "percent" && STATED_CHANGE.test(described);
    // The report's own figure for the year asked is the answer; the later year's is only an input.
    case "previous-year":
      return e.year === d.year;
    // "A rather than B": A's own stated figure is what is asked; the rest is worked out without one.
    // So is a figure whose section writes the question's word of remainder with what follows it
    // ("outside the pilot villages"): the report's wording of the section's scope, not a whole less
    // a part (remainder-quoted.ts).
    case "complement": {
      if (d.namedFirst === true) return true;
      const section = index.reportsById.get(e.report)?.sections.find((s) => s.title === e.section);
      return !!section && remainderQuoted(q.english, section.text);
    }
    case "difference":
    case "versus-plan":
      return false;
  }
}

// "a planned investment of 52.6 million Yuan, of which 30 million Yuan was …": the parts of a
// planned total are planned too.
const partOfPlanned = (e: Entry, index: SearchIndex) =>
  (index.groupsByPart.get(e.id) ?? []).some((g) => {
    const total = g.type === "parts" ? index.kb.byId.get(g.total) : undefined;
    return !!total && isPlanned(total);
  });

const CHANGE_WORDS = new RegExp(
  String.raw`\b(?:${CHANGE_VERB})\b|\b(?:previous|last|prior) year\b|\byear before\b`,
);
const STATED_CHANGE =
  /\b(?:growth|grew|grow|increas\w*|up|rose|rise|fell|down|decreas\w*|drop\w*|declin\w*)\b/i;

const DERIVATION_NAMES: Record<NonNullable<Question["derivation"]>["type"], Reason> = {
  share: { en: "that share", zh: "这个比例" },
  average: { en: "that average", zh: "这个平均数" },
  ratio: { en: "that ratio", zh: "这个比率" },
  difference: { en: "that difference", zh: "这个差额" },
  sum: { en: "that sum", zh: "这个合计" },
  plan: {
    en: "the plan (the report states neither the plan nor a share of it for the figure asked about)",
    zh: "计划数（报告既没有给出计划数，也没有给出完成计划的比例）",
  },
  "versus-plan": {
    en: "how far the result is from its plan (the report gives no plan for it)",
    zh: "与计划相差多少（报告没有给出计划数）",
  },
  total: { en: "that total", zh: "这个合计" },
  "previous-year": {
    en: "the figure for that year (the report gives neither it nor the change that leads from it)",
    zh: "那一年的数字（报告既没有给出该数字，也没有给出由它而来的变化）",
  },
  growth: {
    en: "that growth rate (the report gives neither the rate nor the figure for the year before)",
    zh: "这个增长率（报告既没有给出增长率，也没有给出上一年的数字）",
  },
  complement: {
    en: "how many are left (the report gives no whole the figure is part of)",
    zh: "剩余的数量（报告没有给出总数）",
  },
};

function cannotCompute(d: NonNullable<Question["derivation"]>, partial: Derived | undefined): Reason {
  const name = DERIVATION_NAMES[d.type];
  const inputs = partial?.inputs ?? [];
  return {
    en: `I can't work out ${name.en} from the report's figures.${inputs.length ? ` The closest figures it has: ${inputs.map((e) => `${e.written} (${e.label})`).join("; ")}.` : ""}`,
    zh: `无法根据报告中的数字算出${name.zh}。${inputs.length ? `最接近的数字：${inputs.map((e) => `${labelIn(e, "zh")}${entryFigure(e, "zh")}`).join("；")}。` : ""}`,
  };
}

// A proper name the question gives that no report mentions (a city the reports never name) is a
// subject they do not cover, however well the other words match.
// Not a region (scope, refused or narrowed elsewhere), an English word, or a misspelling of a word
// the reports have (the question's first word is capitalised by position, so it must be no English word).
function unknownName(q: Question, index: SearchIndex): string | undefined {
  if (q.language !== "en") return undefined;
  const { respellable } = lexiconOf(index);
  for (const token of q.raw.split(/\s+/)) {
    const word = token.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, "");
    if (!/^[A-Z][a-z]{3,}$/.test(word) || regionsIn(word).length > 0) continue;
    const lower = word.toLowerCase();
    if (index.hasTerm(stem(lower)) || isEnglishWord(lower) || respellable?.(lower)) continue;
    return word;
  }
  return undefined;
}

// A name the question gives (an association, an office, a programme) says whose
// figure is wanted: a figure whose entry does not mention the name's most telling word is someone
// else's, however well the rest of the question matches.
function namesMatched(q: Question, index: SearchIndex, scoring: Scoring, r: RankedEntry): boolean {
  if (q.language !== "en") return true;
  // Regions are scope, filtered on already; only the other words of a name say whose figure it is.
  const regionWords = new Set([
    ...q.regions.flatMap((r) => termsOf(r)),
    // "Hubei Province": its title word is the region's too.
    ...regionTitleWords(q.english, q.regions).flatMap((w) => termsOf(w)),
  ]);
  const written = capitalisedNames(q.raw.replace(/^\S+\s*/, ""));
  const typed = reportNamesIn(q.english, index, lexiconOf(index).names).filter(
    (name) => !written.some((w) => w.toLowerCase().includes(name)),
  );
  for (const name of [...written, ...typed]) {
    // A name with an English word the reports never use ("World Bank" where they only say "banks")
    // is a name they do not have: no figure is its, whatever its other words match.
    if (name.split(/\s+/).some((w) => isStrangeNameWord(w, index))) return false;
    if (doerOnlyAnotherAgent(q.raw, name, r.entry)) return false;
    const terms = termsOf(name).filter(
      (t) => index.hasTerm(t) && !regionWords.has(t) && regionsIn(t).length === 0,
    );
    if (terms.length === 0) continue;
    const telling = terms.reduce((a, b) => (index.idf(b) > index.idf(a) ? b : a));
    // The figure's own words, else its section's: a paragraph about the World Bank project gives
    // its villages' figure without naming the project again in that sentence.
    if (!matchedTerms(scoring, r.slot).has(telling) && !sectionTerms(index, r.entry).has(telling))
      return false;
  }
  return true;
}

// Each section's comma-and runs of names, made once per section when a figure is checked against them.
const runsBySection = new WeakMap<object, string[][]>();
function belongsToListedOthers(q: Question, index: SearchIndex, e: Entry): boolean {
  // Names as read, respelt ("Luanchaun") and a Chinese question's glossed (光山县 → guangshan).
  if (namesPartOfRun(q.english, e.sentence)) return true;
  if (q.language !== "en") return false;
  const section = sectionOf(index, e.report, e.section);
  if (!section) return false;
  const runs = getOrInsertComputed(runsBySection, section, () => listedNames(section.sentences));
  return (
    runs.length > 0 &&
    (namesOnlyListedOthers(q.raw, e.sentence, runs) || namesPartOfListElsewhere(q.raw, e.sentence, runs))
  );
}

// Each section's indexed words, made once per section when a name is checked against it.
const termsBySection = new WeakMap<object, Set<string>>();
function sectionTerms(index: SearchIndex, e: Entry): Set<string> {
  const section = sectionOf(index, e.report, e.section);
  if (!section) return new Set();
  return getOrInsertComputed(termsBySection, section, () => new Set(termsOf(section.text)));
}

// A word of a name that is an English word the reports lack, and no region, misspelling or possessive of one.
function isStrangeNameWord(token: string, index: SearchIndex): boolean {
  const word = token
    .replace(/['’]s$/, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
  if (word.length < 3 || STOPWORDS.has(word) || regionsIn(word).length > 0 || index.hasTerm(stem(word)))
    return false;
  return isEnglishWord(word) && !lexiconOf(index).respellable?.(word);
}

function judgedAnswer(q: Question, j: Judgement, index: SearchIndex): Answer {
  const e = j.primary;
  const notes = j.inputs.flatMap((x) => notesFor(x, index));
  const lines = [...j.lines];
  if (j.arithmetic) lines.push(`Arithmetic: ${j.arithmetic}`);
  lines.push(...inputSources(j.inputs, index.kb));
  return {
    ...emptyAnswer(q),
    answered: true,
    type: j.type,
    verdict: j.verdict,
    value: j.value,
    unit: e.unit,
    figure: j.figure ?? e.written,
    label: j.label,
    section: e.section,
    report: reportOf(index, e.report),
    text: [...lines, ...notes.map((n) => `Note: ${n}`)].join("\n"),
    arithmetic: j.arithmetic,
    notes,
    citations: [...new Map(j.inputs.map((x) => [x.id, citationOf(x)])).values()],
  };
}

// How much of the question an answer's figure or sentence covers, kept beside the answer (not in
// it: the JSON contract has no score) so answers from several reports can be ordered.
const matches = new WeakMap<Answer, number>();
function matched(coverage: number, a: Answer): Answer {
  matches.set(a, coverage);
  return a;
}

// Every answer starts from this; each kind fills in what it has. The return types are Answer (from
// AnswerSchema): tests parse answers with the schema, so the hot path does not copy them through zod.
function emptyAnswer(q: Question) {
  return {
    question: q.raw,
    language: q.language,
    notes: [] as string[],
    runnerUps: [] as Answer["runnerUps"],
    topics: [] as Topic[],
    suggestions: [] as string[],
    ...noFigureFields(),
  };
}

function reportOf(index: SearchIndex, id: string): Answer["report"] {
  const r = index.reportsById.get(id)!;
  return { id: r.meta.id, title: r.meta.title, region: r.meta.region, year: r.meta.year };
}

function runnerUps(ranked: RankedEntry[], exclude: Set<string>): Answer["runnerUps"] {
  return ranked
    .filter((r) => !exclude.has(r.entry.id) && r.coverage >= MIN_RUNNER_UP_COVERAGE)
    .slice(0, RUNNER_UPS)
    .map((r) => ({
      entryId: r.entry.id,
      label: r.entry.label,
      figure: r.entry.written,
      section: r.entry.section,
    }));
}

function figureAnswer(q: Question, top: RankedEntry, ranked: RankedEntry[], index: SearchIndex): Answer {
  const e = top.entry;
  const notes = notesFor(e, index);
  return matched(top.coverage, {
    ...emptyAnswer(q),
    answered: true,
    type: "figure",
    value: e.kind === "date" ? null : e.value,
    unit: e.unit,
    figure: e.written,
    label: e.label,
    section: e.section,
    report: reportOf(index, e.report),
    text: figureText(e, notes, q.language === "zh", undefined, index.kb),
    notes,
    citations: [citationOf(e)],
    runnerUps: runnerUps(ranked, new Set([e.id])),
  });
}

function derivedAnswer(q: Question, d: Derived, ranked: RankedEntry[], index: SearchIndex): Answer {
  const first = d.inputs[0]!;
  const notes = d.inputs.flatMap((e: NumericEntry) => notesFor(e, index));
  return matched(d.coverage, {
    ...emptyAnswer(q),
    answered: true,
    type: "derived",
    value: d.value,
    unit: d.unit,
    figure: d.figure,
    label: d.label,
    section: first.section,
    report: reportOf(index, first.report),
    text: derivedText(d, notes, q.language === "zh", undefined, index.kb),
    arithmetic: d.arithmetic,
    notes,
    citations: d.inputs.map(citationOf),
    runnerUps: runnerUps(ranked, new Set(d.inputs.map((e) => e.id))),
  });
}

function passageAnswer(q: Question, index: SearchIndex, terms: QueryTerm[]): Answer | undefined {
  // A group asked for by its order is picked by that order (namesAnswer): its words are not the
  // topic the sentences must share.
  const placing = q.asksNames ? new Set(ordinalGroupWords(q.english).map(stem)) : new Set<string>();
  const topic = placing.size > 0 ? terms.filter((t) => !placing.has(t.term)) : terms;
  const ranked = rankSentences(q, index, topic).filter((s) => s.coverage >= MIN_PASSAGE_COVERAGE);
  // Names are read from the section that gives them, which may rank just below the best (names-lead.ts).
  // The report's own region, named in most sentences, gives no names (notOwnRegion).
  const keep =
    ranked[0] && q.asksNames && !q.asksThings ? notOwnRegion(reportOf(index, ranked[0].report)) : undefined;
  const partners =
    keep && namesAskedIn(q.english).partners ? partnersLead(ranked, PASSAGE_SENTENCES) : undefined;
  const best =
    partners ??
    (keep ? namesLead(ranked, q.nameKind, PASSAGE_SENTENCES, keep, namesAskedIn(q.english).noun) : ranked[0]);
  if (!best) return undefined;
  // The lead sentence is read even when its section's other sentences outrank it on shared words
  // (a section titled with the names' kind gives that word to every sentence of it).
  const leading = ranked
    .filter((s) => s.section === best.section && s.report === best.report)
    .slice(0, PASSAGE_SENTENCES);
  const picked = leading.includes(best) ? leading : [...leading.slice(0, PASSAGE_SENTENCES - 1), best];
  const section = index.reportsById.get(best.report)!.sections.find((s) => s.title === best.section)!;
  const ordered = section.sentences.filter((s) => picked.some((p) => p.sentence === s));
  const citations = ordered.map((sentence) => ({
    entryId: null,
    report: best.report,
    section: best.section,
    quote: sentence,
    value: null,
    unit: null,
    written: null,
  }));
  const report = reportOf(index, best.report);
  // "Which counties …", "who …": the names the best sentence that gives any gives, listed, that sentence quoted.
  if (q.asksNames) {
    const asked = namesAskedIn(q.english);
    // "Besides X, which other …": the sentences naming X list what is set aside (set-aside-names.ts).
    const aside = setAsideStems(q.english);
    const open = (sentence: string) => !aside || !namesSetAside(sentence, aside);
    const found = namesAnswer(
      { ...asked, kind: q.nameKind, stems: q.terms.map((t) => t.stem), things: q.asksThings },
      picked.map((s) => s.sentence).filter(open),
      section.sentences.filter(open),
      notOwnRegion(report),
    );
    // "What are the six areas …" and fewer names read: not the whole list asked, and said so, with
    // the sentence that counts them quoted.
    const count = statedNameCount(q.english);
    const short = found && count !== undefined && found.items.length < count ? count : undefined;
    if (found)
      return matched(best.coverage, {
        ...emptyAnswer(q),
        answered: true,
        type: "list",
        section: best.section,
        report,
        items: found.items,
        text: `${short === undefined ? "" : partialNote(found.items.length, short)}${listText(
          found.items,
          sourcePlace(best.section, best.report, index.kb),
          found.sentence,
          found.also,
        )}`,
        citations: [found.sentence, ...(found.also ? [found.also] : [])].map((quote) => ({
          ...citations[0]!,
          quote,
        })),
      });
    // Sentences about the post are no answer to who held it.
    if (asked.role) return undefined;
    // "Which bank lent …" asks for the one name of its kind; sentences that name none are no answer.
    // (A Chinese question's gloss keeps the Chinese word order: the word after "which" need not be its noun.)
    if (q.language === "en" && asksOneName(q.english, asked.noun)) return undefined;
  }
  // "What was the GDP of …" and a sentence that names GDP only in "GDP growth": not about it.
  // (The question is tagged only when a passage sentence has one of the words the thing is among.)
  // "What number did X give its document?": the designation the best sentence writes, as a figure.
  const designated = designationAnswer(
    q,
    ranked.filter((s) => s.section === best.section && s.report === best.report),
    best.section,
    report,
  );
  if (designated) return matched(best.coverage, designated);
  const mentioned = askedWords(q).some((w) => ordered.some((s) => s.toLowerCase().includes(w)));
  const thing = q.language === "en" && mentioned ? thingWords(q).at(-1) : undefined;
  if (thing && namesOnlyAsModifier(ordered, thing)) return undefined;
  return matched(best.coverage, {
    ...emptyAnswer(q),
    answered: true,
    type: "passage",
    section: best.section,
    report,
    text: passageText(best.section, ordered, q.language === "zh", undefined, best.report, index.kb),
    citations,
  });
}

/**
 * The number the question asks a thing to be designated by ("No. 21"), from the best-ranked sentence
 * of the passage that writes one among the question's words (designation.ts); undefined: none.
 */
function designationAnswer(
  q: Question,
  sentences: readonly { sentence: string; report: string }[],
  section: string,
  report: Answer["report"],
): Answer | undefined {
  if (q.language !== "en" || !asksDesignation(q.english)) return undefined;
  const stems = new Set(q.terms.map((t) => t.stem));
  for (const { sentence, report: id } of sentences.slice(0, PASSAGE_SENTENCES)) {
    const value = designationIn(sentence, stems);
    if (value === undefined) continue;
    const figure = `No. ${value}`;
    return {
      ...emptyAnswer(q),
      answered: true,
      type: "figure",
      value,
      figure,
      label: "Designation",
      section,
      report,
      text: passageText(section, [sentence], false, undefined, id).replace(/^/, `${figure}\n`),
      citations: [
        { entryId: null, report: id, section, quote: sentence, value, unit: null, written: figure },
      ],
    };
  }
  return undefined;
}

// Where a whole came from: its parts listed, each with its figure, the whole and every part cited.
function breakdownAnswer(
  q: Question,
  { whole, parts }: { whole: RankedEntry; parts: NumericEntry[] },
  index: SearchIndex,
): Answer {
  const e = whole.entry as NumericEntry;
  const items = parts.map((p) => p.label);
  const place = sourcePlace(e.section, e.report, index.kb);
  const listed = parts.map((p) => `${p.label} (${p.written})`);
  return matched(whole.coverage, {
    ...emptyAnswer(q),
    answered: true,
    type: "list",
    section: e.section,
    report: reportOf(index, e.report),
    items,
    text: `${e.label} (${e.written}) came from: ${namesSentence(listed)}.\nSource (${place}): "${e.sentence}"`,
    citations: [e, ...parts].map(citationOf),
  });
}

// The report's own region ("Henan Province") is the subject of most sentences, not a name asked for.
function notOwnRegion(report: Answer["report"]): (name: string) => boolean {
  const own = report ? new RegExp(`^${report.region}(?: Province)?(?:’s|'s)?$`, "i") : undefined;
  return (name) => !own?.test(name);
}

/** Before a list shorter than the count the question states: that it is only part of it. */
function partialNote(read: number, count: number): string {
  return `The report counts ${count} but I read only ${read} of their names; see the quoted sentence for the rest: `;
}

// The English reply; a Chinese one is written from `items` by localize.ts.
function listText(items: string[], place: string, sentence: string, also?: string): string {
  return `${namesSentence(items)}.\nSource (${place}): "${sentence}"${also ? ` … "${also}"` : ""}`;
}

function noAnswer(q: Question, index: SearchIndex, said: string | Reason): Answer {
  const topics = nearestTopics(q, index);
  const suggestions = topics.map((t) => topicName(t, "en", index.kb));
  // Reasons written in both languages give the question's; plain ones are translated by compose.
  const reason = typeof said === "string" ? said : said[q.language];
  return {
    ...emptyAnswer(q),
    answered: false,
    type: "none",
    text: noAnswerText(reason, suggestions, q.language === "zh", undefined, index.kb),
    citations: [],
    topics,
    suggestions,
  };
}

/** Sections closest to the question, or the first sections when nothing is close. */
export function nearestTopics(q: Question, index: SearchIndex, n = 3): Topic[] {
  const scoped = { ...q, years: [], regions: [] };
  const topics = new Map<string, Topic>();
  const offer = (title: string, report: string) => {
    if (topics.size < n) getOrInsertComputed(topics, sectionKey(report, title), () => ({ title, report }));
  };
  for (const s of rankSentences(scoped, index, queryTerms(scoped, index))) offer(s.section, s.report);
  // Stops once full: at 100,000 entries there are 13,000 sections to walk for nothing.
  for (const s of index.kb.sections) {
    if (topics.size >= n) break;
    offer(s.title, s.report);
  }
  return [...topics.values()];
}

const FEWER = /\b(?:less|fewer|smaller|lower)\b/;
/**
 * "Was there more X in 2011 than in 2010 (and how much more)?", a check against the year before, as
 * a comparison of the two years' own figures, the first year named on the left. Undefined unless
 * the question is such a check and names exactly two years.
 */
function twoYearsCompared(q: Question): Comparison | undefined {
  const years = [...new Set(yearsIn(q.english))];
  if (years.length !== 2 || q.form?.type !== "check" || q.form.against !== "previous") return undefined;
  const [first, second] = years as [number, number];
  const shared = q.english
    .replace(/\b(?:in|for|of|than)\s+(?:in\s+)?\d{4}\b|\b\d{4}\b/g, " ")
    .replace(/\s+/g, " ");
  return {
    type: "comparison",
    left: String(first),
    right: String(second),
    shared,
    wants: q.form.op === "<" || FEWER.test(q.english) ? "smaller" : "larger",
    yesNo: true,
    alike: true,
    ...(/\bhow (?:much|many)\b/.test(q.english) ? { difference: true } : {}),
  };
}
