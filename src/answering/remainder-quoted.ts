// "How many wells were dug outside the pilot villages?" where the report's section on them is about
// "the areas outside the pilot villages": the word of remainder ("outside", "except", "not") is the
// report's own wording of what the figure covers, so its figure is the answer, not a whole minus a part.
import { REMAINDER_ASKED } from "./understand.js";

/** Words after the cue that must follow it in the sentence too: one alone ("not the …") says little. */
const QUOTED_WORDS_AFTER = 2;

/** Whether the text writes the question's remainder cue with the words that follow it in the question. */
export function remainderQuoted(english: string, text: string): boolean {
  const m = REMAINDER_ASKED.exec(english);
  if (!m) return false;
  const after = english
    .slice(m.index + m[0].length)
    .split(/[^a-z0-9-]+/i)
    .filter(Boolean)
    .slice(0, QUOTED_WORDS_AFTER);
  if (after.length < QUOTED_WORDS_AFTER) return false;
  const phrase = [m[0], ...after].join(" ").toLowerCase();
  return text.toLowerCase().replace(/\s+/g, " ").includes(phrase);
}
