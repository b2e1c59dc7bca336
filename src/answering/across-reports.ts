// A question that names no region may be about any loaded report. Answering from whichever report
// ranks best would be a silent pick, so when other reports answer it about as well, the reply gives
// each report's answer, the best first, and says that naming a province narrows it to one.
// A question one report answers (it names that report's region, or only that report matches) is
// answered by that report alone: read with its words and weighed by its figures, as if no other
// report were loaded, so adding a report never changes another report's answers.
import { reportName } from "./compose.js";
import { thresholdIn } from "./forms.js";
import { MIN_COVERAGE, queryTerms, rankEntries, rankSentences, scoreEntries, soleReport } from "./rank.js";
import { type Answer, type ReportAnswer, statementOf } from "./schema.js";
import { quotedTitles, writesTitle } from "./quoted-titles.js";
import { reportsWritingName, writtenNames } from "./written-names.js";
import { buildSearchIndex, type SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import { findNumbers, isYear, type NumberToken } from "../knowledge/numbers.js";
import { getOrInsertComputed } from "../util/maps.js";

/** Reports answered side by side at most; beyond that the note says how many more have it. */
export const MAX_REPORTS_SIDE_BY_SIDE = 3;
// A report whose best match covers this much less of the question than the chosen answer's is
// about something else, not a rival reading of the same question.
const RIVAL_COVERAGE_MARGIN = 0.15;

/** An answer and how much of the question its figure or sentence covers, when the engine says. */
export type Scoped = { answer: Answer; match: number | undefined };

/**
 * `within` answers a question as scoped (its `reports` limit it to those reports) over all the
 * knowledge; `asAlone` answers the question as asked over one report's own index (reportAlone).
 */
export function answerAcrossReports(
  q: Question,
  index: SearchIndex,
  within: (q: Question) => Scoped,
  asAlone: (alone: SearchIndex) => Scoped,
): Answer {
  const answerWithin = (scoped: Question) => within(scoped).answer;
  const whole = () => {
    const a = answerWithin(q);
    return { ...a, reports: drawnOn(a, index) };
  };
  const alone = (id: string) => asAlone(reportAlone(index, id));
  const only = (s: Scoped) => ({ ...s.answer, reports: drawnOn(s.answer, index) });
  if (index.reportsById.size < 2) return whole();
  // The question's region (and year) leave one report: it is that report's question. Other
  // scopes (a region not loaded, a year its report lacks) are refused over all the reports, which
  // says what each has.
  const sole = soleReport(q, index);
  if (sole) return only(alone(sole));
  if (q.regions.length > 0) return whole();
  // Each report that matches about as well answers as it would alone; the best-matching report's
  // answer leads.
  const { candidates, coverage, pointed } = reportsByMatch(q, index);
  const found: Scoped[] = [];
  const ask = (ids: string[]) => {
    for (const id of ids) {
      if (found.length >= MAX_REPORTS_SIDE_BY_SIDE) break;
      const s = alone(id);
      if (!s.answer.answered || s.answer.report?.id !== id) continue;
      // Which report leads is weighed on one reading of the question for all of them (a report's
      // own reading drops the words it lacks, so its coverage is not comparable with another's):
      // the best figure's coverage within the report, else its best entry's or sentence's.
      found.push({ answer: s.answer, match: within({ ...q, reports: [id] }).match ?? coverage.get(id) });
    }
  };
  ask(candidates);
  // No report matches enough of the question as all the reports read it: a word only another
  // report has weighs there as a topic this report lacks, where alone it may weigh as everyday
  // talk. The reports that match most are asked alone.
  // Reports the question points away from (a number, title or name only others write) stay out.
  const weak = [...coverage]
    .filter(([id]) => pointed.has(id))
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
  if (candidates.length === 0) ask(weak.slice(0, MAX_REPORTS_SIDE_BY_SIDE));
  const [first, ...others] = leadFirst(found, index);
  // The reports that match best cannot answer it: that is the answer (naming every report
  // searched), not another report's figure that a weaker match (or one without the question's own
  // numbers) would give.
  if (!first) {
    const best = candidates[0] ?? weak[0];
    if (!best) return whole();
    const refusal = answerWithin({ ...q, reports: [best] });
    return refusal.answered ? only(alone(best)) : refusal;
  }
  if (others.length === 0) return { ...first, reports: drawnOn(first, index) };
  const unshown = Math.max(0, candidates.length - candidates.indexOf(others.at(-1)!.report!.id) - 1);
  return sideBySide(first, others, unshown, index, q.language);
}

// Every report a reply draws on: its primary figure's, then those of the other figures it quotes
// (a comparison of two regions quotes each region's report). A reply that listed only the primary
// report named the other region's quote after it.
function drawnOn(a: Answer, index: SearchIndex): Answer["reports"] {
  const ids = new Set([...(a.report ? [a.report.id] : []), ...a.citations.map((c) => c.report)]);
  return [...ids].flatMap((id) => {
    const r = index.reportsById.get(id);
    return r ? [{ id, title: r.meta.title, region: r.meta.region, year: r.meta.year }] : [];
  });
}

/** Reports' own indexes, built the first time a question is answered by that report alone. */
const alones = new WeakMap<SearchIndex, Map<string, SearchIndex>>();

/** The index `index`'s report `id` would have if it were the only report loaded. */
export function reportAlone(index: SearchIndex, id: string): SearchIndex {
  if (index.reportsById.size < 2) return index;
  const byReport = getOrInsertComputed(alones, index, () => new Map<string, SearchIndex>());
  return getOrInsertComputed(byReport, id, () => buildSearchIndex(onlyReport(index.kb, id)));
}

/** The knowledge as buildKnowledge assembles it from one report. */
function onlyReport(kb: KnowledgeBase, id: string): KnowledgeBase {
  const report = kb.reports.find((r) => r.meta.id === id);
  if (!report) throw new Error(`no report ${id} in the knowledge`);
  return {
    ...kb,
    version: `${kb.version}/${id}`,
    reports: [report],
    sections: report.sections,
    entries: report.entries,
    groups: report.groups,
    byId: new Map(report.entries.map((e) => [e.id, e])),
    // The skipped numbers (kept whole: they do not say their report) are not searched.
  };
}

// The answer that covers most of the question leads. Among answers about as good (within the
// margin that makes reports rivals at all, RIVAL_COVERAGE_MARGIN), one from a report a moderator
// annotated leads: its labels were checked by hand, and an answer people already had does not move
// behind a later report that says much the same. A report that matches clearly better is what the
// question is about, annotated or not. Every answer is shown. (A wider margin let the annotated
// report lead answers another report matched clearly better; a narrower one moved Henan's own.)

function leadFirst(found: Scoped[], index: SearchIndex): Answer[] {
  const top = Math.max(0, ...found.map((s) => s.match ?? 0));
  const leads = (s: Scoped) =>
    index.curatedReports.has(s.answer.report!.id) && (s.match ?? 0) >= top - RIVAL_COVERAGE_MARGIN ? 1 : 0;
  return [...found]
    .sort((a, b) => leads(b) - leads(a) || (b.match ?? 0) - (a.match ?? 0))
    .map((s) => s.answer);
}

// Reports whose best figure or sentence covers about as much of the question as the best one. A
// number the question states ("of the 3 billion", "in the 30 pilot villages"), a title it quotes
// or a name it writes ("Luoyang") is the reader's own pointer to a report: reports whose text has
// it come first, then the better match.
function reportsByMatch(
  q: Question,
  index: SearchIndex,
): { candidates: string[]; coverage: Map<string, number>; pointed: Set<string> } {
  const best = new Map<string, number>();
  const offer = (report: string, coverage: number) =>
    best.set(report, Math.max(best.get(report) ?? 0, coverage));
  const terms = queryTerms(withoutBound(q), index);
  for (const r of rankEntries(q, index, scoreEntries(index, terms, q))) offer(r.entry.report, r.coverage);
  for (const s of rankSentences(q, index, terms)) offer(s.report, s.coverage);
  const top = Math.max(0, ...best.values());
  const floor = Math.max(MIN_COVERAGE, top - RIVAL_COVERAGE_MARGIN);
  const stated = findNumbers(q.english).filter((n) => !isYear(n) && !isBound(q, n));
  const titles = quotedTitles(q.raw);
  // Names some report writes as names; a word no report writes points nowhere.
  const writers = writtenNames(q.raw, q.regions)
    .map((n) => reportsWritingName(index, n))
    .filter((ids) => ids.size > 0);
  const pointers = (report: string) =>
    stated.filter((n) => hasNumber(index, report, n)).length +
    titles.filter((t) => writesTitle(index, report, t)).length +
    writers.filter((ids) => ids.has(report)).length;
  const ranked = [...best].map(([id, coverage]) => ({
    id,
    coverage,
    pointers: stated.length + titles.length + writers.length > 0 ? pointers(id) : 0,
  }));
  // Reports that lack a number the question states are not the report it means.
  const most = Math.max(0, ...ranked.map((r) => r.pointers));
  // An annotated report is asked whenever it matches at all: its answer leads (leadFirst), and an
  // automatic label that happens to repeat more of the question's words must not keep it out.
  const asked = (r: (typeof ranked)[number]) =>
    r.coverage >= floor || ((most > 0 || index.curatedReports.has(r.id)) && r.coverage >= MIN_COVERAGE);
  const candidates = ranked
    .filter((r) => r.pointers === most && asked(r))
    .sort((a, b) => b.coverage - a.coverage)
    .map((r) => r.id);
  return {
    candidates,
    coverage: best,
    pointed: new Set(ranked.filter((r) => r.pointers === most).map((r) => r.id)),
  };
}

// The bound of a yes/no check is no word to match either: as a search word it would weigh for
// whichever report happens to print that number somewhere ("more than 15%" and a report with a
// 15-day course), and against every report that does not, so the others would not be asked.
function withoutBound(q: Question): Question {
  const bound = q.form?.type === "check" ? thresholdIn(q.english) : undefined;
  if (!bound) return q;
  const digits = new Set(findNumbers(bound.text).map((n) => /^\d[\d.,]*/.exec(n.text)?.[0]));
  const terms = q.terms.filter((w) => !digits.has(w.surface));
  return terms.length === q.terms.length ? q : { ...q, terms };
}

// A number a yes/no check measures a figure against ("more than 30%", "over 100 reservoirs") is the
// reader's yardstick, not a figure of the report it means: any report may be above or below it.
function isBound(q: Question, n: NumberToken): boolean {
  if (q.form?.type !== "check") return false;
  const bound = thresholdIn(q.english);
  if (!bound) return false;
  const at = q.english.indexOf(bound.text);
  return at >= 0 && n.index >= at && n.index < at + bound.text.length;
}

// Numbers as the reader rounds them: "3.5 billion" points at 3.512 billion. A reader rounds to the
// digits they write, so the rounding allowed is also at most half a unit of the last digit written:
// "101.3%" does not point at a report's 103%.
const NUMBER_ROUNDING = 0.02;
const numbersByReport = new WeakMap<SearchIndex, Map<string, number[]>>();

function hasNumber(index: SearchIndex, report: string, stated: NumberToken): boolean {
  const byReport = getOrInsertComputed(numbersByReport, index, () => new Map<string, number[]>());
  const numbers = getOrInsertComputed(byReport, report, (id) =>
    (index.reportsById.get(id)?.sections ?? []).flatMap((s) => findNumbers(s.text).map((n) => n.value)),
  );
  const value = stated.value;
  const allowed = Math.min(NUMBER_ROUNDING * Math.abs(value), halfLastDigit(stated));
  return numbers.some((n) => Math.abs(n - value) <= allowed);
}

/** Half a unit of the last digit a number is written with, in its value's terms ("3.5 billion": 0.05 billion). */
export function halfLastDigit(n: NumberToken): number {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(n.text);
  if (!digits) return Number.POSITIVE_INFINITY;
  const written = Number(digits[0].replace(/,/g, ""));
  const scale = written === 0 ? 1 : n.value / written;
  const decimals = digits[1]?.length ?? 0;
  const zeros = decimals > 0 ? 0 : (/0*$/.exec(digits[0].replace(/,/g, ""))?.[0].length ?? 0);
  return 0.5 * 10 ** (zeros - decimals) * scale;
}

// The chosen answer stays the primary (its figure, section and report); the others follow in the
// text and the citations, and `reports` lists every report the reply draws on.
function sideBySide(
  first: Answer,
  others: Answer[],
  unshown: number,
  index: SearchIndex,
  lang: "en" | "zh",
): Answer {
  const all = [first, ...others];
  const names = all.map((a) => reportName(index.kb, a.report!.id, lang) ?? a.report!.title);
  const zh = lang === "zh";
  const more =
    unshown > 0
      ? zh
        ? `另有${unshown}份报告也有相关内容。`
        : ` ${unshown} more ${unshown === 1 ? "report has" : "reports have"} it too.`
      : "";
  const note = zh
    ? `问题没有指明省份，${names.join("、")}都有相关内容，分别列出；指明省份即可只看一份。${more}`
    : `The question names no province, and ${names.length} reports answer it (${names.join(", ")}); each is given. Name a province to get one.${more}`;
  const blocks = others.map(
    (a, i) => `${zh ? "另，" : "Also, "}${names[i + 1]}${zh ? "：" : ":"}\n${a.text}`,
  );
  return {
    ...first,
    reports: all.map((a) => a.report!),
    text: [first.text, ...blocks, zh ? `注：${note}` : `Note: ${note}`].join("\n"),
    notes: [...first.notes, note],
    citations: all.flatMap((a) => a.citations),
    byReport: all.map(reportAnswer),
  };
}

/** One report's answer as the reply's `byReport` holds it. */
function reportAnswer(a: Answer): ReportAnswer {
  return {
    report: a.report!,
    type: a.type,
    verdict: a.verdict,
    value: a.value,
    unit: a.unit,
    statement: statementOf(a).join("\n"),
    arithmetic: a.arithmetic,
  };
}
