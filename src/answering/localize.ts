// The last step of every answer: a question asked in Chinese gets its reply in Chinese. The engine
// decides what to answer; this writes what a person reads (the text, the figure, its label, the
// calculation, the notes, the runner-ups, the nearest topics and each citation's section title) in
// the question's language, from the cited entries and the knowledge. What is checked against the
// report stays as the report has it: `section`, `value`, `unit` and each citation's section, quote
// and written figure.
import type { Entry, NumericEntry } from "../knowledge/schema.js";
import { isNumeric } from "../knowledge/schema.js";
import {
  derivedIn,
  derivedText,
  figureText,
  notesFor,
  passageText,
  sourceLinesZh,
  topicName,
  topicsLine,
} from "./compose.js";
import type { Derived } from "./compute.js";
import { entryFigure, formatFigure, formatValue } from "../knowledge/figures.js";
import { lowerFirst } from "../text/words.js";
import { ZH_UNITS } from "../knowledge/units.js";
import type { Glossary } from "../knowledge/glossary.js";
import { type Answer, noFigureFields } from "./schema.js";
import type { SearchIndex } from "./search-index.js";
import {
  glossaryChinese,
  labelIn,
  quoteEnglish,
  sectionChinese,
  sectionTitleIn,
  type Lexicon,
} from "./zh.js";
import { isSumOf, listedSumParts } from "./zh-sum.js";
import { differenceAsked } from "./zh-forms.js";

/** The answer as a reader of its question's language sees it; English answers are returned as they are. */
export function inQuestionLanguage(a: Answer, index: SearchIndex, glossary: Glossary): Answer {
  if (a.language !== "zh") return a;
  // A sum of three or more listed parts that the answer does not add up is refused (zh-sum.ts): one
  // of the parts, or two of them added, would read as the sum asked for.
  const parts = listedSumParts(a.question);
  if (parts && a.answered && !isSumOf(parts, a)) return notTheSum(a, parts);
  const lex: Lexicon = { kb: index.kb, glossary };
  const entry = (id: string | null) => (id ? index.kb.byId.get(id) : undefined);
  const cited = a.citations.map((c) => entry(c.entryId)).filter((e): e is Entry => !!e);
  const shared = {
    // Only a real Chinese title is given: surfaces show the report's own title when there is none.
    citations: a.citations.map((c) => {
      const title = sectionChinese(c.section, lex, c.report);
      return title ? { ...c, sectionTitle: title } : c;
    }),
    runnerUps: a.runnerUps.map((r) => {
      const e = entry(r.entryId);
      return e
        ? {
            ...r,
            figure: entryFigure(e, "zh"),
            label: labelIn(e, "zh", glossary),
            section: sectionTitleIn(e.section, lex, "zh", e.report),
          }
        : r;
    }),
    suggestions: a.topics.map((t) => topicName(t, "zh", index.kb, lex)),
  };
  const notes = (entries: Entry[]) => [...new Set(entries.flatMap((e) => notesFor(e, index, "zh")))];

  if (a.type === "figure" && cited[0]) {
    const e = cited[0];
    const n = notes([e]);
    return {
      ...a,
      ...shared,
      figure: entryFigure(e, "zh"),
      label: labelIn(e, "zh", glossary),
      notes: n,
      text: figureText(e, n, true, lex),
    };
  }
  if (a.type === "derived" && a.value !== null && a.unit && a.figure && a.label && a.arithmetic) {
    const inputs = cited.filter((e): e is NumericEntry => isNumeric(e));
    const asked: Derived = {
      value: a.value,
      unit: a.unit,
      figure: a.figure,
      label: a.label,
      arithmetic: a.arithmetic,
      inputs,
      coverage: 0,
    };
    const d = differenceAsAsked(asked, differenceAsked(a.question));
    if (!d) return notTheDifference(a);
    const z = derivedIn(d, "zh", lex);
    const n = notes(inputs);
    return {
      ...a,
      ...shared,
      value: d.value,
      figure: z.figure,
      label: z.label,
      arithmetic: z.arithmetic,
      notes: n,
      text: derivedText(d, n, true, lex),
    };
  }
  if (a.type === "passage" && a.section) {
    return {
      ...a,
      ...shared,
      text: passageText(
        a.section,
        a.citations.map((c) => c.quote),
        true,
        lex,
        a.report?.id,
      ),
    };
  }
  if (a.type === "list") {
    const c = a.citations[0];
    const sources = c
      ? sourceLinesZh([{ section: c.section, report: c.report, sentence: c.quote }], lex)
      : [];
    // The names in Chinese where the glossary has them (嵩县 for Song County); `items` stay as the report writes them.
    const names = a.items.map((name) => glossaryChinese(name, glossary) ?? name);
    return { ...a, ...shared, text: [`${names.join("、")}。`, ...sources].join("\n") };
  }
  if (a.type === "none") {
    // The first line (no answer, and why) was already written in Chinese; the topics get their Chinese titles.
    const first = a.text.split("\n")[0] ?? "";
    return {
      ...a,
      ...shared,
      text: [first, topicsLine(shared.suggestions, true)].filter(Boolean).join("\n"),
    };
  }
  if ((a.type === "comparison" || a.type === "yesno") && !hasHan(a.text.split("\n")[0] ?? "")) {
    const inputs = cited.filter((e): e is NumericEntry => isNumeric(e));
    const n = notes(inputs);
    const { lines, figure, label, arithmetic } = judgedIn(a, inputs, lex);
    return {
      ...a,
      ...shared,
      figure,
      label,
      arithmetic,
      notes: n,
      text: [...lines, ...sourceLinesZh(inputs, lex), ...n.map((x) => `注：${x}`)].join("\n"),
    };
  }
  // Other kinds of answer write their own Chinese text (with format.ts and zh.ts); the lists are translated here.
  return { ...a, ...shared };
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** A no-answer in place of an answer that is not the sum of the `parts` parts the question lists. */
function notTheSum(a: Answer, parts: number): Answer {
  return {
    ...a,
    ...noFigureFields(),
    answered: false,
    type: "none",
    text: `没有找到答案：问题列出的${parts}项无法在报告中逐一找到并相加，因此不给出其中一部分的数字或合计。`,
    notes: [],
    citations: [],
    runnerUps: [],
  };
}

/**
 * A computed difference the way the question asks it. The engine orients a difference the way its
 * English reading asks ("how many more/fewer A than B", compute.ts), so a positive one is already
 * the amount asked. A negative one was not oriented: "A比B多多少" asserts that A is the larger, so
 * it means the two figures found are not the two the question weighs, and showing it would give a
 * figure nobody asked for (undefined, a refusal); "A比B少多少" asks how far A falls short of B,
 * B − A. Any other computation is returned as it is.
 */
export function differenceAsAsked(d: Derived, way: "more" | "fewer" | undefined): Derived | undefined {
  const [x, y] = d.inputs;
  if (!way || !x || !y || d.inputs.length !== 2 || !d.arithmetic.includes(" − ")) return d;
  // The engine orients a difference the way its English reading asks (compute.ts): a positive
  // one is already the amount asked, whichever way round.
  if (d.value >= 0) return d;
  if (way === "more") return undefined;
  const value = -d.value;
  const figure = formatValue(value, d.unit);
  return {
    ...d,
    value,
    figure,
    label: `${y.label} minus ${lowerFirst(x.label)}`,
    arithmetic: `${y.written} − ${x.written} = ${figure}`,
    inputs: [y, x],
  };
}

/** A no-answer in place of a difference that contradicts the way round the question asks it. */
function notTheDifference(a: Answer): Answer {
  return {
    ...a,
    ...noFigureFields(),
    answered: false,
    type: "none",
    text: "没有找到答案：找到的两个数字与问题所说的大小关系相反，可能不是问题所比较的两个数字，也可能问题的前提不成立，因此不给出这个差。",
    notes: [],
    citations: [],
    runnerUps: [],
  };
}

/**
 * A comparison or a yes/no check in Chinese, built from what the answer carries (verdict, cited
 * figures, arithmetic) rather than from its English sentence: the verdict, each figure with its
 * label, which is larger and by how much, and the arithmetic with every figure in Chinese.
 */
function judgedIn(a: Answer, inputs: NumericEntry[], lex: Lexicon) {
  const label = (e: NumericEntry) => labelIn(e, "zh", lex.glossary);
  const [first, second] = inputs;
  const lines: string[] = [];
  if (a.verdict) lines.push(a.verdict === "yes" ? "是。" : "否。");
  for (const e of inputs) lines.push(`${label(e)}：${entryFigure(e, "zh")}`);
  const bound = a.type === "yesno" && first ? boundIn(a.text.split("\n")[0] ?? "", first) : undefined;
  if (bound) lines.push(bound);
  if (a.type === "comparison" && first && second && first.unit === second.unit) {
    const [larger, smaller] = first.value >= second.value ? [first, second] : [second, first];
    const diff = larger.value - smaller.value;
    lines.push(
      diff === 0
        ? `两者相同。`
        : `${label(larger)}比${label(smaller)}多${formatFigure(diff, larger.unit, "zh")}。`,
    );
  }
  const arithmetic = a.arithmetic ? arithmeticZh(a.arithmetic, inputs) : null;
  if (arithmetic) lines.push(`计算：${arithmetic}`);
  return {
    lines,
    // The engine's figure is its primary entry's figure as the report writes it, or a value it
    // computed (the difference a comparison was asked for), written in Chinese from that value.
    figure: figureIn(a, inputs),
    label:
      a.type === "comparison" && first && second
        ? `${label(first)}与${label(second)}相比`
        : first
          ? label(first)
          : a.label && quoteEnglish(a.label),
    arithmetic,
  };
}

// A check against a bound the question stated ends its English verdict with the comparison and
// the bound ("… is less than 251 villages."): the same comparison in Chinese words.
const BOUND_WORDS: Record<string, string> = {
  "more than": "超过",
  "not more than": "没有超过",
  "at least": "不少于",
  "less than": "少于",
  "not less than": "不少于",
  "at most": "不超过",
};
const BOUND_LINE = /\) is (not more than|not less than|more than|at least|less than|at most) (.+?)\.$/;
function boundIn(english: string, e: NumericEntry): string | undefined {
  const m = BOUND_LINE.exec(english);
  if (!m) return undefined;
  const bound = arithmeticZh(m[2]!, []);
  return /[A-Za-z]{2,}/.test(bound) ? undefined : `${entryFigure(e, "zh")}${BOUND_WORDS[m[1]!]}${bound}。`;
}

/**
 * Arithmetic written with English figures, rewritten in Chinese: each cited figure as the report
 * writes it, then every figure format.ts wrote in English ("27 million Yuan", "200,000 people").
 * If English is still left (a form this does not know), the cited figures are listed instead.
 */
const figureOr = (e: NumericEntry | null, otherwise: string | null) => (e ? entryFigure(e, "zh") : otherwise);
function figureIn(a: Answer, inputs: NumericEntry[]): string | null {
  const cited = inputs.find((e) => e.written === a.figure);
  if (cited) return entryFigure(cited, "zh");
  if (a.value !== null && a.unit) return formatFigure(a.value, a.unit, "zh");
  return figureOr(inputs[0] ?? null, a.figure);
}

function arithmeticZh(arithmetic: string, inputs: NumericEntry[]): string {
  let s = arithmetic;
  for (const e of [...inputs].sort((x, y) => y.written.length - x.written.length))
    s = s.split(e.written).join(entryFigure(e, "zh"));
  const units = Object.keys(ZH_UNITS)
    .filter((u) => u !== "%")
    .sort((x, y) => y.length - x.length)
    .join("|");
  s = s.replace(
    new RegExp(`(-?\\d[\\d,]*(?:\\.\\d+)?)(?: (billion|million))? (Yuan|${units})\\b`, "g"),
    (_, num: string, scale: string | undefined, unit: string) => {
      const value =
        Number(num.replace(/,/g, "")) * (scale === "billion" ? 1e9 : scale === "million" ? 1e6 : 1);
      return formatFigure(value, unit, "zh");
    },
  );
  return /[A-Za-z]{2,}/.test(s) ? inputs.map((e) => entryFigure(e, "zh")).join("，") : s;
}
