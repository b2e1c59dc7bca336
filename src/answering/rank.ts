// Scores entries and sentences against a question through the inverted index: only documents
// that share a term with the question are touched, the per-document sums live in typed arrays,
// and only the best few candidates get the costlier checks.
import { placeFactorOf } from "./unasked-place.js";
import type { Entry } from "../knowledge/schema.js";
import {
  FIELD_WEIGHT_BY_CODE,
  PLAN_WORDS,
  hanBigrams,
  lowerBound,
  postingsOf,
  termsOf,
  type Postings,
  type SearchIndex,
} from "./search-index.js";
import type { Scratch } from "./scratch.js";
import { EVERYDAY_WEIGHT, isEnglishWord, NOUN_FLOOR, salience } from "./register.js";
import { headsATitle } from "./title-head.js";
import { synonymsOf, synonymsOfStem } from "./synonyms.js";
import { zipfOf } from "./background.js";
import { STOPWORDS, editDistance, stem } from "../text/words.js";
import { nearWordsAmong, similarityOf } from "./near-words.js";
import {
  baseForms,
  isBareGerund,
  PARTICLE_WORDS,
  type Relation,
  relatedWords,
  type WordClass,
} from "./word-relations.js";
import { countUnitIn, PERSON_UNITS } from "../knowledge/units.js";
import { clippedFrom } from "./clippings.js";
import { isEnglishForm } from "./english-forms.js";
import { surfaceForms } from "./respell.js";
import { joinSplitCompounds } from "./split-compounds.js";
import { spellingVariants } from "../text/spelling.js";
import type { Question } from "./understand.js";
import { PROVINCES } from "./regions.js";
import { getOrInsertComputed } from "../util/maps.js";
import { BoundedMemo, BoundedWeakMemo } from "../util/bounded-memo.js";

// Each region's name terms, under all its spellings ("Tibet": tibet, xizang; "Inner Mongolia": inner, mongolia).
const REGION_NAME_TERMS = new Map<string, Set<string>>();
for (const [name, region] of Object.entries(PROVINCES))
  for (const w of name.split(" "))
    getOrInsertComputed(REGION_NAME_TERMS, region, () => new Set()).add(stem(w));
const REGION_TERMS = new Set([...REGION_NAME_TERMS.values()].flatMap((terms) => [...terms]));

/** One question word: its indexed form and synonyms as alternatives, and how much it weighs. */
export type QueryTerm = {
  term: string;
  /**
   * `near`: a word general English uses like the question's (near-words.ts), with its similarity;
   * never an exact match. `family`: another word of the same stem family ("visit" for "visitor").
   */
  alts: {
    term: string;
    weight: number;
    near?: number;
    family?: true;
    related?: Relation;
    /** A WordNet rewording into the thing a count of the report counts ("folks" → people). */
    counted?: true;
  }[];
  weight: number;
  idf: number;
};
// A synonym is evidence the question means the word, not proof: it counts for less than the word.
const SYNONYM_WEIGHT = 0.7;
// A near word (same contexts in general English) is weaker evidence still: at most this much, times
// its similarity, and only for a word with no match, synonym or family of its own.
const NEAR_WEIGHT = 0.6;
// Near words tried per question word: the closest few, not every word of the topic.
const NEAR_MAX = 3;
// A word WordNet gives as the same thing, or the thing just above or below it, is a rewording:
// stronger evidence than a near word, weaker than the report's own word or a listed synonym.
const RELATED_WEIGHT = 0.6;
// The particle of the phrasal verbs English makes nouns of ("a bump", "a build-up").
const UP_PARTICLE = "up";
// Related words tried per question word.
const RELATED_MAX = 4;
// Below this the two words are rarely used alike in general English: WordNet's relation holds for
// a sense the question does not mean.
const RELATED_MIN_SIMILARITY = 0.45;
// A word's later WordNet sense (word-relations.ts) is taken only for a report word this close.
const LATER_SENSE_MIN_SIMILARITY = 0.45;
// A report word's synonym is taken for it only when general English uses the two almost alike.
const SAME_SENSE_MIN_SIMILARITY = 0.7;
const ADJECTIVE_ROLES = new Set(["ADJ"]);
/** The nouns "per" takes for one person ("per person", "per head"), and the report's Latin for them. */
const PER_HEAD = new Set(["person", "head"]);
const CAPITA = stem("capita");
/** The words for persons of any kind, as a question asks for them. */
const GENERIC_PERSON = new Set(["people", "persons", "person", "individuals"]);
const GENERIC_PERSON_TERMS = new Set([...GENERIC_PERSON].map((w) => stem(w)));
/** The indexed stems of the report's person nouns (PERSON_UNITS), the persons a generic word asks for. */
export function personTerms(index: SearchIndex): string[] {
  return [...PERSON_UNITS].map((noun) => stem(noun)).filter((t) => index.hasTerm(t));
}
// Beside a word's own (derived) match, only a near word this close is another way of saying it.
const DERIVED_NEAR_MIN_SIMILARITY = 0.8;
// How much a word must say about the topic (salience, register.ts) before a near word is sought.
const NEAR_MIN_SALIENCE = 0.5;
// Words of the phrase naming what is measured ("how much [central welfare money]") say most.
const HEAD_WEIGHT = 2;
const MONEY_ONLY = new Set(["money", "cash"]);
// A Chinese character pair is weak evidence alone (pairs cross word boundaries): a tie-breaker.
const HAN_BIGRAM_WEIGHT = 0.35;
/** Matches are tracked as bits of a 32-bit mask: longer questions are cut to their first words. */
export const MAX_QUERY_TERMS = 32;
/** Candidates that get the precision check and the final ordering. */
const RANK_LIMIT = 20;

// Below this share of the question's (idf-weighted) words an entry is not about what was asked.
export const MIN_COVERAGE = 0.55;
// An entry must also match some of the question in its own label or clause, not only in a long sentence it shares.
export const MIN_LOCAL = 0.25;
const LOCAL_FIELD_WEIGHT = 1.5;
const ALIAS_PRECISION = 0.8;
// Below this the question shares nothing substantial with what the entry says it measures.
export const MIN_PRECISION = 0.2;

/** Edits (a swap is one) a real English word may be from the report word it is respelt into. */
const MAX_REAL_WORD_TYPO = 1;
// Zipf is log10 of frequency per billion words. A real word is respelt only into a report word
// at least as common: a word typed as written is far likelier than a slip landing on it, so only a
// report word no rarer than the word written (and the question's context) can outweigh that.
const COMMONER_BY = 0;
/** Question words a real-word respelling must describe an entry with (see queryTerms). */
const MIN_RESPELL_CONTEXT = 2;
/** Shortest stem a derived word must begin with to count as a form of it. */
const MIN_BASE_LENGTH = 4;
const isDerivedFrom = (word: string, base: string) => base.length >= MIN_BASE_LENGTH && word.startsWith(base);

export function queryTerms(q: Question, index: SearchIndex, text?: string): QueryTerm[] {
  const asked = text === undefined ? q.terms : q.terms.filter((w) => text.includes(w.surface));
  const words = joinSplitCompounds(asked, q.english, (t) => index.hasTerm(t));
  const head = new Set(q.head);
  const seen = new Map<string, QueryTerm>();
  // The words read so far, in order, with the terms each matches (title-head.ts).
  const prior: { surface: string; terms: Set<string> }[] = [];
  const idf = idfFor(q, index);
  // Words the knowledge has as written: the context a respelling must fit.
  const exact = words.filter((w) => index.hasTerm(w.stem)).map((w) => w.stem);
  for (const written of words) {
    if (seen.size >= MAX_QUERY_TERMS) break;
    const w = inReportSpelling(written, index);
    // A real English word the corrector finds a stopword near ("completed" by "compared") is no
    // slip for it, but it is dropped as filler all the same unless the report has a word of its
    // same sense ("finished"): then it names that, as an everyday word would (below).
    const resolved = index.resolve(w.surface, w.stem);
    const realFiller = resolved?.kind === "filler" && isEnglishForm(w.surface);
    const found = realFiller ? undefined : resolved;
    // A real English word the report lacks is not "corrected" into one it has (an off-topic word
    // one letter from a report word stays off-topic), unless it is a derived form of that word
    // (adjective → noun) or the respelling describes an entry together with most of the question's
    // other words, at least two of them (a typo that happens to be a word fits its sentence; one
    // word in common is no evidence: "weather" and "relocation" do not make "water"). A respelling
    // into a word the question already has is no typo.
    const respell = (t: string) => {
      if (isDerivedFrom(w.surface, t)) return true;
      // A real word mistyped into another real word differs from it by a letter (or two swapped);
      // two edits apart they are two words ("firms", "first").
      if (exact.includes(t) || editDistance(w.stem, t) > MAX_REAL_WORD_TYPO) return false;
      // Nor is a word typed more often than the report word it would become ("thanks" is no
      // "tanks"; an everyday verb is no noun of the report a letter away): whoever wrote the
      // commoner word most likely meant it, whatever report words stand around the rarer one.
      const written = zipfOf(w.surface);
      const meant = zipfOf(t);
      if (written !== undefined && meant !== undefined && written - meant > COMMONER_BY) return false;
      const fits = exact.filter((x) => index.cooccur(t, x)).length;
      return fits >= MIN_RESPELL_CONTEXT && fits * 2 >= exact.length;
    };
    // A corrected filler word names no topic.
    if (found?.kind === "filler") continue;
    // Synonyms of the word as written, else of another form of it ("relocate": "relocated"'s).
    const asWritten = synonymsOf(w.surface);
    const synonyms = asWritten.length > 0 ? asWritten : synonymsOfStem(w.stem);
    // A real English word with a synonym the report has means that synonym, not a report word a
    // letter away ("borrowing" means loans, not a report word a letter away).
    const meantAsWritten = synonyms.some((syn) => index.hasTerm(stem(syn)));
    const hit =
      found &&
      (index.hasTerm(w.stem) || !isEnglishForm(w.surface) || (!meantAsWritten && respell(found.term)))
        ? found
        : undefined;
    // A number the report does not have: a number in a question is a value to compare with or a
    // rounded reference to a figure, not a topic.
    if (!hit && /^\d/.test(w.surface)) continue;
    // A hyphenated compound the report never writes is searched as its parts, which follow it in
    // the word list: counting it too would charge the question twice for the same words, once
    // for their spelling.
    if (!hit && w.surface.includes("-")) continue;
    const term = hit?.term ?? `?${w.stem}`;
    if (seen.has(term)) continue;
    // "Villagers" and "village" share a stem, not a meaning: a person named after a thing the
    // report has, in a form the report never writes, matches that thing only in part.
    const quality = hit && isAgentOfAnotherWord(w.surface, index) ? AGENT_QUALITY : hit?.quality;
    const alts: QueryTerm["alts"] = hit ? [{ term: hit.term, weight: quality! }] : [];
    // A respelt word ("peopel") takes the synonyms of the word it was respelt into.
    const respelt = hit && hit.term !== w.stem ? synonymsOfStem(hit.term) : [];
    for (const syn of new Set([...synonyms, ...respelt])) {
      const t = stem(syn);
      if (t !== term && !alts.some((a) => a.term === t) && index.hasTerm(t))
        alts.push({ term: t, weight: SYNONYM_WEIGHT });
    }
    // "Per person", "per head" is what a report writes in Latin, "per capita".
    if (
      PER_HEAD.has(w.surface) &&
      new RegExp(`\\bper ${w.surface}\\b`).test(q.english) &&
      index.hasTerm(CAPITA)
    )
      if (!alts.some((a) => a.term === CAPITA)) alts.push({ term: CAPITA, weight: SYNONYM_WEIGHT });
    // "People" asked for are whoever the report counts as persons ("trained 152,460 rural
    // labourers", "5,000 trainees"): the generic word is matched by each of its person nouns.
    if (GENERIC_PERSON.has(w.surface))
      for (const t of personTerms(index))
        if (t !== term && !alts.some((a) => a.term === t)) alts.push({ term: t, weight: SYNONYM_WEIGHT });
    // A word for money the report also writes in a sense of its own ("cash income"), in a question
    // that asks for money, may mean money in general ("how much cash did X get"): the report's words
    // for money are its alternatives, and it weighs no more than they do (below). Only as the word
    // for what is asked, and only as the question's one word for money: beside "the poverty money"
    // it is the report's cash, and elsewhere in the question ("the interest-subsidy cash") it only
    // says which figure the one asked is related to. Asked alone as the amount wanted ("how much
    // cash did the villagers put into the road funds"), it is that amount whatever money the rest
    // of the question names: the report's own sense would need a noun after it ("cash income").
    const aloneAsAmount = head.size === 1 && head.has(written.surface);
    const moneyWord =
      hit !== undefined &&
      synonyms.length === 0 &&
      q.kinds[0] === "money" &&
      (head.size === 0 || head.has(written.surface)) &&
      (aloneAsAmount || !words.some((o) => o !== written && MONEY_WORDS.has(o.surface))) &&
      meansMoney(w.surface);
    if (moneyWord)
      for (const t of [...MONEY_WORDS].map((m) => stem(m)))
        if (t !== term && !alts.some((a) => a.term === t) && index.hasTerm(t))
          alts.push({ term: t, weight: SYNONYM_WEIGHT });
    // Other forms of the same word ("province" for "provincial") count as a synonym does.
    for (const t of index.family(hit?.term ?? w.stem))
      if (t !== term && !alts.some((a) => a.term === t))
        alts.push({ term: t, weight: SYNONYM_WEIGHT, family: true });
    // A word cut short ("sci" for science) is that word, spelt out as a respelling would be.
    if (!hit && alts.length === 0)
      for (const t of clippedFrom(w.surface, index)) alts.push({ term: t, weight: SYNONYM_WEIGHT });
    // A word with no match at all weighs what it says about the topic against everyday English:
    // chat costs nothing, an unknown content word as much as the rarest word of the report. Only a
    // word that weighs is worth a near word: everyday talk ("came", "rather") is no topic to reword.
    const salient = alts.length === 0 ? salience(w.surface, () => q.roles().get(written.surface) ?? "X") : 1;
    // A noun after the words of a section title before its head ("the whole-village revamps" for
    // "Entire village advancement") is the asker's head for that title: it weighs as little as a
    // noun can, neither an unknown topic nor corrected into the title's head (title-head.ts).
    const unmatchedWeight =
      salient > NOUN_FLOOR &&
      !hit &&
      q.roles().get(written.surface) === "NOUN" &&
      headsATitle(contiguousBefore(q.english, prior, written.surface), index)
        ? NOUN_FLOOR
        : salient;
    if (unmatchedWeight === 0) continue;
    // A real word matched only as another form of a report word (an "-ly" form as its base noun) may mean
    // the report's word for the same thing as well.
    const derivedOnly = hit !== undefined && hit.quality < 1 && alts.length === 1 && isEnglishForm(w.surface);
    const unmatched =
      alts.length === 0 && !hit && unmatchedWeight >= NEAR_MIN_SALIENCE && isEnglishForm(w.surface);
    // A word matched by no form of its own, at most by a longer or shorter word it spells
    // ("specialists" by "special"): what WordNet says it means is worth a look. The commonest
    // words too ("finished" for "completed"): they weigh next to nothing as a topic, but the same
    // sense in the report's word tells its figure from a neighbour's (the villages completed, not
    // those planned).
    const everyday = alts.length === 0 && unmatchedWeight < NEAR_MIN_SALIENCE;
    // A word the report lacks whose listed synonyms it has ("completed": "reached") may still mean
    // another report word of its same sense ("finished"): that one is sought too, as for an
    // everyday word, but not its broader or narrower senses, which the listed synonyms outweigh.
    const listedOnly = !hit && alts.length > 0 && alts.some((a) => !a.family);
    const unknown = !hit && isEnglishForm(w.surface) && (listedOnly || alts.every((a) => a.family));
    if (unmatched || derivedOnly)
      for (const near of nearTerms(w.surface, index))
        if (
          near.term !== term &&
          !alts.some((a) => a.term === near.term) &&
          (unmatched || near.similarity >= DERIVED_NEAR_MIN_SIMILARITY)
        )
          alts.push({ term: near.term, weight: NEAR_WEIGHT * near.similarity, near: near.similarity });
    // What WordNet says the word means, in words the report has (the word's phrasal verb first).
    // An everyday word ("folks", "finished") is reworded too, but only by a word of the same sense
    // ("people", "completed"): its broader and narrower senses are what everyday talk is vague about.
    // A report word followed by a particle it makes a phrasal verb with ("put up": erect, build)
    // means that phrase, whatever the report's own use of the word ("put in" funds): the phrase's
    // senses are read too, as alternatives to the word as written.
    const particle = particleAfter(q.english, w.surface);
    const phrasal =
      !(q.asksNames && !q.asksThings) &&
      hit !== undefined &&
      particle !== undefined &&
      isEnglishForm(w.surface) &&
      !writtenWithParticle(index).has(`${hit.term} ${particle}`) &&
      relatedWords(w.surface, particle).phrase;
    // A report verb asked as a noun ("the boost to exports" where the report only writes
    // "boosting exports"): the report never uses the noun's sense, so the word as written says
    // little of the figure meant; the noun's same senses in the report's words do ("rise"), as
    // they would for a word the report lacks.
    const verbAsNoun =
      hit !== undefined && !unknown && !phrasal && isVerbAskedAsNoun(q.english, w.surface, hit, index);
    const reworded =
      unknown || phrasal || verbAsNoun
        ? relatedTerms(
            w.surface,
            particle,
            verbAsNoun ? "noun" : WORD_CLASS[q.roles().get(written.surface) ?? ""],
            index,
            undefined,
            unknown && !everyday,
          )
        : [];
    // English makes nouns of phrasal verbs with "up" ("a bump" in pay: to bump up; "a pickup" in
    // sales; "a build-up"): a word the report lacks, none of whose own senses is a report word, is
    // read in its "up" verb's senses (to bump up: raise).

    // The noun names what the verb does, so the verb's noun senses are its own ("a raise": a rise,
    // an increase).
    const upVerbs =
      unknown && !everyday && reworded.length === 0
        ? relatedTerms(w.surface, UP_PARTICLE, undefined, index)
        : [];
    const viaUp = [...upVerbs, ...upVerbs.flatMap((r) => relatedTerms(r.word, undefined, "noun", index))];
    for (const r of reworded.length > 0 ? reworded : viaUp) {
      if ((everyday || listedOnly || realFiller) && r.relation !== "synonym") continue;
      if (verbAsNoun && r.relation !== "synonym") continue;
      // A report word's phrasal verb adds only the phrase's own sense ("put up": erect, raise),
      // not the broader ones ("set up", "put in", "build"), which are other report words' own.
      if (phrasal && !unknown && r.relation !== "synonym") continue;
      const had = alts.find((a) => a.term === r.term);
      if (r.term === term || (had && had.near === undefined)) continue;
      // The same thing as, or a kind of, what the report counts is a counted thing the report has;
      // not a kind of a thing everyday English says of anything ("population" is "people" too).
      // So is a kind of the thing asked that the report counts ("shows": the report's "programmes"
      // are the shows it has).
      const kindOf =
        r.relation === "synonym" ||
        ((r.relation === "broader" || r.relation === "narrower") &&
          salience(r.word, "NOUN") > EVERYDAY_WEIGHT);
      const counted = kindOf && countedTerms(index).has(r.term);
      const related = {
        weight: RELATED_WEIGHT,
        related: r.relation,
        ...(counted && { counted: true as const }),
      };
      if (had) Object.assign(had, { ...related, weight: Math.max(had.weight, RELATED_WEIGHT) });
      else alts.push({ term: r.term, near: r.similarity, ...related });
      // A word of the same sense means what the report's listed synonyms of it mean ("rise": growth);
      // so does the verb an "up" noun names ("a bump": to raise, a rise).
      if (r.relation === "synonym" || viaUp.includes(r))
        for (const syn of synonymsOfStem(r.term)) {
          const t = stem(syn);
          if (t !== term && !alts.some((a) => a.term === t) && index.hasTerm(t))
            alts.push({ term: t, near: r.similarity, weight: RELATED_WEIGHT, related: r.relation });
        }
      // A rewording into persons in general ("folks": people) asks for whoever the report counts
      // as persons, as the generic word itself does ("residents", "trainees").
      if (GENERIC_PERSON_TERMS.has(r.term))
        for (const t of personTerms(index))
          if (t !== term && !alts.some((a) => a.term === t))
            alts.push({ term: t, near: r.similarity, ...related });
    }
    if (realFiller && !alts.some((a) => a.related === "synonym" || (a.near === undefined && !a.family)))
      continue;
    // A word for money that neither the report nor its rewordings have ("cash", "dough"), in a
    // question that asks for money, says only what kind of figure is wanted: it names no topic.
    if (alts.length === 0 && !hit && q.kinds[0] === "money" && meansMoney(w.surface)) continue;
    // A word the report has may be the report's word for one thing and a synonym of its word for
    // another ("whole village" where the report writes "entire village"): a modifier's same sense,
    // close in general English too, is the same word to whoever asks.
    // The synonyms are looked up first: most words have none the report uses, and only a word with
    // some needs the question tagged to see whether it is used as a modifier there.
    const sameSense =
      hit && hit.quality === 1 && isEnglishWord(w.surface)
        ? relatedTerms(w.surface, undefined, "adjective", index).filter(
            (r) =>
              r.relation === "synonym" &&
              r.similarity >= SAME_SENSE_MIN_SIMILARITY &&
              r.term !== term &&
              !alts.some((a) => a.term === r.term),
          )
        : [];
    if (sameSense.length > 0 && ADJECTIVE_ROLES.has(q.roles().get(written.surface) ?? ""))
      for (const r of sameSense)
        alts.push({ term: r.term, weight: SYNONYM_WEIGHT, near: r.similarity, related: "synonym" });
    // So may a verb: "completed" is the report's word for some sentences and "finished" its word for
    // the figure asked ("villages where the province had finished …"). A verb's senses are many and
    // WordNet's verb synonyms loose, so only one general English uses alike too is taken.
    // A verb with a particle ("put up") means the phrase, not the verb's own senses.
    if (hit && hit.quality === 1 && isEnglishWord(w.surface) && !particleAfter(q.english, w.surface))
      for (const r of sameSenseVerbs(w.surface, term, index))
        if (!alts.some((a) => a.term === r.term) && q.roles().get(written.surface) === "VERB")
          alts.push({ term: r.term, weight: SYNONYM_WEIGHT, near: r.similarity, related: "synonym" });
    // A report word may also be asked in another part of speech of the report's word for the figure
    // ("per year" where the report writes "annual"): a little weaker than a synonym.
    // Not a noun after "the" ("the end of the year"): that names the one thing, not its kind.
    if (
      hit &&
      hit.quality === 1 &&
      isEnglishWord(w.surface) &&
      !new RegExp(`\\bthe ${w.surface}\\b`).test(q.english)
    )
      for (const r of derivedTerms(w.surface, term, WORD_CLASS[q.roles().get(written.surface) ?? ""], index))
        if (!alts.some((a) => a.term === r.term))
          alts.push({ term: r.term, weight: RELATED_WEIGHT, near: r.similarity, related: "derived" });
    // A near word keeps the word's own weight: matching it covers only part of what the word says.
    const own = alts.find((a) => a.near === undefined);
    const weight = hit
      ? moneyWord
        ? Math.min(idf(hit.term), ...alts.map((a) => idf(a.term)))
        : idf(hit.term)
      : own
        ? idf(own.term)
        : index.maxIdf * verbWeight(w.surface, q, unmatchedWeight);
    // "How much money …": a head word that only says the figure is money adds nothing the kind asked
    // does not, so it weighs as any other word. A comparison's sides keep it: "which got more money"
    // weighs the programmes' stated totals against their parts.
    const headWord = head.has(written.surface) && (q.form !== undefined || !MONEY_ONLY.has(written.surface));
    seen.set(term, { term, alts, weight: headWord ? HEAD_WEIGHT : 1, idf: weight });
    prior.push({
      surface: written.surface,
      terms: new Set([term, ...alts.filter((a) => a.near === undefined || a.related).map((a) => a.term)]),
    });
  }
  if (q.language === "zh" && text === undefined) {
    // Chinese aliases are matched on character pairs: weak evidence alone, a tie-breaker with the glossary.
    for (const b of hanBigrams(q.raw)) {
      if (seen.size >= MAX_QUERY_TERMS) break;
      if (!seen.has(b) && index.hasTerm(b))
        seen.set(b, { term: b, alts: [{ term: b, weight: HAN_BIGRAM_WEIGHT }], weight: 1, idf: 0 });
    }
  }
  return [...seen.values()];
}

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * The terms of the words read just before `surface` that stand next to it in the question (spaces
 * or hyphens between them), nearest last: "whole", "village" before "revamps" in "the
 * whole-village revamps", not words across a stop word or a comma.
 */
function contiguousBefore(
  english: string,
  prior: readonly { surface: string; terms: Set<string> }[],
  surface: string,
): Set<string>[] {
  const out: Set<string>[] = [];
  let chain = escaped(surface);
  for (let j = prior.length - 1; j >= 0; j--) {
    const next = `${escaped(prior[j]!.surface)}[\\s-]+${chain}`;
    if (!new RegExp(`\\b${next}\\b`).test(english)) break;
    chain = next;
    out.unshift(prior[j]!.terms);
  }
  return out;
}

// The inflections that make a word a verb in the report's text ("boosting", "boosted").
const VERB_INFLECTION = /(?:ing|ed)$/;
// A bare form after an auxiliary, a modal or "to" is the verb ("how much did the farmers raise",
// "what did it take to build"): the tagger's word for it is no help, as it reads a noun that ends
// a noun phrase ("the export boost from …") as a verb too.
const VERB_BEFORE = /\b(?:did|do|does|will|would|can|could|should|shall|may|might|must|to)\b/;
/**
 * Whether a question word the report has only as a verb is asked in another form, read as a noun:
 * the report writes its stem only in verb inflections ("boosting"), never as written ("boost"), and
 * the question has no auxiliary or "to" before it that would make the bare form its verb.
 */
export function isVerbAskedAsNoun(
  english: string,
  surface: string,
  hit: { term: string; quality: number },
  index: SearchIndex,
): boolean {
  if (hit.quality !== 1 || index.vocabulary.has(surface) || VERB_INFLECTION.test(surface)) return false;
  const at = new RegExp(`\\b${escaped(surface)}\\b`).exec(english)?.index;
  if (at === undefined || VERB_BEFORE.test(english.slice(0, at)) || !isEnglishForm(surface)) return false;
  const forms = surfaceForms(index.vocabulary).get(hit.term) ?? [];
  return forms.length > 0 && forms.every((f) => VERB_INFLECTION.test(f));
}

/** A word the report lacks, in the other English spelling when the report has that one ("metres" / "meters"). */
function inReportSpelling(w: { surface: string; stem: string }, index: SearchIndex) {
  if (index.hasTerm(w.stem)) return w;
  const variant = spellingVariants(w.surface).find((v) => index.hasTerm(stem(v)));
  return variant === undefined ? w : { surface: variant, stem: stem(variant) };
}

/**
 * A verb says what happened to a figure, and people say it in their own words ("chip in" for
 * contribute, "span" for cover): an unknown verb weighs no more than the plainest word WordNet gives
 * for the same sense, so rewording the verb does not count against the question as an unknown topic
 * would. A phrasal verb ("chip in") is read as a verb whatever the tagger says of its first word.
 */
function verbWeight(surface: string, q: Question, weight: number): number {
  // A misspelling or a name has no senses to reword, and an everyday word weighs next to nothing
  // already: neither needs the language model loaded.
  // A bare -ing form ("whole-village upgrading projects") is the verb's action whatever the tagger
  // says, even when the word list lacks the form: its verb is the everyday word.
  const gerund = weight > EVERYDAY_WEIGHT && isBareGerund(surface);
  if (weight <= EVERYDAY_WEIGHT || (!isEnglishForm(surface) && !gerund)) return weight;
  const particle = particleAfter(q.english, surface);
  const { related, phrase } = relatedWords(surface, particle, "verb");
  if (!phrase && q.roles().get(surface) !== "VERB" && !gerund) return weight;
  let plainest = weight;
  for (const r of related)
    if (r.pos === "verb" && r.relation === "synonym" && !r.word.includes(" "))
      plainest = Math.min(plainest, salience(r.word, "VERB"));
  return plainest;
}

// A verb's WordNet synonym general English uses this much alike is the same action in other words.
const SAME_VERB_MIN_SIMILARITY = 0.5;
/**
 * The report's verb of the same sense as `word` (a verb the report has, indexed as `term`): the first
 * one-word synonym WordNet gives, of the verb's commonest sense ("complete": "finish"). Later ones
 * are other senses, or other actions that happen to share one ("contribute": "lend", "bring").
 */
export function sameSenseVerbs(word: string, term: string, index: SearchIndex) {
  const first = relatedWords(word, undefined, "verb").related.find(
    (r) => r.pos === "verb" && r.relation === "synonym" && !r.word.includes(" ") && r.word !== word,
  );
  return relatedTerms(word, undefined, "verb", index).filter(
    (r) =>
      r.word === first?.word &&
      r.relation === "synonym" &&
      r.similarity >= SAME_VERB_MIN_SIMILARITY &&
      r.term !== term,
  );
}

// What WordNet calls money: a noun of this sense, or a kind of it, is a word for money.
const MONEY_SENSE = /^(?:money|currency|fund|funds|funding)$/;
/** The plain word for money and its synonyms (synonyms.ts): the report's words for it. */
export const MONEY_WORDS = new Set(["money", ...synonymsOf("money")]);
function meansMoney(word: string): boolean {
  if (!isEnglishWord(word)) return false;
  return relatedWords(word, undefined, "noun").related.some(
    (r) => r.pos === "noun" && r.relation !== "narrower" && MONEY_SENSE.test(r.word),
  );
}

// How much a person noun the report never writes ("villagers") matches the word it is made from ("village").
const AGENT_QUALITY = 0.5;
const AGENT_NOUN = /^(\p{L}{4,})ers?$/u;
/** A person noun ("villagers") the report never writes, though it writes the word it shares a stem with. */
function isAgentOfAnotherWord(surface: string, index: SearchIndex): boolean {
  const m = AGENT_NOUN.exec(surface);
  if (!m || index.vocabulary.has(surface)) return false;
  const singular = surface.replace(/s$/, "");
  return !index.vocabulary.has(singular) && !index.vocabulary.has(`${singular}s`);
}

/** WordNet's word class for a tagger's part of speech (others, such as a proper noun, have none). */
const WORD_CLASS: Record<string, WordClass | undefined> = { NOUN: "noun", VERB: "verb", ADJ: "adjective" };

const PARTICLE = new RegExp(`^(?:${PARTICLE_WORDS})$`);
// Each report word's stem with a particle the report writes after it ("put in", "carried out"),
// once per index: the report's own phrasal verbs, which mean what the report means by them.
const withParticle = new WeakMap<SearchIndex, Set<string>>();
export function writtenWithParticle(index: SearchIndex): Set<string> {
  return getOrInsertComputed(withParticle, index, () => {
    const out = new Set<string>();
    const pair = new RegExp(String.raw`\b([A-Za-z]+)\s+(${PARTICLE_WORDS})\b`, "g");
    for (const s of index.kb.sections)
      for (const m of s.text.matchAll(pair)) out.add(`${stem(m[1]!.toLowerCase())} ${m[2]!}`);
    return out;
  });
}

/** The particle of a phrasal verb ("chip in", "handed out"), when one follows the word. */
function particleAfter(english: string, surface: string): string | undefined {
  const after = english
    .split(surface)[1]
    ?.trim()
    .split(/[^a-z]+/)[0];
  return after && PARTICLE.test(after) ? after : undefined;
}

/**
 * The report's words WordNet derives from `word` or it from them, in the sense asked, other than the
 * report's own `term` for it ("year": annual; "agricultural": farming): the same thing named in
 * another part of speech. Taken only where general English uses the two almost alike, as a synonym.
 */
export function derivedTerms(word: string, term: string, asked: WordClass | undefined, index: SearchIndex) {
  return relatedTerms(word, undefined, asked, index, "derived").filter(
    (r) => r.similarity >= SAME_SENSE_MIN_SIMILARITY && r.term !== term,
  );
}

/**
 * The indexed stems of the report words WordNet relates to `word` (word-relations.ts), same sense
 * first. A relation counts only where general English also uses the two words alike: WordNet keeps
 * senses nobody means any more ("firm" as "house"). A phrasal verb's relations are its own sense.
 */
function relatedTerms(
  word: string,
  particle: string | undefined,
  asked: WordClass | undefined,
  index: SearchIndex,
  only?: Relation,
  later = false,
): { term: string; word: string; relation: Relation; similarity: number }[] {
  const out: { term: string; word: string; relation: Relation; similarity: number }[] = [];
  const { related, phrase } = relatedWords(word, particle, asked, later);
  // The senses of the word as the question uses it: "home" as a noun is a dwelling, not "national".
  const wanted = phrase ? "verb" : asked;
  for (const r of related) {
    if (out.length >= RELATED_MAX) break;
    if (wanted && r.pos !== wanted) continue;
    if (only && r.relation !== only) continue;
    // A related phrase is searched by its content word: "common people" by "people", "give out" by "give".
    const parts = r.word.split(" ");
    const head = parts.length > 1 && PARTICLE.test(parts.at(-1)!) ? parts[0]! : parts.at(-1)!;
    if (STOPWORDS.has(head) || head === word) continue;
    // WordNet gives base forms; the report may write only another form of the word ("expert" is
    // in the report only as "experts", "complete" only as "completed"): its stem finds it then.
    const term = reportForm(head, index);
    if (term === undefined || out.some((o) => o.term === term)) continue;
    const similarity = similarityOf(word, head) ?? 0;
    if (!phrase && similarity < RELATED_MIN_SIMILARITY) continue;
    // A later sense is the one meant only where general English uses the two words much alike too.
    if (r.later && similarity < LATER_SENSE_MIN_SIMILARITY) continue;
    out.push({ term, word: head, relation: r.relation, similarity });
  }
  return out;
}

/**
 * The indexed stem of a WordNet base form the report writes in some form: as written, by its stem
 * ("completed" for "complete"), or in an irregular form the stemmer leaves whole ("children" for
 * "child"): a longer word of the base's family whose lemma is the base.
 */
export function reportForm(base: string, index: SearchIndex): string | undefined {
  const term = index.vocabulary.get(base) ?? stem(base);
  if (index.hasTerm(term)) return term;
  return index.family(term).find((t) => /^[a-z]+$/.test(t) && t !== base && baseForms(t).includes(base));
}

// The stems of what the report's figures count (the head word of each count unit), once per index.
const countedStems = new WeakMap<SearchIndex, Set<string>>();
function countedTerms(index: SearchIndex): Set<string> {
  return getOrInsertComputed(
    countedStems,
    index,
    () => new Set(index.entryUnit.flatMap((u) => (u ? [stem(u.split(/\s+/).at(-1)!)] : []))),
  );
}

const contentVocabularies = new WeakMap<SearchIndex, string[]>();

/**
 * The indexed stems of the report words general English uses like `word` (near-words.ts), closest
 * first. A word that is a near word with a prefix added ("unemployment", "non-farm") is its
 * opposite or a narrower thing, not another way of saying it.
 */
export function nearTerms(word: string, index: SearchIndex): { term: string; similarity: number }[] {
  const vocabulary = getOrInsertComputed(contentVocabularies, index, () =>
    [...index.vocabulary].filter(([w, t]) => !STOPWORDS.has(w) && index.hasTerm(t)).map(([w]) => w),
  );
  const out: { term: string; similarity: number }[] = [];
  for (const near of nearWordsAmong(word, vocabulary)) {
    if (out.length >= NEAR_MAX) break;
    if (word.endsWith(near.word) || near.word.endsWith(word)) continue;
    const term = index.vocabulary.get(near.word)!;
    if (!out.some((o) => o.term === term)) out.push({ term, similarity: near.similarity });
  }
  return out;
}

/** Per-document sums for one set of query terms, stored by slot: the order documents were first touched. */
export type Scoring = {
  terms: QueryTerm[];
  /** Slot -> document position. */
  touched: Int32Array;
  score: Float64Array;
  /** Share of the question's idf mass matched anywhere in the document. */
  coverage: Float64Array;
  /** Share matched in the entry's own words (label, aliases, clause, unit), not just its sentence. */
  local: Float64Array;
  /** Bit i set: query term i matched. */
  mask: Uint32Array;
  /** Bit i set: query term i matched as written (or corrected), not only through a synonym. */
  exact: Uint32Array;
  /** Document position -> slot, or undefined if the document matched nothing. */
  slotOf(doc: number): number | undefined;
  /** Indexed term -> bits of the question words it is an alternative of. */
  termBits: Map<string, number>;
};

/** [start, end) stretches of document positions a question is limited to (its reports). */
export type Ranges = [number, number][];

/** The reports a question's reports, regions and years allow; undefined: all. */
function scopedReports(q: Question, index: SearchIndex): Set<string> | undefined {
  if (q.regions.length === 0 && q.years.length === 0 && !q.reports) return undefined;
  const union = (sets: (Set<string> | undefined)[]) => new Set(sets.flatMap((s) => [...(s ?? [])]));
  let reports = q.reports ? new Set(q.reports) : undefined;
  if (q.regions.length > 0) {
    const byRegion = union(q.regions.map((r) => index.reportsByRegion.get(r)));
    reports = reports ? new Set([...reports].filter((r) => byRegion.has(r))) : byRegion;
  }
  if (q.years.length > 0) {
    const byYear = union(q.years.map((y) => index.reportsByYear.get(y)));
    reports = reports ? new Set([...reports].filter((r) => byYear.has(r))) : byYear;
  }
  return reports;
}

/** The reports a question's regions and years allow, as ranges of entries or sentences; undefined: all. */
export function scopeRanges(
  q: Question,
  index: SearchIndex,
  of: "entries" | "sentences",
): Ranges | undefined {
  const reports = index.reportSpans && scopedReports(q, index);
  if (!reports) return undefined;
  return [...reports].map((r) => index.reportSpans!.get(r)![of]).sort((a, b) => a[0] - b[0]);
}

/** The one report a question is limited to, when there are several: its words are weighed within it. */
export function soleReport(q: Question, index: SearchIndex): string | undefined {
  if (index.reportsById.size < 2) return undefined;
  const reports = scopedReports(q, index);
  return reports?.size === 1 ? [...reports][0] : undefined;
}

/** The idf a question's words get: within its report when it is limited to one. */
const idfFor = (q: Question | undefined, index: SearchIndex) => {
  const report = q && soleReport(q, index);
  return report ? (t: string) => index.idfIn(t, report) : index.idf;
};

/** The question's total idf mass: what coverage is a share of (1 for a question with none). */
const idfMass = (terms: QueryTerm[]) => terms.reduce((sum, t) => sum + t.weight * t.idf, 0) || 1;

/**
 * Scores the documents of `postings` against the question's terms, in three steps: for each
 * question word, the best of its alternatives in each document (matchWord); that best added to
 * the document's sums, once per word (addMatches); the sums copied out for the documents touched,
 * leaving the scratch arrays clean for the next question (collect).
 */
export function score(
  terms: QueryTerm[],
  postings: Postings,
  scratch: Scratch,
  idf: (t: string) => number,
  ranges?: Ranges,
): Scoring {
  return collect(terms, scratch, accumulate(terms, postings, scratch, idf, ranges));
}

/** The sums of every document the terms touch, left in scratch; returns how many were touched. */
function accumulate(
  terms: QueryTerm[],
  postings: Postings,
  scratch: Scratch,
  idf: (t: string) => number,
  ranges: Ranges | undefined,
): number {
  const total = idfMass(terms);
  let touchedCount = 0;
  for (let i = 0; i < terms.length; i++) {
    const hits = matchWord(terms[i]!, postings, scratch, idf, total, ranges);
    touchedCount = addMatches(scratch, hits, 1 << i, touchedCount);
  }
  return touchedCount;
}

/** Leaves the scratch sums of the touched documents clean for the next question, as collect does. */
function clearSums(scratch: Scratch, touchedCount: number): void {
  const { score: sums, coverage, localSum, mask, exactMask, touched } = scratch;
  for (let slot = 0; slot < touchedCount; slot++) {
    const doc = touched[slot]!;
    sums[doc] = coverage[doc] = localSum[doc] = mask[doc] = exactMask[doc] = 0;
  }
}

/**
 * Per document, the best of one question word's alternatives (a word and its synonym are one
 * match), kept in scratch.best and beside it; returns how many documents it put in scratch.hit.
 */
function matchWord(
  t: QueryTerm,
  postings: Postings,
  scratch: Scratch,
  idf: (t: string) => number,
  total: number,
  ranges: Ranges | undefined,
): number {
  const { best, share: bestShare, local: bestLocal, exact: bestExact, hit } = scratch;
  const { docs, fields } = postings;
  // Chinese character pairs help order documents but are no part of the question's coverage.
  const zh = t.term.startsWith("zh:");
  const scope: Ranges = ranges ?? [[0, best.length]];
  let hits = 0;
  for (const alt of t.alts) {
    const list = postingsOf(postings, alt.term);
    if (!list) continue;
    const first = list[0];
    const last = list[1];
    const weight = t.weight * alt.weight * (t.idf || idf(alt.term));
    const share = zh ? 0 : (t.weight * alt.weight * t.idf) / total;
    // A synonym beyond the word's own match is no match as written (see Scoring.exact).
    const exactAlt = alt.near !== undefined || (alt.weight === SYNONYM_WEIGHT && alt !== t.alts[0]) ? 0 : 1;
    for (const range of scope) {
      const to = range[1];
      for (let k = ranges ? lowerBound(docs, range[0], first, last) : first; k < last; k++) {
        const doc = docs[k]!;
        if (doc >= to) break;
        const fieldWeight = FIELD_WEIGHT_BY_CODE[fields[k]!]!;
        const value = weight * fieldWeight;
        if (best[doc] === 0) hit[hits++] = doc;
        else if (value <= best[doc]!) continue;
        best[doc] = value;
        bestShare[doc] = share;
        bestLocal[doc] = fieldWeight >= LOCAL_FIELD_WEIGHT ? 1 : 0;
        bestExact[doc] = exactAlt;
      }
    }
  }
  return hits;
}

/** Adds one word's best match (bit `bit`) to the sums of the `hits` documents it touched. */
function addMatches(scratch: Scratch, hits: number, bit: number, touchedCount: number): number {
  const { best, share: bestShare, local: bestLocal, exact: bestExact, hit } = scratch;
  const { score: sums, coverage, localSum, mask, exactMask, touched } = scratch;
  for (let h = 0; h < hits; h++) {
    const doc = hit[h]!;
    if (mask[doc] === 0) touched[touchedCount++] = doc;
    mask[doc]! |= bit;
    if (bestExact[doc]) exactMask[doc]! |= bit;
    sums[doc]! += best[doc]!;
    coverage[doc]! += bestShare[doc]!;
    if (bestLocal[doc]) localSum[doc]! += bestShare[doc]!;
    best[doc] = 0;
  }
  return touchedCount;
}

/** The result, sized to what was touched; the working arrays are left clean for the next question. */
function collect(terms: QueryTerm[], scratch: Scratch, touchedCount: number): Scoring {
  const { score: sums, coverage, localSum, mask, exactMask, touched } = scratch;
  const termBits = new Map<string, number>();
  terms.forEach((t, i) => {
    for (const a of t.alts) termBits.set(a.term, (termBits.get(a.term) ?? 0) | (1 << i));
  });
  const out: Scoring = {
    terms,
    termBits,
    touched: touched.slice(0, touchedCount),
    score: new Float64Array(touchedCount),
    coverage: new Float64Array(touchedCount),
    local: new Float64Array(touchedCount),
    mask: new Uint32Array(touchedCount),
    exact: new Uint32Array(touchedCount),
    slotOf: () => undefined,
  };
  for (let slot = 0; slot < touchedCount; slot++) {
    const doc = touched[slot]!;
    out.score[slot] = sums[doc]!;
    out.coverage[slot] = coverage[doc]!;
    out.local[slot] = localSum[doc]!;
    out.mask[slot] = mask[doc]!;
    out.exact[slot] = exactMask[doc]!;
    sums[doc] = coverage[doc] = localSum[doc] = mask[doc] = exactMask[doc] = 0;
  }
  let slots: Map<number, number> | undefined;
  out.slotOf = (doc) => {
    slots ??= new Map(Array.from(out.touched, (d, i) => [d, i] as [number, number]));
    return slots.get(doc);
  };
  return out;
}

export function scoreEntries(index: SearchIndex, terms: QueryTerm[], q?: Question): Scoring {
  return score(
    terms,
    index.entryPostings,
    index.entryScratch,
    idfFor(q, index),
    q && scopeRanges(q, index, "entries"),
  );
}

/** The indexed terms a document (by slot) matched: every alternative of each matched question word. */
export function matchedTerms(s: Scoring, slot: number): Set<string> {
  const out = new Set<string>();
  s.terms.forEach((t, i) => {
    if (s.mask[slot]! & (1 << i)) for (const a of t.alts) out.add(a.term);
  });
  return out;
}

/** Share of the question's idf mass matched by any of several documents together. */
export function unionCoverage(s: Scoring, docs: number[]): number {
  const total = idfMass(s.terms);
  let m = 0;
  let x = 0;
  for (const d of docs) {
    const slot = s.slotOf(d);
    if (slot === undefined) continue;
    m |= s.mask[slot]!;
    x |= s.exact[slot]!;
  }
  const credit = (i: number) => (x & (1 << i) ? 1 : m & (1 << i) ? SYNONYM_WEIGHT : 0);
  return (
    s.terms.reduce((sum, t, i) => (t.term.startsWith("zh:") ? sum : sum + credit(i) * t.weight * t.idf), 0) /
    total
  );
}

/** Share of an entry's own description (label, or one alias nearly whole) that the question matched. */
export function precision(index: SearchIndex, e: Entry, s: Scoring, slot: number): number {
  const fields = describedBy(index, e);
  const mask = s.mask[slot]!;
  const label = matchedShare(fields[0]!, s.termBits, mask);
  let alias = 0;
  for (let i = 1; i < fields.length; i++) {
    const share = matchedShare(fields[i]!, s.termBits, mask);
    if (share > alias) alias = share;
  }
  return Math.max(label, alias >= ALIAS_PRECISION ? alias : 0);
}

/** One description (the label or an alias): its terms, their idf weights and the weights' sum. */
type Description = { terms: string[]; weights: number[]; total: number };

// A description term counts as matched when it is an alternative of a question word the document matched.
function matchedShare(d: Description, termBits: Map<string, number>, mask: number): number {
  if (d.total === 0) return 0;
  let hit = 0;
  for (let i = 0; i < d.terms.length; i++) if ((termBits.get(d.terms[i]!) ?? 0) & mask) hit += d.weights[i]!;
  return hit / d.total;
}

// The terms of an entry's label and aliases with their weights, computed the first time it is a candidate.
// The report's own region named in a label is scope, not words the question must repeat (descriptionTerms).
// Bounded (bounded-memo.ts): over a long run the candidates of many questions would otherwise
// describe every entry of a large corpus (~2 KB each: 200 MB at 100,000 entries). A question
// describes at most a few dozen candidates, and at 100,000 entries few recur between questions
// (94% were new), so a small memo keeps what one question reuses and all of a small corpus.
const DESCRIBED_ENTRIES_KEPT = 1024;
const descriptions = new BoundedWeakMemo<Entry, Description[]>(DESCRIBED_ENTRIES_KEPT);
// The terms of one label or alias text. Many entries share their aliases (and reports their labels'
// wording), so a text is read into terms once: one text in eight was new at 100,000 entries, and
// reading every candidate's texts afresh was the bulk of what a question allocated.
const DESCRIPTION_TEXTS_KEPT = 16_384;
const textTerms = new BoundedMemo<string, string[]>(DESCRIPTION_TEXTS_KEPT);
/**
 * The terms of a label or alias that a question must match, in a report about `ownRegion`. The report's
 * own region ("Hubei's rural poor", "Hubei Province") is scope, matched by the region filter: its name
 * and title word are left out. Another region named in the label is content ("Funds of Fujian Province"
 * in another province's report, "aid from Tianjin Municipality"): a question asking what that region
 * gave names it, so its name stays, and its title word counts as that name (the question writes
 * "Fujian", the label "Fujian Province": both words matched by the name).
 */
export const descriptionTerms = (text: string, ownRegion?: string) =>
  getOrInsertComputed(textTerms, `${ownRegion ?? ""}\u0000${text}`, () => {
    const own = (ownRegion && REGION_NAME_TERMS.get(ownRegion)) || undefined;
    const terms = termsOf(text);
    const out: string[] = [];
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const named = regionNamedBefore(terms, i);
      if (own?.has(t) || (named !== undefined && own?.has(named))) continue;
      out.push(named ?? t);
    }
    return out;
  });
// "Province", "Municipality", "Autonomous Region" after a region's name are part of that name.
const REGION_TITLE_TERMS = new Set(["province", "municipality", "autonomous", "region"].map((w) => stem(w)));
// The region name term a title word at `at` belongs to ("jiangsu" for "province" in "Jiangsu Province").
function regionNamedBefore(terms: string[], at: number): string | undefined {
  let i = at;
  while (i > 0 && REGION_TITLE_TERMS.has(terms[i]!)) i--;
  return i < at && REGION_TERMS.has(terms[i]!) ? terms[i] : undefined;
}

function describedBy(index: SearchIndex, e: Entry): Description[] {
  return getOrInsertComputed(descriptions, e, () =>
    [e.label, ...e.aliases].map((text) => {
      const terms = descriptionTerms(text, e.region);
      const weights = terms.map((t) => index.idfIn(t, e.report));
      return { terms, weights, total: weights.reduce((a, b) => a + b, 0) };
    }),
  );
}

// The kind a question names first is the likeliest; a kind it does not name at all is unlikely but
// possible (a question's cue words are guesses), so it is pushed down rather than filtered out.
const FIRST_KIND_FACTOR = 1.3;
const UNASKED_KIND_FACTOR = 0.25;
// For a count, the thing counted ("households") says more than any word of the label.
const SAME_COUNT_UNIT_FACTOR = 1.5;
const OTHER_COUNT_UNIT_FACTOR = 0.5;

/** How well an entry's kind and unit fit what the question asks for (1 = exactly). */
export function fitFactor(q: Question, e: Entry, unit?: string): number {
  let f = 1;
  if (q.kinds.length > 0) {
    const at = q.kinds.indexOf(e.kind as (typeof q.kinds)[number]);
    f *= at === 0 ? FIRST_KIND_FACTOR : at > 0 ? 1 : UNASKED_KIND_FACTOR;
  }
  if (q.countUnit && e.kind === "count")
    f *= countsWhatIsAsked(q, e, unit) ? SAME_COUNT_UNIT_FACTOR : OTHER_COUNT_UNIT_FACTOR;
  return f;
}

/** Whether a count entry counts the thing a "how many" question counts (its unit, `unit` as indexed). */
export const countsWhatIsAsked = (q: Question, e: Entry, unit?: string): boolean =>
  !!q.countUnit &&
  e.kind === "count" &&
  ((unit ?? countUnitIn(e.unit) ?? e.unit) === q.countUnit ||
    (q.countUnit === "people" && PERSON_TIMES.test(e.written)));

// "152,300 person-times", "(286,000 person-times)": a count of persons, each as often as they took
// part; a question asking how many people were trained is answered by it as by a count of people.
const PERSON_TIMES = /\bperson-times\b/i;

// A question that does not mention a plan wants the result; one that does may want either
// (the parts of a planned total are planned too), so only the first case is penalised.
const UNASKED_PLAN_FACTOR = 0.6;
const planFactor = (askedPlan: boolean, entryIsPlan: boolean) =>
  entryIsPlan && !askedPlan ? UNASKED_PLAN_FACTOR : 1;

// The final order weighs precision in: from 0.7 times the score (precision 0) to 1.3 times
// (precision 1), so a label about what was asked beats a long sentence that merely shares words.
const PRECISION_RANK_BASE = 0.7;
const PRECISION_RANK_SPAN = 0.6;

// A figure credited to a named doer ("Villages finished by Lüliang", a ranking's place) is that
// doer's part; a question that names no such doer wants the whole, so the part is pushed down.
// A Chinese question writes the name in Chinese, which the label's spelling cannot be checked
// against: it is left alone.
const UNASKED_DOER_FACTOR = 0.8;
const NAMED_DOER = /\bby ((?:\p{Lu}[\p{L}’'-]*\s?)+)$/u;
// "by Chongqing Municipality", "by Gansu Province": the title word is part of the region's name, and a
// question names the region without it ("Chongqing"), so naming that doer.
const REGION_TITLE = /\s+(?:Province|Municipality|(?:Autonomous\s+)?Region)$/;
/** The factor of each entry's label for one question: the question is lower-cased once, not per entry. */
function doerFactorOf(q: Question): (label: string) => number {
  if (q.language !== "en") return () => 1;
  const question = q.english.toLowerCase();
  return (label) => {
    const doer = NAMED_DOER.exec(label)?.[1]?.trim().replace(REGION_TITLE, "");
    return doer && !question.includes(doer.toLowerCase()) ? UNASKED_DOER_FACTOR : 1;
  };
}
export const doerFactor = (q: Question, label: string): number => doerFactorOf(q)(label);

export function inScope(q: Question, e: Entry): boolean {
  if (q.years.length > 0 && (e.year === null || !q.years.includes(e.year))) return false;
  if (q.regions.length > 0 && !q.regions.includes(e.region)) return false;
  if (q.reports && !q.reports.includes(e.report)) return false;
  return true;
}

export type RankedEntry = {
  index: number;
  slot: number;
  entry: Entry;
  score: number;
  coverage: number;
  local: number;
  precision: number;
  rank: number;
};

/** The best entries for a question, given its scoring; `filter` narrows the candidates (e.g. to counts). */
export function rankEntries(
  q: Question,
  index: SearchIndex,
  s: Scoring,
  filter?: (e: Entry) => boolean,
): RankedEntry[] {
  const askedPlan = PLAN_WORDS.test(q.clause);
  const doerFactorFor = doerFactorOf(q);
  const placeFactorFor = placeFactorOf(q);
  // An entry must match some question word through the word itself or a listed synonym: one
  // matched only through rewordings (near-words.ts, word-relations.ts) shares no word with the
  // question, and a rewording alone is a guess at what was meant.
  const ownWords = s.terms.reduce(
    (m, t, i) => (t.alts.some((a) => a.near === undefined) ? m | (1 << i) : m),
    0,
  );
  const top = new TopK<number>(RANK_LIMIT);
  for (let slot = 0; slot < s.touched.length; slot++) {
    const doc = s.touched[slot]!;
    const e = index.kb.entries[doc]!;
    if ((s.mask[slot]! & ownWords) === 0) continue;
    if (!inScope(q, e) || (filter && !filter(e))) continue;
    top.offer(
      slot,
      s.score[slot]! *
        fitFactor(q, e, index.entryUnit[doc]) *
        planFactor(askedPlan, index.entryIsPlan[doc] === 1) *
        doerFactorFor(e.label) *
        placeFactorFor(e.label),
    );
  }
  return top
    .items()
    .map(({ item: slot, value }) => {
      const doc = s.touched[slot]!;
      const entry = index.kb.entries[doc]!;
      const p = precision(index, entry, s, slot);
      return {
        index: doc,
        slot,
        entry,
        score: s.score[slot]!,
        coverage: s.coverage[slot]!,
        local: s.local[slot]!,
        precision: p,
        rank: value * (PRECISION_RANK_BASE + PRECISION_RANK_SPAN * p),
      };
    })
    .sort((a, b) => b.rank - a.rank);
}

export type RankedSentence = {
  index: number;
  score: number;
  coverage: number;
  rank: number;
  report: string;
  section: string;
  sentence: string;
};

// A sentence is ordered by its score scaled by how much of the question it covers (half the score
// at coverage 0, so a strong partial match still counts), and a sentence that names a year the
// question asks about is preferred.
export const SENTENCE_COVERAGE_BASE = 0.5;
export const ASKED_YEAR_BOOST = 1.2;

// Sentences are ranked straight from the scratch sums (slot = the order documents were first
// touched, as in a Scoring): an unscoped question (a no-answer's nearest topics) touches most of a
// large corpus's sentences, and copying each one out to rank it allocated megabytes a question.
export function rankSentences(q: Question, index: SearchIndex, terms: QueryTerm[]): RankedSentence[] {
  const scratch = index.sentenceScratch;
  const touchedCount = accumulate(
    terms,
    index.sentencePostings,
    scratch,
    idfFor(q, index),
    scopeRanges(q, index, "sentences"),
  );
  const { score: sums, coverage, mask, touched } = scratch;
  // A passage must share at least one word with the question as written, not only corrected guesses.
  const verbatim = terms.reduce((m, t, i) => (t.alts[0]?.weight === 1 ? m | (1 << i) : m), 0);
  const top = new TopK<number>(RANK_LIMIT);
  for (let slot = 0; slot < touchedCount; slot++) {
    const doc = touched[slot]!;
    if ((mask[doc]! & verbatim) === 0) continue;
    const ref = index.sentences[doc]!;
    if (q.regions.length > 0 && !q.regions.includes(ref.region)) continue;
    if (q.reports && !q.reports.includes(ref.report)) continue;
    const yearBoost = q.years.some((y) => ref.sentence.includes(String(y))) ? ASKED_YEAR_BOOST : 1;
    top.offer(slot, sums[doc]! * (SENTENCE_COVERAGE_BASE + coverage[doc]!) * yearBoost);
  }
  const ranked = top.items().map(({ item: slot, value }) => {
    const doc = touched[slot]!;
    return { ...index.sentences[doc]!, index: doc, score: sums[doc]!, coverage: coverage[doc]!, rank: value };
  });
  clearSums(scratch, touchedCount);
  return ranked;
}

/** Keeps the k highest values seen, without sorting everything (a min-heap over parallel arrays). */
export class TopK<T extends number> {
  private readonly items_: T[] = [];
  private readonly values: number[] = [];
  constructor(private readonly k: number) {}

  offer(item: T, value: number): void {
    const { items_: items, values } = this;
    if (items.length < this.k) {
      items.push(item);
      values.push(value);
      this.up(items.length - 1);
    } else if (value > values[0]!) {
      items[0] = item;
      values[0] = value;
      this.down(0);
    }
  }

  /** Best first; ties keep the report's order (smaller position first) so answers do not depend on heap order. */
  items(): { item: T; value: number }[] {
    return this.items_
      .map((item, i) => ({ item, value: this.values[i]! }))
      .sort((a, b) => b.value - a.value || a.item - b.item);
  }

  private swap(a: number, b: number) {
    const item = this.items_[a]!;
    this.items_[a] = this.items_[b]!;
    this.items_[b] = item;
    const value = this.values[a]!;
    this.values[a] = this.values[b]!;
    this.values[b] = value;
  }

  private up(i: number) {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.values[p]! <= this.values[i]!) break;
      this.swap(p, i);
      i = p;
    }
  }

  private down(i: number) {
    const n = this.values.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.values[l]! < this.values[m]!) m = l;
      if (r < n && this.values[r]! < this.values[m]!) m = r;
      if (m === i) return;
      this.swap(m, i);
      i = m;
    }
  }
}
