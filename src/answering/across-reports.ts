// A question that names no region may be about any loaded report. Answering from whichever report
// ranks best would be a silent pick, so when other reports answer it about as well, the reply gives
// each report's answer, the best first, and says that naming a province narrows it to one.
import { reportName } from "./compose.js";
import { MIN_COVERAGE, queryTerms, rankEntries, rankSentences, scoreEntries, soleReport } from "./rank.js";
import type { Answer } from "./schema.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";
import { findNumbers, isYear } from "../knowledge/numbers.js";
import { getOrInsertComputed } from "../util/maps.js";

/** Reports answered side by side at most; beyond that the note says how many more have it. */
export const MAX_REPORTS_SIDE_BY_SIDE = 3;
// A report whose best match covers this much less of the question than the chosen answer's is
// about something else, not a rival reading of the same question.
const RIVAL_COVERAGE_MARGIN = 0.15;

/** An answer and how much of the question its figure or sentence covers, when the engine says. */
export type Scoped = { answer: Answer; match: number | undefined };

/** `answerWithin` answers a question as scoped (its `reports` limit it to those reports). */
export function answerAcrossReports(
  q: Question,
  index: SearchIndex,
  within: (q: Question) => Scoped,
): Answer {
  const answerWithin = (scoped: Question) => within(scoped).answer;
  const whole = () => {
    const a = answerWithin(q);
    return { ...a, reports: a.report ? [a.report] : [] };
  };
  if (index.reportsById.size < 2 || q.regions.length > 0 || soleReport(q, index)) return whole();
  // Each report that matches about as well answers on its own terms (its own word weights), so its
  // answer is the one it would give alone; the best-matching report's answer leads.
  const found: Scoped[] = [];
  const candidates = reportsByMatch(q, index);
  for (const id of candidates) {
    if (found.length >= MAX_REPORTS_SIDE_BY_SIDE) break;
    const s = within({ ...q, reports: [id] });
    if (s.answer.answered && s.answer.report?.id === id) found.push(s);
  }
  const [first, ...others] = leadFirst(found, index);
  // The reports that match best cannot answer it: that is the answer, not another report's figure
  // that a weaker match (or one without the question's own numbers) would give.
  if (!first) return candidates[0] ? answerWithin({ ...q, reports: [candidates[0]] }) : whole();
  if (others.length === 0) return { ...first, reports: [first.report!] };
  const unshown = candidates.length - candidates.indexOf(others.at(-1)!.report!.id) - 1;
  return sideBySide(first, others, unshown, index, q.language);
}

// The answer that covers most of the question leads. Among answers about as good (within
// LEAD_MARGIN of the best), one from a report a moderator annotated leads: its labels were checked
// by hand, and an answer people already had does not move behind a later report that says much the
// same. A report that matches clearly better is what the question is about, annotated or not. Every
// answer is shown.
const LEAD_MARGIN = 0.25;

function leadFirst(found: Scoped[], index: SearchIndex): Answer[] {
  const top = Math.max(0, ...found.map((s) => s.match ?? 0));
  const leads = (s: Scoped) =>
    index.curatedReports.has(s.answer.report!.id) && (s.match ?? 0) >= top - LEAD_MARGIN ? 1 : 0;
  return [...found]
    .sort((a, b) => leads(b) - leads(a) || (b.match ?? 0) - (a.match ?? 0))
    .map((s) => s.answer);
}

// Reports whose best figure or sentence covers about as much of the question as the best one. A
// number the question states ("of the 3 billion", "in the 30 pilot villages") is the reader's own
// pointer to a report: reports whose text has it come first, then the better match.
function reportsByMatch(q: Question, index: SearchIndex): string[] {
  const best = new Map<string, number>();
  const offer = (report: string, coverage: number) =>
    best.set(report, Math.max(best.get(report) ?? 0, coverage));
  const terms = queryTerms(q, index);
  for (const r of rankEntries(q, index, scoreEntries(index, terms, q))) offer(r.entry.report, r.coverage);
  for (const s of rankSentences(q, index, terms)) offer(s.report, s.coverage);
  const top = Math.max(0, ...best.values());
  const floor = Math.max(MIN_COVERAGE, top - RIVAL_COVERAGE_MARGIN);
  const stated = findNumbers(q.english).filter((n) => !isYear(n));
  const pointers = (report: string) => stated.filter((n) => hasNumber(index, report, n.value)).length;
  const ranked = [...best].map(([id, coverage]) => ({
    id,
    coverage,
    pointers: stated.length > 0 ? pointers(id) : 0,
  }));
  // Reports that lack a number the question states are not the report it means.
  const most = Math.max(0, ...ranked.map((r) => r.pointers));
  // An annotated report is asked whenever it matches at all: its answer leads (leadFirst), and an
  // automatic label that happens to repeat more of the question's words must not keep it out.
  const asked = (r: (typeof ranked)[number]) =>
    r.coverage >= floor || ((most > 0 || index.curatedReports.has(r.id)) && r.coverage >= MIN_COVERAGE);
  return ranked
    .filter((r) => r.pointers === most && asked(r))
    .sort((a, b) => b.coverage - a.coverage)
    .map((r) => r.id);
}

// Numbers as the reader rounds them: "3.5 billion" points at 3.512 billion.
const NUMBER_ROUNDING = 0.02;
const numbersByReport = new WeakMap<SearchIndex, Map<string, number[]>>();

function hasNumber(index: SearchIndex, report: string, value: number): boolean {
  const byReport = getOrInsertComputed(numbersByReport, index, () => new Map<string, number[]>());
  const numbers = getOrInsertComputed(byReport, report, (id) =>
    (index.reportsById.get(id)?.sections ?? []).flatMap((s) => findNumbers(s.text).map((n) => n.value)),
  );
  return numbers.some((n) => Math.abs(n - value) <= NUMBER_ROUNDING * Math.abs(value));
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
  };
}
