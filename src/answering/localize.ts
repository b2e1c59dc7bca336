// The last step of every answer: a question asked in Chinese gets its reply in Chinese. The engine
// decides what to answer; this writes what a person reads (the text, the figure, its label, the
// calculation, the notes, the runner-ups, the nearest topics and each citation's section title) in
// the question's language, from the cited entries and the knowledge. What is checked against the
// report stays as the report has it: `section`, `value`, `unit` and each citation's section, quote
// and written figure.
import type { Entry, NumericEntry } from "../knowledge/schema.js";
import { isNumeric } from "../knowledge/schema.js";
import { derivedIn, derivedText, figureText, notesFor, passageText, topicsLine } from "./compose.js";
import type { Derived } from "./compute.js";
import { entryFigure } from "./format.js";
import type { Glossary } from "./glossary.js";
import type { Answer } from "./schema.js";
import type { SearchIndex } from "./search-index.js";
import { labelIn, sectionChinese, sectionTitleIn, type Lexicon } from "./zh.js";

/** The answer as a reader of its question's language sees it; English answers are returned as they are. */
export function inQuestionLanguage(a: Answer, index: SearchIndex, glossary: Glossary): Answer {
  if (a.language !== "zh") return a;
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
      return e ? { ...r, figure: entryFigure(e, "zh"), label: labelIn(e, "zh", glossary), section: sectionTitleIn(e.section, lex, "zh", e.report) } : r;
    }),
    suggestions: a.suggestions.map((s) => sectionTitleIn(s, lex, "zh")),
  };
  const notes = (entries: Entry[]) => [...new Set(entries.flatMap((e) => notesFor(e, index, "zh")))];

  if (a.type === "figure" && cited[0]) {
    const e = cited[0];
    const n = notes([e]);
    return { ...a, ...shared, figure: entryFigure(e, "zh"), label: labelIn(e, "zh", glossary), notes: n, text: figureText(e, n, true, lex) };
  }
  if (a.type === "derived" && a.value !== null && a.unit && a.figure && a.label && a.arithmetic) {
    const inputs = cited.filter((e): e is NumericEntry => isNumeric(e));
    const d: Derived = { value: a.value, unit: a.unit, figure: a.figure, label: a.label, arithmetic: a.arithmetic, inputs, coverage: 0 };
    const z = derivedIn(d, "zh", lex);
    const n = notes(inputs);
    return { ...a, ...shared, figure: z.figure, label: z.label, arithmetic: z.arithmetic, notes: n, text: derivedText(d, n, true, lex) };
  }
  if (a.type === "passage" && a.section) {
    return { ...a, ...shared, text: passageText(a.section, a.citations.map((c) => c.quote), true, lex, a.report?.id) };
  }
  if (a.type === "none") {
    // The first line (no answer, and why) was already written in Chinese; the topics get their Chinese titles.
    const first = a.text.split("\n")[0] ?? "";
    return { ...a, ...shared, text: [first, topicsLine(a.suggestions, true, lex)].filter(Boolean).join("\n") };
  }
  // Other kinds of answer write their own Chinese text (with format.ts and zh.ts); the lists are translated here.
  return { ...a, ...shared };
}
