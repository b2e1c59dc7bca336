// Whether a Chinese question counts things by its measure word. 多少个 / 几所 / 多少座 ask how many of
// a thing; an amount of money is asked with 多少钱, 多少元 or a measure word of money (块, 笔). The
// English reading puts "how many" where Chinese puts 多少, often after the thing ("care packages
// donated how many"), so the English rule that reads the counted noun after "how many" finds none,
// and a money word beside it (a verb of giving: "donated") let a money figure answer a count.
import { isThingClassifier, taggedWords } from "./zh-gloss.js";

const ASKS = /^(?:多少|几)$/;
// A scale after the measure word (多少个亿, "how many hundred millions") asks an amount.
const SCALE = /^[万亿千百]/;

const JOINED = /^(?:多少|几)(.)$/u;
/**
 * Whether `raw` asks with 多少 or 几 and a measure word of things right after it (几个 as one word
 * too). Only the last such word asks: an earlier one picks out the things the question is about
 * (几个试点县的投资是多少, "what is the investment of the few pilot counties"), as English "the
 * several counties" does.
 */
export function countsThingsByMeasure(raw: string): boolean {
  const words = taggedWords(raw).filter((w) => w.word.trim());
  const i = words.findLastIndex(({ word }) => ASKS.test(word) || JOINED.test(word));
  if (i < 0) return false;
  const joined = JOINED.exec(words[i]!.word);
  const measure = joined ? joined[1]! : words[i + 1]?.word;
  const after = joined ? words[i + 1]?.word : words[i + 2]?.word;
  return !!measure && isThingClassifier(measure) && !SCALE.test(after ?? "");
}
