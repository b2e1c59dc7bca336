// A Chinese question typed with the input method in half-width mode carries ASCII punctuation
// ("整村推进项目里,中央和省级财政一共投了多少钱?"). The readers of Chinese forms know the full-width
// marks (a topic closed by "，", clauses split at "，" or "；"), and the translation drops those, while
// an ASCII comma was kept as if the forms had written it between listed parts ("A, B and C"), so the
// topic before it read as one more part to add. A mark with a Chinese character on either side is
// the full-width one its writer meant; a comma inside a number ("1,000") has digits on both sides.
const FULL_WIDTH: Record<string, string> = {
  ",": "，",
  "?": "？",
  "!": "！",
  ";": "；",
  ":": "：",
  "(": "（",
  ")": "）",
};
const HALF_WIDTH_BESIDE_HAN = /(?<=\p{Script=Han}\s*)[,?!;:()]|[,?!;:()](?=\s*\p{Script=Han})/gu;

/** The question with each ASCII punctuation mark beside a Chinese character written full-width. */
export function fullWidthPunctuation(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  return text.replace(HALF_WIDTH_BESIDE_HAN, (mark) => FULL_WIDTH[mark]!);
}
