// Turns every figure in a report's sentences into a typed entry with a provisional label taken
// from its clause. Curated annotations (labels, aliases, unit fixes) are applied afterwards.
import { withoutPassiveAdverbs } from "./passive-adverb.js";
import type { Entry, ReportMeta, Skip } from "./schema.js";
import { itemTitleOf, type RawSection } from "./split.js";
import { FIGURES_MAX_PER_REPORT } from "./limits.js";
import { findDates, findNumbers, isYear, type NumberToken } from "./numbers.js";
import { frontedWholeNoun } from "./label-subjects.js";
import { partitiveWholeNoun } from "./clause-whole.js";
import { tokenAt } from "./label-lists.js";
import { grammarLabel, type GrammarLabel } from "./labels.js";
import { partHead } from "./label-figure.js";
import { writtenAt } from "./written-at.js";
import { tagSentence, type Token } from "./nlp.js";
import { withoutGlosses } from "./bracket-gloss.js";
import { countedNounAfter } from "./count-nouns.js";
import { countedNounBefore, tokenStartingAt } from "./bracket-count.js";
import { bracketUnitAfter } from "./bracket-unit.js";
import { type DeclaredUnit, declaredUnit, rowName } from "./declared-unit.js";
import { type NamedRow, namedRows, rowAt, rowLabel } from "./named-rows.js";
import { slugify } from "./slug.js";
import { COUNT_NOUNS, CURRENCY_BEFORE_SOURCE, PLURAL_OF, WRITTEN_UNIT } from "./units.js";
import { skipSpansFor } from "./validate.js";
import { isYearText, YEAR } from "../text/years.js";
import { OF_WHICH } from "./of-which.js";
import { afterListedFigures, listUnitAfter } from "./shared-unit.js";
import { refersBackNameless, wholeNoun } from "./whole-before.js";
import { agentlessPassiveVerb, openingSubject, topicBeforeLabel } from "./label-topic-before.js";

const UNIT_WINDOW_WORDS = 5;
/** The forms of "be" and "have": closed-class English, never part of a noun phrase. */
const LINKING_VERB_FORMS = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had"]);

// Numbers that are not figures (years, ordinals, skip rules) are left out here; the coverage check
// (validate.ts) accounts for every one of them, with its reason.
// `curated` says which entry ids an annotation already labels: their sentence is tagged only when
// some other figure in it needs a label from its grammar (tagging loads the NLP model).
export function extractEntries(
  meta: ReportMeta,
  sections: RawSection[],
  skips: Skip[],
  curated: (id: string) => boolean = () => false,
): Entry[] {
  const entries: Entry[] = [];
  const ids = new Map<string, number>();
  const nextId = (section: string, written: string) => {
    const base = `${meta.id}:${slugify(section)}:${slugify(written)}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  for (const section of sections) {
    const region = meta.sectionRegions[section.title] ?? meta.region;
    // The first amount of the sentence before: the whole an "Of this amount, …" sentence breaks down.
    let amountBefore: Entry | undefined;
    for (const [n, sentence] of section.sentences.entries()) {
      const item = itemTitleOf(sentence, section.sentences[n - 1]);
      // The clause of a figure, not reaching back into the item's title before it.
      const clauseAt = (index: number) => {
        const clause = clauseAround(sentence, index);
        const start = sentence.lastIndexOf(clause, index);
        return item && start >= 0 && start < item.bodyStart && index >= item.bodyStart
          ? sentence.slice(item.bodyStart, start + clause.length).trim()
          : clause;
      };
      // Past the limit the loader refuses the report: extracting the rest would only cost time.
      if (entries.length > FIGURES_MAX_PER_REPORT) return entries;
      const year = sentenceYear(sentence) ?? meta.year;
      const sentenceStart = entries.length;
      // Where each number of the sentence ends, by its entry's place: the noun it counts follows.
      const numberEnds = new Map<number, number>();
      const skipSpans = skipSpansFor(section.title, sentence, skips);
      const declared = declaredUnit(sentence);
      // Labels of a table's rows ("Planned investment by county: Lianhua County"), set after the
      // grammar's: a row has no sentence around it to read.
      const rowLabels = new Map<string, string>();
      // Rows of a named list ("Xuzhou: 3,150 households, 11,280 people"), labelled after the
      // grammar's too, once each figure's unit is known (named-rows.ts).
      const listed = namedRows(sentence);
      const inRow = new Map<string, NamedRow>();
      const dates = findDates(sentence);
      for (const date of dates) {
        if (skipSpans.some((s) => within(date.index, s))) continue;
        entries.push({
          kind: "date",
          id: nextId(section.title, date.text),
          report: meta.id,
          section: section.title,
          region,
          year: date.year ?? year,
          label: provisionalLabel(clauseAt(date.index), date.text),
          written: date.text,
          sentence,
          context: clauseAt(date.index),
          aliases: [],
          value: date.start,
          end: date.end,
          unit: "date",
        });
      }
      for (const token of findNumbers(sentence)) {
        const skip = skipSpans.find((s) => within(token.index, s));
        if (skip) continue;
        if (dates.some((d) => token.index >= d.index && token.index < d.index + d.text.length)) continue;
        const classified = classify(token, sentence);
        if (classified === "year" || classified === "ordinal") continue;
        const row = declared ? tableRow(classified, token, sentence, declared) : undefined;
        const entry = row?.entry ?? classified;
        const context = clauseAt(token.index);
        numberEnds.set(entries.length, token.index + token.text.length);
        const id = nextId(section.title, entry.written);
        if (row?.label) rowLabels.set(id, row.label);
        const named = listed ? rowAt(listed, token.index) : undefined;
        if (named) inRow.set(id, named);
        entries.push({
          ...entry,
          id,
          report: meta.id,
          section: section.title,
          region,
          year,
          label: provisionalLabel(context, entry.written),
          sentence,
          context,
          aliases: [],
        } as Entry);
      }
      const fresh = entries.slice(sentenceStart);
      const wholeBack =
        amountBefore && refersBackNameless(sentence) ? wholeNoun(amountBefore.label) : undefined;
      if (fresh.some((e) => !curated(e.id))) {
        // The item's title is no part of the sentence's grammar: the body is tagged alone, its
        // tokens placed where they are in the whole sentence. A bracketed gloss of a noun ("key
        // counties (cities)") is read past (bracket-gloss.ts).
        const tokens = withoutPassiveAdverbs(
          withoutGlosses(
            item
              ? tagSentence(sentence.slice(item.bodyStart)).map((t) => ({
                  ...t,
                  start: t.start + item.bodyStart,
                  end: t.end + item.bodyStart,
                }))
              : tagSentence(sentence),
          ),
        );
        const counted = fresh.map((e, i) => {
          const end = numberEnds.get(sentenceStart + i);
          return curated(e.id) || end === undefined ? e : withCountedNoun(e, tokens, sentence, end);
        });
        entries.splice(
          sentenceStart,
          fresh.length,
          ...labelFromGrammar(counted, tokens, sentence, region, year, wholeBack),
        );
      }
      for (let i = sentenceStart; i < entries.length; i++) {
        const e = entries[i]!;
        const named = listed ? inRow.get(e.id) : undefined;
        const label =
          rowLabels.get(e.id) ?? (named && listed ? rowLabel(listed, named, e.unit, e.written) : e.label);
        // A numbered item's title says what its figures are part of, as a section title does for
        // a section's ("East-west cooperation: aid funds provided by Zhejiang Province").
        const titled = item ? `${item.title}: ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
        if (titled !== e.label) entries[i] = { ...e, label: titled };
      }
      // A bare amount acted on by an agentless passive takes the subject of the sentence before
      // (label-topic-before.ts). The sentence before is tagged only when such an amount is found.
      for (let i = sentenceStart; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.kind !== "money" || curated(e.id) || n === 0) continue;
        const verb = agentlessPassiveVerb(sentence, writtenAt(sentence, e.written), e.written);
        const subject = verb && openingSubject(tagSentence(section.sentences[n - 1]!), region);
        if (verb && subject) entries[i] = { ...e, label: topicBeforeLabel(verb, subject) };
      }
      // Only a whole labelled a total ("a total of N Yuan …"): a part that borrows the noun of a whole
      // not so marked would rank above it for "the total amount of X" (the part's sentence says "total").
      amountBefore = entries.slice(sentenceStart).find((e) => e.kind === "money" && TOTAL_MARK.test(e.label));
    }
  }
  return entries;
}

type Classified = { kind: Entry["kind"]; value: number; unit: string; written: string };

// A bare number after a table's unit declaration is an amount in that unit (declared-unit.ts),
// labelled by the table's title and its row; a number with a unit or noun of its own is left as read.
function tableRow(
  read: Classified,
  token: NumberToken,
  sentence: string,
  declared: DeclaredUnit,
): { entry: Classified; label: string | undefined } | undefined {
  if (token.index < declared.end) return undefined;
  // A row that writes its amount's unit again ("Roads: 2,140 ten thousand yuan; Water: 860") is
  // read in its own unit, and is a row of the table all the same: it takes the row's name.
  if (read.kind === "money" && declared.rows) {
    const row = rowName(sentence, declared, token.index);
    return row ? { entry: read, label: declared.title ? `${declared.title}: ${row}` : row } : undefined;
  }
  // Bare: no noun right after it (a noun further on, "1,250 for 3 villages", counts the 3).
  if (read.kind !== "count" || read.written !== token.text) return undefined;
  const value = Number((token.value * declared.multiplier).toPrecision(15));
  const money = { kind: "money" as const, value, unit: "Yuan", written: read.written };
  // A sentence that states its unit in words: the grammar labels its figures.
  if (!declared.rows) return { entry: money, label: undefined };
  const row = rowName(sentence, declared, token.index);
  if (!row) return undefined;
  const label = declared.title ? `${declared.title}: ${row}` : row;
  return { entry: money, label };
}

// "Yuan 2.3 million": some translators put the currency's name before the amount as they would "RMB",
// but only where it is no unit of an amount before it ("2,000 yuan 15 …" keeps the 15 apart).
const CURRENCY_BEFORE = new RegExp(
  String.raw`(?:${CURRENCY_BEFORE_SOURCE}|(?<!(?:\d|thousand|million|billion)\s?)\b[Yy]uan) ?$`,
);

function classify(token: NumberToken, sentence: string): Classified | "year" | "ordinal" {
  if (token.ordinal) return "ordinal";
  if (token.percent) return { kind: "percent", value: token.value, unit: "%", written: token.text };
  const after = sentence.slice(token.index + token.text.length);
  // "RMB 2.736 billion", "¥1,500": the currency written before the amount.
  const currency = CURRENCY_BEFORE.exec(sentence.slice(0, token.index));
  if (currency) return { kind: "money", value: token.value, unit: "Yuan", written: currency[0] + token.text };
  // "86,450 (10,000 Yuan)", "172 (10,000 mu)": an amount in the unit bracketed after it (bracket-unit.ts).
  const bracketed = bracketUnitAfter(after);
  if (bracketed) {
    const value = Number((token.value * bracketed.multiplier).toPrecision(15));
    return measured({ ...token, value }, bracketed.unitWord, token.text + bracketed.text);
  }
  // "the scale was 3.2-fold that at the end of 2010": a multiple, as "3.2 times" is.
  const fold = /^-fold\b/i.exec(after);
  if (fold) return { kind: "count", value: token.value, unit: "times", written: token.text + fold[0] };
  const unitMatch = WRITTEN_UNIT.exec(after);
  if (unitMatch) return measured(token, unitMatch[1]!, token.text + unitMatch[0]);
  const noun = countNoun(after);
  // "2012 project plan" names a year; "2000 households" counts.
  if (isYear(token) && !(noun?.adjacent && noun.plural)) return "year";
  // "23.5 million and 18.6 million Yuan": a bare figure of a list is in the unit the list ends in.
  const shared = noun?.adjacent ? undefined : listUnitAfter(after);
  if (shared) return measured(token, shared, token.text);
  // "with 28, 9 and 6 counties respectively": a bare number of a list counts the noun written right
  // after the list's last number, as that number does.
  const listEnd = noun?.adjacent ? undefined : afterListedFigures(after);
  const listNoun = listEnd === undefined ? undefined : countNoun(listEnd);
  if (listNoun?.adjacent)
    return { kind: "count", value: token.value, unit: listNoun.unit, written: token.text };
  if (noun?.adjacent)
    return {
      kind: "count",
      value: token.value,
      unit: noun.unit,
      written: token.text + after.slice(0, noun.end),
    };
  return { kind: "count", value: token.value, unit: noun?.unit ?? "items", written: token.text };
}

const isYearWord = (w: string) => /^(?:19|20)\d\d$/.test(w);

/** How a label says its figure is a stated total (labels.ts adds it for "a total of", "totaled"). */
const TOTAL_MARK = /\(total\)$/;

/** A figure in a unit of money, length or area (`unitWord`, WRITTEN_UNIT's word), as `written`. */
function measured(token: NumberToken, unitWord: string, written: string): Classified {
  const unit = unitWord.toLowerCase();
  if (unit === "yuan" || unit === "yuans" || unit === "rmb" || unit === "cny")
    return { kind: "money", value: token.value, unit: "Yuan", written };
  if (unit.startsWith("k")) return { kind: "length", value: token.value, unit: "km", written };
  // "1,080 square kilometers" of land brought under control: an area, not a length nor a count.
  if (/^square k/.test(unit)) return { kind: "area", value: token.value, unit: "square kilometers", written };
  if (unit === "mu") return { kind: "area", value: token.value, unit: "mu", written };
  // Hectares measure land as mu do: an area, so a question about land finds it among areas.
  if (unit.startsWith("hectare")) return { kind: "area", value: token.value, unit: "hectares", written };
  return { kind: "area", value: token.value, unit: "square meters", written };
}

// The first count noun within a few words; "adjacent" when only adjectives stand between it and the
// number (so it belongs in the written figure), not another number or a clause break.
type CountNoun = { unit: string; end: number; adjacent: boolean; plural: boolean };
function countNoun(after: string): CountNoun | undefined {
  // "82,000 “Love Packages”": a quoted name right after the number is what it counts, its last
  // word (a plural) the unit.
  const quoted = /^\s*[“"]((?:[A-Za-z][\w'’-]*\s){0,4}([A-Za-z][\w-]*s))[”"]/.exec(after);
  if (quoted) return { unit: quoted[2]!.toLowerCase(), end: quoted[0].length, adjacent: true, plural: true };
  let pending: CountNoun | undefined;
  let adjacent = true;
  let clauseBroken = false;
  let words = 0;
  for (const m of after.matchAll(/[A-Za-z][A-Za-z-]*|\d[\d,.\u2009]*|[,;:()“”"]/g)) {
    const w = m[0];
    if (/^[,;:()“”"]$/.test(w) && pending) return pending;
    if (/^[,;:()“”"]$/.test(w)) {
      if (words === 0 && /[“"]/.test(w)) return undefined;
      adjacent = false;
      clauseBroken = true;
      if (/[;:()]/.test(w)) return undefined;
      continue;
    }
    // "doubled from 210 in 2011 to 420, and some 312,000 people …": after a clause break, a noun
    // that follows another number is that number's.
    if (/^\d/.test(w) && clauseBroken && !isYearWord(w)) return pending;
    if (/^\d/.test(w) || /^(of|the|and|for|in|to)$/i.test(w)) adjacent = false;
    words += 1;
    const lower = w.toLowerCase();
    // A possessive ("farmers’ professional cooperatives") modifies the head after it: not the unit.
    if (/^['’]/.test(after.slice(m.index! + w.length))) continue;
    if (pending)
      return COUNT_NOUNS.has(lower)
        ? { unit: lower, end: m.index! + w.length, adjacent, plural: true }
        : pending;
    const unit = COUNT_NOUNS.has(lower) ? lower : PLURAL_OF[lower];
    // A singular noun is often a modifier ("project villages"): the head may follow.
    if (unit && unit !== lower) {
      pending = { unit, end: m.index! + w.length, adjacent, plural: false };
      continue;
    }
    if (unit) return { unit, end: m.index! + w.length, adjacent, plural: true };
    if (words >= UNIT_WINDOW_WORDS + (adjacent ? 0 : 2)) return pending;
  }
  return pending;
}

function sentenceYear(sentence: string): number | undefined {
  const dated = findDates(sentence).find((d) => d.year !== null);
  if (dated) return dated.year!;
  // "… 618 villages, compared with 540 villages in 2011": a year right after another figure in its
  // clause is that figure's (labels.ts reads it there), not the sentence's.
  const years = [...sentence.matchAll(SENTENCE_YEAR)].filter(
    (m) => !hasFigure(sentence.slice(0, m.index).split(/[,;]/).at(-1)!),
  );
  // "The projects launched in 2012 …, were completed in November 2013": a year after a participle
  // dates the noun it follows; the sentence's own year is the one its verb is said in. (A month
  // "by" a year is a deadline ahead, "by June 2013", not when the sentence's figures were.)
  const own = years.find(
    (m, i) => i === years.length - 1 || !PARTICIPLE_BEFORE.test(sentence.slice(0, m.index)),
  );
  return own ? Number(own[1]) : undefined;
}
const SENTENCE_YEAR = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+)?|[Ii]n\s+[A-Z][a-z]+\s+)(${YEAR})\b(?!\s*[-–])`,
  "g",
);
const PARTICIPLE_BEFORE = /\b\w+ed\s*$/;
// A number in a clause that is not a year: a figure the clause's year may belong to.
const hasFigure = (clause: string) => (clause.match(/\d[\d,.]*/g) ?? []).some((n) => !isYearText(n));

type Span = { start: number; end: number; reason: string };
const within = (index: number, span: Span) => index >= span.start && index < span.end;

// The clause that holds the figure: text between separators, where "and" before another figure
// also separates ("52 bridges and 312 culverts").
const CLAUSE_SEPARATORS = new RegExp(
  String.raw`,(?!\d)|[;:()]|\s(?:and|while|respectively)\s(?=[\d"“]|[a-z]+\s\d)|${OF_WHICH}`,
  "g",
);

// The separators of the last sentence asked about: its figures are asked about one after another,
// and finding them again for each figure was quadratic in a sentence full of figures.
let separatorsOf: { sentence: string; starts: number[]; ends: number[] } = {
  sentence: "",
  starts: [],
  ends: [],
};

export function clauseAround(sentence: string, index: number): string {
  if (separatorsOf.sentence !== sentence) {
    const found = [...sentence.matchAll(CLAUSE_SEPARATORS)];
    separatorsOf = {
      sentence,
      starts: found.map((m) => m.index!),
      ends: found.map((m) => m.index! + m[0].length),
    };
  }
  const { starts, ends } = separatorsOf;
  // The clause starts after the last separator that ends at or before the figure and ends at the
  // first one that starts after it (separators are in order and do not overlap).
  const before = lastIndexWhere(ends, (end) => end <= index);
  const start = before >= 0 ? ends[before]! : 0;
  const afterAt = lastIndexWhere(starts, (s) => s <= index) + 1;
  const end = afterAt < starts.length ? starts[afterAt]! : sentence.length;
  return trimTrailingDots(sentence.slice(start, end)).trim() || sentence;
}

// What /[.\s]+$/ removed, without retrying the run from each of its characters (quadratic).
function trimTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** The last index of a sorted array whose element satisfies a predicate true on a prefix; -1 if none. */
function lastIndexWhere(sorted: number[], holds: (n: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function provisionalLabel(context: string, written: string): string {
  const label = context
    .replace(written, " ")
    .replace(new RegExp(String.raw`(?:${OF_WHICH}|\b(?:in|on|as of))\s+${YEAR}\b`, "gi"), " ")
    .replace(new RegExp(String.raw`^\W*(?:and\b|${OF_WHICH}|which\b|a total of\b|namely\b)`, "i"), "")
    .replace(/\s+/g, " ")
    .trim();
  return label.length >= 3 ? label : context;
}

// Replaces the clause-fragment labels of one sentence's figures by labels read from its grammar
// (labels.ts), in the order written, so a share can name the figure before it and a part of an
// "of which" breakdown its total's noun. A figure the grammar rules cannot read keeps its label.
function labelFromGrammar(
  figures: Entry[],
  tokens: Token[],
  sentence: string,
  region: string,
  year: number,
  wholeBack?: string,
): Entry[] {
  // A figure written twice in one sentence ("the three pilot counties …; the three pilot counties …")
  // is read at its own place: each repeat is looked for after the one before it.
  const seen = new Map<string, number>();
  const ordered = figures
    .map((e) => {
      const at = writtenAt(sentence, e.written, (seen.get(e.written) ?? -1) + 1);
      const found = at >= 0 ? at : writtenAt(sentence, e.written);
      seen.set(e.written, found);
      return { e, at: found };
    })
    .sort((a, b) => a.at - b.at);
  const opens = [...sentence.matchAll(new RegExp(OF_WHICH, "gi"))].map((m) => m.index!);
  const before: (GrammarLabel & { at: number; kind: string; read: boolean })[] = [];
  const labelled = new Map<Entry, Entry>();
  const placed = ordered.map(({ e, at }) => ({ start: at, end: at + e.written.length, kind: e.kind }));
  const frontedNoun = frontedWholeNoun(tokens);
  for (const [index, { e: read, at }] of ordered.entries()) {
    // An "of which" inside brackets closed before the figure ("N was from the centre (of which …),
    // M was from the province") opened the bracket's parts, not this figure's.
    const opened = opens.filter((o) => o < at && !closedBracket(sentence, o, at)).at(-1);
    // The whole of an "of which" is the last amount or count before it: a share between them
    // ("N labourers, 109.5% of the plan, of which …") is said of the whole, not a whole itself.
    // Of its own kind when there is one: "N Yuan was invested in M villages, of which K Yuan …"
    // splits the amount, not the villages.
    const wholes = opened === undefined ? [] : before.filter((b) => b.at < opened && b.kind !== "percent");
    const total = wholes.filter((b) => b.kind === read.kind).at(-1) ?? wholes.at(-1);
    const e = partWithVerb(read, at, tokens, total);
    if (e !== read) labelled.set(read, e);
    const g =
      e.kind === "date"
        ? undefined
        : grammarLabel(
            tokens,
            { start: at, end: at + e.written.length, kind: e.kind, written: e.written, unit: e.unit },
            {
              region,
              year,
              before,
              figures: placed,
              index,
              // "Of this amount, N Yuan came from …": an amount outside any "of which" of its own
              // sentence is a part of the sentence before's (whole-before.ts).
              ...(total?.read ? { total } : {}),
              ...(total?.head
                ? { totalHead: partHead(total.head) }
                : !total && wholeBack && e.kind === "money"
                  ? { totalHead: partHead(wholeBack) }
                  : {}),
            },
          );
    // A figure the rules cannot read still marks its place: a part's total is the figure before
    // "of which", labelled or not.
    const mark = { ...(g ?? { label: e.label }), at, kind: e.kind, read: g !== undefined, unit: e.unit };
    before.push(mark);
    if (!g) continue;
    // A figure read as another's measure in another year counts that figure's noun when it has none;
    // a part with no noun of its own counts what its whole counts ("376 complaints …, of which 362
    // were settled", "Of the trainees, 96,200 received …").
    // A part of an earlier count ("N of them …") counts what that count counts, whatever noun the
    // first reading found further on in its clause ("… found jobs in cities").
    const nounless = (e.unit === "items" || g.ofWhole === true) && e.kind === "count";
    const wholeUnit =
      total?.kind === "count" && total.unit && total.unit !== "items"
        ? total.unit
        : (frontedNoun ?? partitiveWholeNoun(tokens, tokenAt(tokens, at), before)?.split(/\s+/).at(-1));
    const counted = nounless ? countedByLabel(g.label) : undefined;
    // "…, of which 2,080 were village cadres": a part whose label is a noun phrase ending in a
    // count noun counts that noun, not its whole's.
    const named = nounless ? namedCount(g.label) : undefined;
    const unit =
      nounless && g.unit
        ? { unit: g.unit }
        : named
          ? { unit: named }
          : nounless && wholeUnit
            ? { unit: wholeUnit }
            : counted
              ? { unit: counted }
              : {};
    // Later figures read this one by what it counts as read here ("of them, N took part in …, M in …").
    if (unit.unit) mark.unit = unit.unit;
    labelled.set(read, {
      ...e,
      label: g.label,
      ...(g.year !== undefined ? { year: g.year } : {}),
      ...unit,
    } as Entry);
  }
  return figures.map((e) => labelled.get(e) ?? e);
}

// "The number of rural poor people fell to 2.318 million", "the poor population … was 4.264
// million": a bare number that completes such a subject counts its noun (people, villages), so a
// question asking how many people finds it among counts of people.
// A label that is a short noun phrase ending in a count noun ("Village cadres"): that noun.
const NAMED_COUNT_MAX_WORDS = 3;
function namedCount(label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/);
  const last = words.at(-1)!;
  if (words.length <= NAMED_COUNT_MAX_WORDS && COUNT_NOUNS.has(last)) return last;
  // "Households signed up with the enterprises (were N)": a short noun phrase ending in a count
  // noun, then a participle or a preposition that opens what qualifies it.
  const head = NAMED_HEAD.exec(label.toLowerCase());
  return head && COUNT_NOUNS.has(head[1]!) ? head[1] : undefined;
}
const NAMED_HEAD = /^(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:[a-z]+ed|in|of|at|from|under|with)\s/;

const QUALIFIER_START =
  /^(?:of|in|at|by|for|from|to|on|with|under|across|during|that|who|which|whose|where)$/i;

function countedByLabel(label: string): string | undefined {
  // "Decrease of rural poor population": a change in a population counts people, as the population does.
  const words = label
    .toLowerCase()
    .replace(/^(?:decrease|increase|growth|fall|rise) of\s+/, "")
    .split(/\s+/);
  if (words.slice(0, 3).includes("population")) return "people";
  // Anywhere in the label: a change in a number counts what the number counts ("Decrease of number
  // of rural poor people").
  const m = /(?:^|\s)number of\s+(.+)$/i.exec(label);
  if (!m) return undefined;
  // The counted phrase ends where what qualifies it starts: a preposition, a relative pronoun, or a
  // participle after its noun ("number of villages that completed …", "of rural poor people lifted
  // out of poverty").
  const counted = m[1]!.split(/\s+/);
  const end = counted.findIndex((w, i) => QUALIFIER_START.test(w) || (i > 0 && /^[a-z]+ed$/i.test(w)));
  const head = counted[(end < 0 ? counted.length : Math.max(end, 1)) - 1]!.toLowerCase();
  return COUNT_NOUNS.has(head) || (/[a-z]s$/.test(head) && !/ss$/.test(head)) ? head : undefined;
}

// "131,400 labourers …, of which 84,600 received skills training": a part of a counted whole whose
// number is followed by a verb is the subject of that verb, and counts what its whole counts; the
// noun after the verb ("skills", read by the tagger as a participle and its noun) is the verb's
// object. The part is read bare, and labelFromGrammar gives it the whole's unit.
function partWithVerb(
  e: Entry,
  at: number,
  tokens: Token[],
  total: { kind: string; unit?: string } | undefined,
): Entry {
  if (e.kind !== "count" || total?.kind !== "count" || !total.unit || total.unit === "items") return e;
  if (e.unit === total.unit) return e;
  const number = findNumbers(e.written)[0]?.text;
  // "of which 41,200 were students …": a noun read after the verb is no unit of the part either.
  if (!number || (number === e.written && e.unit === "items")) return e;
  const next = tokens.find((t) => t.start >= at + number.length);
  return next?.pos === "VERB" || next?.pos === "AUX"
    ? ({ ...e, unit: "items", written: number } as Entry)
    : e;
}

// A count whose number is followed by a noun phrase counts that phrase's head, whatever the noun
// (count-nouns.ts): the written figure and the unit are re-read from the tags. The id stays the one
// made from the first reading, so an annotation written against it still finds its figure. The
// first reading stands when its noun lies inside that phrase ("310,000 poor households increase
// …" where a tagger took the verb for a noun): it only gives way where it took no noun or a noun
// beyond the phrase ("168,500 labourers from poor households").
function withCountedNoun(e: Entry, tokens: Token[], sentence: string, numberEnd: number): Entry {
  if (e.kind !== "count") return e;
  const number = findNumbers(e.written)[0]!.text;
  // "58,600 were students of …": a form of "be" or "have" after the number makes the noun the
  // predicate the figure is said to be, not a word of the written figure; it still counts it.
  const linked = /^\s+(\w+)\s/.exec(e.written.slice(number.length));
  if (e.written.startsWith(number) && linked && LINKING_VERB_FORMS.has(linked[1]!.toLowerCase()))
    return { ...e, written: number };
  const start = numberEnd - number.length;
  if (sentence.slice(start, start + e.written.length) !== e.written) return e;
  const noun = countedNounAfter(tokens, numberEnd);
  // "built footbridges (42)": a count alone in brackets counts the noun phrase before them.
  if (!noun && e.unit === "items" && e.written === number) {
    const before = countedNounBefore(tokens, tokenStartingAt(tokens, start));
    return before ? { ...e, unit: before } : e;
  }
  if (!noun || noun.unit === e.unit) return e;
  const firstEnd = start + e.written.length;
  if (e.unit !== "items" && firstEnd > numberEnd && firstEnd <= noun.end) return e;
  return { ...e, unit: noun.unit, written: sentence.slice(start, noun.end) };
}

/** Whether the "of which" at `at` stands inside brackets that close before `until`. */
function closedBracket(sentence: string, at: number, until: number): boolean {
  const open = sentence.lastIndexOf("(", at);
  const close = sentence.indexOf(")", at);
  return open >= 0 && sentence.lastIndexOf(")", at) < open && close >= 0 && close < until;
}
