// A Chinese question that lists the parts it wants added ("A、B、C加起来是多少", "A、B和C一共…")
// names every part: the sum rests on as many figures as it lists. A list in brackets, or one a
// demonstrative sums up ("嵩县、滑县和睢县这三个县"), names the members of one group whose own
// figure is asked: no parts to add. The engine computes a sum of two sides; for three or more
// listed parts an answer that rests on another number of figures (one part, or two added) is not
// the sum asked for, and is refused instead (localize.ts).
import { listedParts, taggedWords } from "./zh-gloss.js";

/** Words that ask for parts added up: 加起来, 加在一起, 合起来, 一共, 总共, 合计, 共计, 总计, 之和, 总和, 相加. */
export const SUM_WORDS = /加起来|加在一起|合起来|一共|总共|合计|共计|总计|之和|总和|相加/g;
// A list in brackets is an aside; a demonstrative with a count after the list sums it up as one group.
const BRACKETED = /[（(][^）)]*[）)]/g;
const SUMMED_UP = /[这那此](?:[一二两三四五六七八九十\d]+)?(?:个|些|几|批|项|家|所)/;
// jieba's tag of a place name (天津, 甘肃, 嵩县).
const PLACE_TAG = "ns";
/**
 * Whether a listed part is only a place's name. Places joined before 一共 ("天津和甘肃一共搞了多少个协作
 * 项目") are who did the thing together, the partners of one joint count: a report is about one
 * place, and each of its figures is the pair's, not one per place to be added.
 */
const isPlace = (part: string) => {
  const words = taggedWords(part).filter((w) => w.word.trim());
  return (
    words.length > 0 && words.every((w) => w.tag === PLACE_TAG || /^\d+年?$/.test(w.word) || w.word === "年")
  );
};

// A count right after the list with no demonstrative ("A和B两项加起来", the two of them added): it
// restates how many parts were listed, and names none of them.
const COUNT_AFTER = /([一二两三四五六七八九十]|\d+)\s*(?:个|项|者|类|批|部分|笔)\s*$/;
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const numeralValue = (n: string) => (n === "两" ? 2 : /^\d+$/.test(n) ? Number(n) : NUMERALS.indexOf(n) + 1);

/**
 * The last listed part without a count that restates how many parts were listed ("互助资金两项" after
 * one other part: 互助资金). Left in, the count stood in that part's words ("mutual funds two") and
 * no figure of the part matched it, so a stated figure of the first part alone was given for the sum.
 */
export function withoutRestatedCount(part: string, listed: number): string {
  const m = COUNT_AFTER.exec(part);
  if (!m || numeralValue(m[1]!) !== listed) return part;
  const rest = part.slice(0, m.index).trim();
  return rest || part;
}

/** The parts a clause asks to add up (two or more), or undefined when it asks no sum of listed parts. */
export function partsToAdd(clause: string): string[] | undefined {
  const at = clause.search(SUM_WORDS);
  if (at < 0) return undefined;
  const listed = clause.slice(0, at).replace(BRACKETED, "");
  const parts = listedParts(listed);
  if (parts.length < 2 || SUMMED_UP.test(parts.at(-1)!) || parts.every(isPlace)) return undefined;
  return [...parts.slice(0, -1), withoutRestatedCount(parts.at(-1)!, parts.length)];
}

/** How many parts a Chinese question lists to be added up, when it lists three or more; else undefined. */
export function listedSumParts(question: string): number | undefined {
  // The asking clause: after the last full comma (a lead-in before it states what is given).
  const clause = question.split(/[，,；;]/).at(-1) ?? question;
  const n = partsToAdd(clause)?.length;
  return n !== undefined && n >= 3 ? n : undefined;
}

/** Whether an answer (its kind and the figures it cites) can be the sum of `parts` listed parts. */
export function isSumOf(parts: number, answer: { type: string; citations: readonly unknown[] }): boolean {
  return answer.type === "derived" && answer.citations.length === parts;
}
