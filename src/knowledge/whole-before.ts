// "In 2013, a total of 6.532 billion Yuan of financial anti-poverty funds was invested … . Of this
// amount, 3.214 billion Yuan came from the central government, …": a sentence opening with a
// whole that names nothing ("Of this amount", "Of the total") breaks down the figure of the
// sentence before it, so its parts are of what that figure is of ("financial anti-poverty funds"),
// not of an "amount" no question names.
import { NAMELESS } from "./label-gapped.js";
import { IRREGULAR_PARTICIPLES } from "../text/participles.js";
import { labelWithoutUnit } from "./label-phrases.js";

const FRONTED_WHOLE = /^\s*Of\s+(?:(?:the|this|that)\s+)?([a-z]+)\s*,/i;

/** Whether `sentence` opens with a fronted whole that names no noun ("Of this amount,"). */
export function refersBackNameless(sentence: string): boolean {
  const m = FRONTED_WHOLE.exec(sentence);
  return !!m && NAMELESS.test(m[1]!);
}

// Words that end a label's noun: a preposition, or a participle ("Funds invested in …", "… put into").
const PREPOSITIONS = new Set("in for from by of to with at on under as among into".split(" "));
const endsNoun = (w: string) => PREPOSITIONS.has(w) || /^[a-z]+ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w);

/** The noun a figure's label opens with ("Financial anti-poverty funds" of "… invested in X (total)"). */
export function wholeNoun(label: string): string | undefined {
  const words = labelWithoutUnit(label).trim().split(/\s+/);
  const end = words.findIndex((w, k) => k > 0 && endsNoun(w));
  const noun = (end < 0 ? words : words.slice(0, end)).join(" ");
  return noun && !NAMELESS.test(noun) && /[a-z]{3}$/i.test(noun) ? noun : undefined;
}
