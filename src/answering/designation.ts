// "What number did the committee give its document?", "what is the document number of the opinions":
// a question that asks the number a thing is designated by ("No. 21 Document"), not a count. The
// knowledge skips such numbers as figures (knowledge/junk.ts: they count nothing), so no figure
// answers; the sentence that names the thing writes the number after "No.", and that is the answer.
import { stem } from "../text/words.js";

// "What number / what No. did …", "which number", "the document/serial/file number": a designation
// asked. "What number of villages" asks a count.
const DESIGNATION_ASKED =
  /\b(?:what|which)\s+(?:number|no\.?)\b(?!\s+of\b)|\b(?:document|serial|file|issue)\s+(?:number|no\.?)(?=\s|[?.!]|$)/;
// "No. 21", "No.10", "Number 1": the number a thing is designated by.
const DESIGNATED = /\b(?:No|Number)\.?\s*(\d{1,5})\b/g;
// How far around a designation the words that say what it designates are read.
const AROUND = 60;

/** Whether a question asks for the number something is designated by. */
export const asksDesignation = (english: string) => DESIGNATION_ASKED.test(english);

/**
 * The designation in `sentence` that the question's words (`stems`) stand around most: "No. 21
 * Document of the provincial party committee" for a question about the provincial party committee's
 * document, not "No. 10 Document" of the central government beside it. Undefined when the sentence
 * has none, or two stand among the question's words alike (which one is meant is not clear).
 */
export function designationIn(sentence: string, stems: ReadonlySet<string>): number | undefined {
  const found = [...sentence.matchAll(DESIGNATED)].map((m) => {
    const around = sentence.slice(Math.max(0, m.index - AROUND), m.index + m[0].length + AROUND);
    const words = new Set((around.toLowerCase().match(/[a-z]+/g) ?? []).map(stem));
    return { value: Number(m[1]), shared: [...stems].filter((s) => words.has(s)).length };
  });
  if (found.length === 0) return undefined;
  const [best, next] = found.sort((a, b) => b.shared - a.shared);
  return best && best.shared > 0 && (!next || next.shared < best.shared) ? best.value : undefined;
}
