// Splits cleaned report text into its 【titled】 sections and each section into sentences.

export type RawSection = { title: string; text: string; sentences: string[] };

// The title may not hold another 【: otherwise every 【 of a long unclosed run would scan to the
// end of the text (quadratic); this way each scan stops at the next mark.
const SECTION_MARK = /【([^【】]+)】/g;

export function splitSections(cleaned: string): { preamble: string; sections: RawSection[] } {
  const marks = [...cleaned.matchAll(SECTION_MARK)];
  const preamble = (marks[0] ? cleaned.slice(0, marks[0].index) : cleaned).trim();
  const sections = marks.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = marks[i + 1]?.index ?? cleaned.length;
    const text = cleaned.slice(start, end).replace(/\s+/g, " ").trim();
    return { title: m[1]!.trim(), text, sentences: splitSentences(text) };
  });
  return { preamble, sections };
}

// A sentence ends at . ! or ? followed by space and a capital letter or opening quote, except
// after abbreviations that precede numbers or names ("No. 21", "Mr. Li").
const ABBREVIATIONS = new Set(["No", "Mr", "Mrs", "Dr", "St", "etc", "Co", "Ltd", "e.g", "i.e", "vs"]);

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=[A-Z“"‘(])/g)) {
    const end = m.index! + m[0].trimEnd().length;
    const lastWord = wordBefore(text, start, m.index!);
    if (ABBREVIATIONS.has(lastWord.replace(/^.*[^A-Za-z.]/, ""))) continue;
    out.push(text.slice(start, end).trim());
    start = m.index! + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

// The word ending at `end` (not before `from`), found by walking back to the previous space: the
// text before it is not split again for every candidate end, which was quadratic in a long run
// of abbreviations ("No. A No. A …").
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}
