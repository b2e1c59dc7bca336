// The forms of a Chinese question, put in the words the question readers already know. Chinese
// marks what English marks by word order with particles and fixed frames: a yes/no question ends
// in 了没 or 没有 or asks X不X; a question word stands where its answer would (……在哪几个乡);
// "how many more than planned" is 比计划多多少; a share of the plan is 完成计划的N%. Each rule
// here rewrites one such frame, in general Chinese grammar, into the reading the rest of the
// engine has for it: a canonical Chinese form (吗, 是否, A还是B多), or the English cue phrase
// (how many more … than the plan, N% of the plan, what share, which …) beside the question's own
// Chinese words, which the glossary then translates as before. Numbers written in Chinese
// characters (两亿, 百分之一百零五) become digits, so a stated bound or input is read as a number.
// No rule names a topic: every pattern is made of function words, question words and numerals.
import { ZH_SET_ASIDE_VERBS } from "./set-aside.js";
import { ZH_UNITS } from "../knowledge/units.js";
import { listedParts, taggedWords } from "./zh-gloss.js";
import { partsToAdd, SUM_WORDS } from "./zh-sum.js";
import { AND_WRITTEN } from "./glossary.js";
import { countedFirst, countedOwner, headFirst, perUnitFirst, subjectFirst } from "./zh-head.js";
import { hideNounThan, restoreThan } from "./zh-than.js";
import { withoutPriorAction } from "./zh-after.js";

export { headFirst };

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a number in Chinese characters (一百零五 → 105, 两亿 → 200000000, 十二万 → 120000). */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in SMALL_UNIT) {
      section += (digit || 1) * SMALL_UNIT[c]!;
      digit = 0;
    } else if (c === "万") {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else if (c === "亿") {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}

const NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";
// After 百分之 any numeral is a percentage (百分之五, 百分之一百零五).
const PERCENT_WORDS = new RegExp(`百分之([${NUMERAL_CHARS}]+|\\d+(?:\\.\\d+)?)`, "g");
// Elsewhere a numeral is read only when it starts with a digit and has a magnitude (两亿, 三十万,
// 一千二百): a bare digit character is part of words (一共, 两项, 第一批, 三级), and a magnitude
// alone starts names (千企帮千村).
const NUMBER_WORDS = new RegExp(
  `[一二两三四五六七八九][${NUMERAL_CHARS}]*[十百千万亿][${NUMERAL_CHARS}]*`,
  "g",
);
// A fraction: 三分之一, 四分之三 (the denominator first), and 一半 (half).
const FRACTION = new RegExp(`([${NUMERAL_CHARS}]+|\\d+)分之([${NUMERAL_CHARS}]+|\\d+)`, "g");

const numberOf = (s: string) => (/^\d/.test(s) ? Number(s) : chineseNumeral(s));
const trimmed = (n: number) => String(Math.round(n * 100) / 100);

/** Numbers written in Chinese characters, as digits: 两亿元 → 200000000元, 百分之五十 → 50%, 三分之一 → 33.33%. */
export function chineseNumbers(text: string): string {
  return text
    .replace(PERCENT_WORDS, (all, n: string) => {
      const v = numberOf(n);
      return v === undefined ? all : `${trimmed(v)}%`;
    })
    .replace(FRACTION, (all, den: string, num: string) => {
      const d = numberOf(den);
      const n = numberOf(num);
      return d && n !== undefined ? `${trimmed((n / d) * 100)}%` : all;
    })
    .replace(/一半/g, "50%")
    .replace(NUMBER_WORDS, (all) => {
      const v = chineseNumeral(all);
      return v === undefined ? all : String(v);
    });
}

// Words for a plan: 计划 (plan), 任务 (task), 目标 (target), 预期 (what was expected), with the
// modifiers that say which plan (年度 annual, 全年 the whole year's, 原 / 原定 original, 总 overall).
// Two plan words may stand together as one (计划任务 "the planned task", 目标任务).
const PLAN = "(?:(?:年度|全年|原定|原|总|既定)的?)?(?:计划|任务|目标|预期){1,2}(?:数)?";
const NAMES_PLAN = new RegExp(PLAN);
/** Whether a Chinese question names a plan (a share of it asked: 占计划任务的百分之多少). */
export const namesPlanZh = (raw: string) => NAMES_PLAN.test(raw);
const MORE = "多|超|超出|超过|高";
const LESS = "少|低|差";
const HOW_MANY = "(?:多少|几)";
const PERCENT = String.raw`\d+(?:\.\d+)?%`;
// A question word: where it stands the sentence asks for something other than yes or no.
// A question word the frames below have already written in English (多少资金 → "how much 资金") still asks.
const QUESTION_WORD =
  /多少|几[个项户人次年万亿]?|哪|什么|谁|怎么|如何|何时|为什么|是否|吗|\bhow (?:much|many|large)\b/;

// "A比计划超出了百分之多少" asks by what percent A went beyond its plan: the share beyond the plan,
// as "A超出计划百分之多少" asks it, not whether A is more than a percentage (比 read as a comparison).
const PERCENT_OVER_PLAN = new RegExp(`比(${PLAN})(?:${MORE})(?:出|了)*(百分之${HOW_MANY})`, "g");

/** "A比计划多(了)多少": how far a result is from its plan, in the English the versus-plan reading knows. */
function versusPlan(text: string): string {
  return text
    .replace(PERCENT_OVER_PLAN, "超出$1$2")
    .replace(
      new RegExp(`比(${PLAN})(${MORE}|${LESS})(?:出|了)*${HOW_MANY}`, "g"),
      (_, plan: string, dir: string) =>
        ` how many ${new RegExp(`^(?:${LESS})$`).test(dir) ? "fewer" : "more"} than the ${plan} `,
    )
    .replace(
      new RegExp(`(?:超额完成|超出|超过)了?(${PLAN})?${HOW_MANY}`, "g"),
      (_, plan?: string) => ` how many beyond the ${plan ?? "计划"} `,
    );
}

// The year before, as the other side of a comparison: 上一年, 上年, 去年, 前一年 (with 同期, the same period).
const YEAR_BEFORE = /^(?:上一?年|去年|前一年|上年度)(?:同期)?$/;
// 增长/增加/提高 (grew) and 下降/减少 (fell) with 百分之多少 or 多少: the change asked for.
// A change may be net (净增, 净减: "a net increase of 793 yuan") and written with one character (增,
// 减, 降); one followed by 至 / 到 names the level reached ("增至", "降到"), not the change.
const CHANGE = "净?(?:增长|增加|提高|上升|下降|减少|[增减降](?![至到]))";
const FALL = /下降|减|降/;

// "A比B多(出/了)多少": the difference of two figures, A over B (or under it, with 少 / 低 / 小).
const ASKS = `(?:${HOW_MANY}|\\s*how (?:much|many)\\b)`;
const DIFFERENCE_FRAME = new RegExp(`^(.+?)比(.+?)(${MORE}|${LESS}|大|小)(?:出|了)*${ASKS}(.*)$`);
const FEWER_WORD = new RegExp(`^(?:${LESS}|小)$`);
// "A和B差多少", "A与B相差多少", "A和B之间的差距是多少": the gap between two figures, which names
// neither as the larger; English asks it as "the difference between A and B".
const GAP_FRAME = new RegExp(
  `^(.+?)(?:和|与|跟|同)(.+?)(?:之间)?的?(?:相差|差距|差额|差)了?(?:是|为|有)?${ASKS}(.*)$`,
);

/**
 * "A比B多(了)多少": the difference, asked the way English asks it ("how many more A than B"). Against
 * the year before (A比上一年多了多少, A比去年增长了百分之多少) it is A's change on the previous year,
 * which the reports state as such ("up 35.2%, 46.3 million Yuan more than the previous year").
 */
function difference(clause: string): string {
  return restoreThan(differenceOf(hideNounThan(clause)));
}
function differenceOf(clause: string): string {
  // 多少 may already read "how much" (多少钱 above).
  const change = new RegExp(`^(.+?)比(.+?)(${CHANGE})了?(百分之)?(${ASKS})(.*)$`).exec(clause);
  if (change && YEAR_BEFORE.test(change[2]!.trim())) {
    const [, what, , verb, percent, asked, rest] = change;
    // 增长 is growth, which Chinese states as a rate ("增长17.3%"), where 增加 adds an amount
    // ("增加4630万元"): 增长了多少 with no unit after it asks the rate.
    const rate = percent || (verb === "增长" && /多少|几/.test(asked!) && !/\p{Script=Han}/u.test(rest!));
    if (rate) return ` by what percent did ${what} grow over the previous year ${rest}`;
    const way = FALL.test(verb!) ? "decrease" : "increase";
    return ` how much did ${what} ${way} over the previous year ${rest}`;
  }
  const gap = GAP_FRAME.exec(clause);
  if (gap) return ` difference between ${headFirst(gap[1]!)} and ${headFirst(gap[2]!)} ${gap[3]}`;
  const m = DIFFERENCE_FRAME.exec(clause);
  if (!m) return clause;
  const [, a, b, dir, rest] = m;
  if (YEAR_BEFORE.test(b!.trim()))
    return ` how much did ${a} ${FEWER_WORD.test(dir!) ? "decrease" : "increase"} over the previous year ${rest}`;
  const word = FEWER_WORD.test(dir!) ? "fewer" : "more";
  return ` how many ${word} ${headFirst(a!)} than ${headFirst(b!)} ${rest}`;
}

/**
 * Which way a Chinese question asks the difference of two figures: "more" for A比B多多少 (A is the
 * larger), "fewer" for A比B少多少; undefined when it asks none, or asks a result against its plan
 * or a change on the year before, which are read elsewhere.
 */
export function differenceAsked(question: string): "more" | "fewer" | undefined {
  const clause =
    question
      .replace(/[？?。！!\s]+$/, "")
      .split(/[，,；;]/)
      .at(-1) ?? "";
  const m = DIFFERENCE_FRAME.exec(hideNounThan(clause));
  if (!m) return undefined;
  const other = m[2]!.trim();
  if (YEAR_BEFORE.test(other) || new RegExp(`^${PLAN}$`).test(other)) return undefined;
  return FEWER_WORD.test(m[3]!) ? "fewer" : "more";
}

/** The share of a plan a result reached, as the report writes it: "105% of the plan", "17% beyond the plan". */
function shareOfPlan(text: string): string {
  return text
    .replace(
      new RegExp(`(?:完成|达到)了?(${PLAN})?的?(${PERCENT})`, "g"),
      (_, plan: string | undefined, pct: string) => ` ${pct} of the ${plan ?? "计划"} `,
    )
    .replace(
      new RegExp(`比(${PLAN})(?:${MORE})(?:出|了)*(${PERCENT})`, "g"),
      (_, plan: string, pct: string) => ` ${pct} beyond the ${plan} `,
    )
    .replace(new RegExp(`超额(${PERCENT})`, "g"), (_, pct: string) => ` ${pct} beyond the 计划 `);
}

// "占(总数的)百分之多少", "占多大比例", "比例是多少": a share asked for; so is a bare 占(…的)多少 that
// ends the question ("中央资金占多少？", what part of the whole it makes up), where no measure word
// or noun after 多少 says what it counts (占地多少亩 asks an area).
const SHARE_ASKED = new RegExp(
  `占(?:了)?(?:[^，,。？?]{0,8}?的)?(?:百分之${HOW_MANY}|${HOW_MANY}(?:比例|比重|百分比)|多大(?:比例|比重)|几成|多少s*$)`,
  "g",
);

// A which-question asks with 哪 where the answer stands: ……的是哪三个村, 修了哪些工程. English puts
// "which counties" first, as the readers of names expect. A place or a time asked with 哪 (哪里,
// 哪年, 哪天) is no list of names.
const WHICH_AT_END =
  /(?:是|有)?(哪些|哪几|哪[一二两三四五六七八九十\d]+)(?:个|项|家|批|位|所|座|条|种)?(?![里儿年天月日时])(\p{Script=Han}{1,6}?)[啊呢呀吧嘛]*$/u;
function whichFirst(clause: string): string {
  const m = WHICH_AT_END.exec(clause);
  if (!m || m.index === 0 || COMPARED.test(m[2]!)) return clause;
  return `哪些${m[2]} ${clause.slice(0, m.index)}`;
}

// Yes/no asked by a particle the readers do not know: V了没(有), V没有 at the end, and the
// A-not-A form (完没完成, 够不够). Each becomes the 吗 / 是否 the Chinese form reader knows.
const NOT_YET_END = /(?:了)?没(?:有)?\s*([？?]?)\s*$/;
const A_NOT_A = /(\p{Script=Han})[没不]\1(\p{Script=Han})?/u;
function yesNo(clause: string): string {
  if (A_NOT_A.test(clause) && !/[多少几哪谁]/.test(clause.replace(A_NOT_A, "")))
    return clause.replace(A_NOT_A, (_, a: string, b?: string) => `是否${a}${b ?? ""}`);
  const rest = clause.replace(NOT_YET_END, "");
  if (rest !== clause && !QUESTION_WORD.test(rest)) return `${rest}吗${clause.match(NOT_YET_END)![1]}`;
  return clause;
}

// What remains: a how-many question whose verb is negated (还有多少户没有搬迁, 有几个村尚未通路,
// 未完工的项目有多少) counts those that have not (yet) done it, the whole less those that have; English
// asks it with "not yet", which the remainder reading knows. The negation is a word of its own (jieba
// keeps 未来 "future" and 没收 "confiscate" whole) standing before a Chinese word; 没有 at the end of
// a question is a yes/no particle (yesNo above), and one before a noun still says "without".
const NEGATION = /^(?:没有?|未|尚未|还没有?|还未|仍未|仍没有?|并未|从未)$/;
function notYet(clause: string): string {
  if (!/多少|几/.test(clause) || !/[没未]/.test(clause)) return clause;
  const words = taggedWords(clause);
  return words
    .map(({ word }, i) =>
      NEGATION.test(word) && /^\p{Script=Han}/u.test(words[i + 1]?.word ?? "") ? " not yet " : word,
    )
    .join("");
}

// 还有多少 / 还有几 with no negation after it asks how many there still are (贫困人口还有多少 "how many
// poor people remain"): what is left of a stock at the time asked, the "remaining" of English. Read
// with the dictionary (CC-CEDICT: "there still remain(s)") it put "still" beside "remain" in the
// question, a second rare topic word for one idea, which the figure's sentence ("the remaining poor
// people") does not write, so the figure fell below the coverage an answer needs. Set before the
// question word, "remaining" names the stock and asks no computation (a remainder is asked after
// "how many"). A negated verb after it asks what remains, the whole less a part: notYet above, which
// runs first.
const STILL_THERE = /还有(?=\s*(?:多少|几))/g;
function stillThere(clause: string): string {
  return clause.includes("not yet") ? clause : clause.replace(STILL_THERE, " remaining ");
}

// 人 after a number is the measure word for people, whatever kind of people: "专家超过400人" is
// "more than 400 experts", as English says it. Read as "400 people" the bound asked for a figure of
// people (the poor people a programme reached) rather than of the experts the clause names. A noun
// that names a kind of person ends in a person suffix (专家, 技术员, 教师, 学员, 农民工, 志愿者, 护士):
// there the bound counts that noun; any other noun (贫困人口, 群众) is counted as people still.
const BOUND_IN_PEOPLE =
  /(?:超过|超出|多于|高于|不少于|不低于|少于|低于|不到|不足|达到|达)了?\s*\d+(?:\.\d+)?\s*[万亿]?\s*(人)/gu;
const PERSON_SUFFIX = /[家员师生工者士]$/;
const BETWEEN_NOUN_AND_BOUND = /^(?:d|v|p|r|ul|uj)$/;
function peopleByNoun(clause: string): string {
  const bounds = [...clause.matchAll(BOUND_IN_PEOPLE)];
  if (bounds.length === 0) return clause;
  const words: { word: string; end: number; tag: string }[] = [];
  let end = 0;
  for (const { word, tag } of taggedWords(clause)) {
    end += word.length;
    words.push({ word, tag, end });
  }
  let out = clause;
  for (const m of bounds.reverse()) {
    // The noun the bound is said of: the last noun before it, past adverbs and 是否 / 有 / 已经.
    let i = words.findLastIndex((w) => w.end <= m.index);
    while (i >= 0 && !words[i]!.tag.startsWith("n") && BETWEEN_NOUN_AND_BOUND.test(words[i]!.tag)) i--;
    const noun = words[i];
    if (!noun?.tag.startsWith("n") || !PERSON_SUFFIX.test(noun.word)) continue;
    const at = m.index + m[0].length - 1;
    out = `${out.slice(0, at)} ${noun.word}${out.slice(at + 1)}`;
  }
  return out;
}

// "全部/全都/所有" in a yes/no question about a number the question states: all of them ("all 251").
const ALL_WORD = /全部|全都|所有|是否都|是不是都/;
const STATED_COUNT = /(?<![\d.])(\d+)(?=\s*(?:个|户|人|家|项|所|座|条)?\p{Script=Han})/u;
function allOfStated(clause: string, yes: boolean): string {
  if (!yes || !ALL_WORD.test(clause)) return clause;
  const m = STATED_COUNT.exec(clause);
  if (!m || /^(?:19|20)\d\d$/.test(m[1]!)) return clause;
  return `${clause.slice(0, m.index)} all ${clause.slice(m.index)}`;
}

// "A多还是B多" (which is more, A or B) in the order the comparison reader knows: "A还是B多". The
// measure between the question word and the comparative ("谁的人数更多", "哪个涨得更快") says
// what both sides are measured by; the reader needs the question word next to the comparative.
const COMPARATIVE = "多|少|大|小|高|低";
// 哪一个更高: what follows "which one" is a comparative, so the clause weighs sides (whichIsMore
// reads it), not a list of names asked for.
const COMPARED = new RegExp(`^(?:更|比较|最)?(?:${COMPARATIVE})`);
function whichIsMore(clause: string): string {
  return clause
    .replace(new RegExp(`^(.+?)(${COMPARATIVE})还是(.+?)\\2`), "$1还是$3$2")
    .replace(
      new RegExp(
        `(哪个|哪一个|哪项|谁)(?:的\\p{Script=Han}{1,4}?|\\p{Script=Han}{1,2}得)(更|比较)?(${COMPARATIVE})`,
        "u",
      ),
      "$1$2$3",
    );
}

// "A和B相比，哪个的户均增收更高": the measure after the question word (户均增收) is what both sides are
// compared by, as English says "which had the higher income growth per household, A or B". The
// comparison reader takes each side's words to find its figure; the measure stood only beside the
// question word, which whichIsMore drops to bring the comparative next to it, so each side was the
// programme alone, and its largest figure was compared. The measure goes onto each side: "A的户均增收
// 和B的户均增收相比，哪个更高".
const MEASURED_SIDES = new RegExp(
  `^(.+?)(和|与|跟)(.+?)(相比)?([，,]?)\\s*(哪个|哪一个|哪项|谁)(?:的)?(\\p{Script=Han}{2,8}?)(更|比较)?(${COMPARATIVE})([啊呢呀]?)$`,
  "u",
);
function measureOnBothSides(lead: string, clause: string): [string, string] {
  const whole = `${lead}${clause}`.trim();
  const m = MEASURED_SIDES.exec(whole);
  if (!m || /[，,]/.test(m[1]! + m[3]!)) return [lead, clause];
  const [, a, and, b, versus = "", , which, measure, more = "", comparative] = m;
  const of = measure!.includes("的") ? "" : "的";
  return ["", `${a}${of}${measure}${and}${b}${of}${measure}${versus}，${which}${more}${comparative}`];
}

// "那4200万里", "这100户中": an amount the question states, then 里 / 中 (within it), is the whole
// the question asks a part of, as English says "of the 42 million".
const OF_STATED = /(\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:元|户|人|个|项)?)(?:里面|之中|当中|里|中)/g;
// A lead clause that sets something aside ("去掉省里出的，", "除了X以外，") names what is not asked:
// its words are not searched for the answer, which the clause after it asks (set-aside.ts reads
// which part it sets aside).
const SET_ASIDE = new RegExp(
  `[，,]?\\s*(?:${ZH_SET_ASIDE_VERBS})[^，,。？?]{1,12}?(?:的部分|部分|以外|之外)?[，,]`,
  "g",
);
// In a question that sets a part aside, the words for all of it (总投资, 一共, 合计) name the whole
// the part is taken from: what is asked is a part of it, not figures added up.
const WHOLE_WORDS = /总共|总计|合计|一共|共计|总(?=投资|投入|资金|金额|额)/g;
// 一共 / 总共 / 共计 / 合计 / 总计 before the verb of a clause that names one thing ("X一共修了多少座桥")
// says "in all" of that thing: English "in total" after a single figure, which only stresses it. It
// asks figures added up only when the clause names several things to add (A和B, A、B、C, A加B).
const IN_ALL =
  /(?:一共|总共|共计|合计|总计)(?=\s*(?:\p{Script=Han}{1,3}?了?|有|是|为)?\s*(?:多少|几|(?:put in )?how (?:many|much)))/gu;
// Where parts are added (加起来, 一共, 合计 …), the parts the clause lists (A和B, A、B、C: zh-sum.ts)
// are the sides the sum reader takes, joined the English way, "A and B … combined" (the glossary drops
// 和 as a function word, and gives 一共 as "total", which English also uses for one stated figure).
// A list (A和B, A、B, in brackets too) or a counted plural (两批, 四个县) names several things, for
// which 一共 asks them added up (or the group's own total): only a clause naming one thing drops it.
const COUNTED_PLURAL = /[两二三四五六七八九十\d]+\s*(?:个|批|项|家|所|座|类|种|户|村|县)/u;
// 各类 / 各项 / 各种 / 各级 ("every kind of", "each level of") before a noun names all its kinds at
// once: 各类扶贫资金总共 asks the total of every kind, which the report states as one total.
const EVERY_KIND = /各(?:类|项|种|级|个|方面)/u;
const namesSeveral = (text: string) =>
  COUNTED_PLURAL.test(text) ||
  EVERY_KIND.test(text) ||
  listedParts(text.replace(/[（()）]/g, "、")).length >= 2;
/**
 * Parts joined as English lists them: "A and B", and three or more "A, B, and C". Joined by "and"
 * alone, three parts read as two sides ("A and B and C" is A beside "B and C", where a part may hold
 * an "and" of its own, 市县 "city and county"), so the sum rested on two figures and was refused as
 * no sum of the three listed (zh-sum.ts); with commas the sum reader takes every part.
 */
export function listedTheEnglishWay(parts: readonly string[]): string {
  if (parts.length <= 2) return parts.join(AND_WRITTEN);
  return `${parts.slice(0, -1).join(", ")},${AND_WRITTEN}${parts.at(-1)}`;
}
/**
 * "A加上B，一共是多少钱": an asking clause that opens with its sum word lists no parts of its own;
 * Chinese states the parts first, as the topic, and asks about them after the comma. The clause
 * before it, when it lists parts to add, is then part of the asking clause, not a given lead-in.
 */
function partsBeforeSum(lead: string, clause: string): [string, string] {
  const at = clause.search(SUM_WORDS);
  if (at < 0 || /\p{Script=Han}/u.test(clause.slice(0, at))) return [lead, clause];
  const body = lead.replace(/[，,]\s*$/, "");
  const cut = Math.max(body.lastIndexOf("，"), body.lastIndexOf(","));
  const topic = body.slice(cut + 1);
  if (!topic.trim() || !partsToAdd(`${topic}${clause}`)) return [lead, clause];
  return [body.slice(0, cut + 1), `${topic}${clause}`];
}
function partsJoined(clause: string): string | undefined {
  const parts = partsToAdd(clause);
  if (!parts) return undefined;
  const at = clause.search(SUM_WORDS);
  return `${listedTheEnglishWay(parts)} combined ${clause.slice(at).replace(SUM_WORDS, "")}`;
}
// 多少 / 几 before a measure word counts the things that measure word counts: 多少期 (issues), 多少户
// (households), 几批 (batches). The measure words are the ones replies write for each count unit
// (units.ts), read backwards. One of several characters (个村, 座桥梁) holds its noun, and counts
// that noun only where the noun ends there: 多少个项目村 counts villages, not projects.
const MEASURED = Object.entries(ZH_UNITS).filter(
  ([en, zh]) => /^[a-z ]+$/i.test(en) && /^\p{Script=Han}+$/u.test(zh),
);
const MEASURE_ASKED = new RegExp(
  `(?:多少|几)(${MEASURED.map(([, zh]) => zh)
    .sort((a, b) => b.length - a.length)
    .map((zh) => (zh.length > 1 ? `${zh}(?!\\p{Script=Han})` : zh))
    .join("|")})`,
  "gu",
);
const unitOfMeasure = new Map<string, string>();
for (const [en, zh] of MEASURED) if (!unitOfMeasure.has(zh)) unitOfMeasure.set(zh, en);
// 多少 after a verb of giving or spending asks an amount of money: 出了多少, 投了多少, 花了多少 (多出多少
// and 超出多少 ask a difference).
const GAVE_HOW_MUCH = /(?<![多超少高])(?:拿出|出|投|给|花|拨)了?多少(?:钱)?(?![\p{Script=Han}])/gu;
// 多少 after a verb of raising money (筹, 自筹, 筹集, 募集) asks how much was raised: the reports write
// money a group raised itself as "raised by …", not as money put in.
const RAISED_HOW_MUCH = /(?:自筹|筹集|筹措|募集|募捐|筹)了?多少(?:钱)?(?![\p{Script=Han}])/gu;

// The English these two frames write: a clause asking what was given, spent or raised asks an
// amount of money (what a verb of giving hands over), whatever else the clause names. The question
// reader takes the figure's kind from it (understand.ts); "how much" alone also reads an area or a
// count, and 多少钱's 钱 is gone with the frame, so the kind asked was lost and a count of the
// programme named (its villages) stood in for its money.
export const MONEY_FRAME = /\b(?:put in|raised) how much\b/;

// 价值多少 / 值多少 ("worth how much") asks what something is worth, an amount of money; read word
// by word, 价值 "value" says only that a figure is asked (a quantity noun), and 多少 counted.
const WORTH_HOW_MUCH = /(?:价值|值)(?:是|为)?多少(?:钱|元)?(?![\p{Script=Han}])/gu;

// (有)多大 asks how large a thing is (规模有多大, "how large is the fund"), as English "how large"
// asks an amount or an area; read character by character it was 多 "many" and 大 "big", no question
// at all, and the question asked for no kind of figure. 多大比例 / 多大比重 ask a share (SHARE_ASKED).
const HOW_LARGE = /(?:有)?多大(?!比例|比重)(?![\p{Script=Han}])/gu;

// Chinese nouns of money: what an amount of Yuan measures (资金, 钱, 经费, 款, 金额, 收入).
const MONEY_NOUN = "资金|钱|经费|款项|款|金额|收入";
// 多少 before a noun of money asks how much, not how many: 多少扶持资金.
const HOW_MUCH_MONEY = new RegExp(`多少(\\p{Script=Han}{0,4}?(?:${MONEY_NOUN}))`, "gu");
// So does 多少 after one, the subject of a copula: 农民人均纯收入是多少, 扶贫资金有多少. (Read as
// "how many", the question also asked a count, and a count of the places the income was of, "29 key
// counties", answered it.) A measure word after 多少 (多少个) counts, and is read elsewhere.
const MONEY_IS_HOW_MUCH = new RegExp(
  `(${MONEY_NOUN})(是|为|有|共有)?多少(?![个户人项村名家所条座批次期])`,
  "gu",
);

// "整村推进的钱，A和B哪个大": a short lead phrase before a comparison of two sides says what both are
// part of; the comparison reader takes everything before 和 as the first side, so the phrase is put
// before each side instead. A clause ending in 多少 asks how much of one thing (中央和省级财政安排了
// 多少): its 少 is the question word's, no comparative, and the lead stays a lead.
const TWO_SIDES = new RegExp(
  `^(.+?)(和|与|跟|还是)(.+?)(?=(?:相比)?[，,]?\\s*(?:哪个|哪一个|哪项|谁)|(?:更|比较)?(?:${COMPARATIVE})$(?<!多少))`,
);
function frameOnBothSides(lead: string, clause: string): [string, string] {
  const frame = lead.replace(/[，,]\s*$/, "").trim();
  if (!frame || frame.length > 12 || /[\d，,]/.test(frame) || !TWO_SIDES.test(clause)) return [lead, clause];
  return ["", clause.replace(TWO_SIDES, `${frame} $1$2${frame} $3`)];
}

// 每 before a measure word (每个村, 每一个项目, 每所学校) says "each" of the noun after it, as English
// "each village" says it, which the average reader takes as what an amount is divided by. jieba
// tags 每个 a pronoun, a grammatical word, so the "each" was lost and the total was given. 每户 and
// 每人 are in the glossary already; 每年 and 每月 say how often, not of what.
const EACH = /每(?:一)?(?:个|位|名|座|所|家|条|项)(?=\p{Script=Han})/gu;

// 几 after a demonstrative (那几个县 "those few counties", 这几项) says "several", as 那些 does, and
// asks nothing; read as 几个 "how many" it made a lead that names a group the asking clause.
const THOSE_FEW = /([这那])几(?:个|位|名|座|所|家|条|项|批)?(?=\p{Script=Han})/gu;

// "在扶贫宣传方面印发了多少期": 在……方面 (in the respect of …) frames what a clause is about, as
// 在……上 and 在……中 do; 方面 names no thing of its own. Glossed word by word it stood in the question
// as "field", a topic no figure has, and counted against the match of the very figure asked.
// The frame without 在 opens a question as its topic, before the comma: "互助资金试点方面，中央…".
const AS_REGARDS = /在(\p{Script=Han}{1,12}?)方面|(?<=^|[，,。])(\p{Script=Han}{1,12}?)方面(?=\s*[，,])/gu;

/**
 * A remark after the asking clause ("哪个户均增收更高啊，感觉差不多"): a last clause that asks
 * nothing (no question word, no yes/no form) after one that asks is said beside the question, not
 * asked. Read as the asking clause, it left the comparison before it unread. One that states a
 * figure gives it, and goes before the question, where what a question gives stands (as a statement
 * after the question mark does); one without is the asker's aside, and is dropped (before the
 * question it stood as a frame of both sides of a comparison).
 */
function remarkFirst(q: string): string {
  const cut = Math.max(q.lastIndexOf("，"), q.lastIndexOf(","));
  if (cut < 0) return q;
  const remark = q.slice(cut + 1).trim();
  const asking = q.slice(0, cut);
  if (!remark || asksSomething(remark) || !asksSomething(asking.split(/[，,]/).at(-1)!)) return q;
  return /\d/.test(remark) ? `${remark}，${asking}` : asking;
}
const asksSomething = (clause: string) =>
  QUESTION_WORD.test(clause) || NOT_YET_END.test(clause) || A_NOT_A.test(clause) || /呢\s*$/.test(clause);

/**
 * A Chinese question in the forms the engine reads (see the file's head); text without Chinese is
 * returned unchanged. A statement that follows the question ("……完成了没？年度计划是20万人") is
 * what the question gives, and goes before it, as English puts a given lead-in.
 */
export function chineseForms(text: string, namesProgramme?: (zh: string) => boolean): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  let q = chineseNumbers(withoutPriorAction(text, namesProgramme))
    .replace(OF_STATED, (_, n: string) => ` of the ${n}`)
    .replace(THOSE_FEW, "$1些")
    .replace(EACH, " each ")
    .replace(AS_REGARDS, (_, framed?: string, topic?: string) => framed ?? topic ?? "");
  const setAside = q.replace(SET_ASIDE, "，");
  if (setAside !== q) q = setAside.replace(WHOLE_WORDS, "");
  q = q
    .replace(RAISED_HOW_MUCH, " raised how much ")
    .replace(GAVE_HOW_MUCH, " put in how much ")
    .replace(WORTH_HOW_MUCH, " worth how much ")
    .replace(HOW_LARGE, " how large ")
    .replace(HOW_MUCH_MONEY, " how much $1")
    .replace(MONEY_IS_HOW_MUCH, (_, noun: string, copula?: string) => `${noun}${copula ?? ""} how much `);
  const parts = q.split(/(?<=[？?])/);
  if (parts.length === 2 && parts[1]!.trim() && !QUESTION_WORD.test(parts[1]!))
    q = `${parts[1]!.trim().replace(/[。.!！]+$/, "")}，${parts[0]!.trim()}`;
  q = q.replace(/[？?]\s*$/, "");
  q = remarkFirst(q);
  // The asking clause is the last; what comes before it is given.
  const cut = Math.max(q.lastIndexOf("，"), q.lastIndexOf(","));
  let lead = cut >= 0 ? q.slice(0, cut + 1) : "";
  let clause = cut >= 0 ? q.slice(cut + 1) : q;
  [lead, clause] = partsBeforeSum(lead, clause);
  const joined = partsJoined(clause);
  if (joined) clause = joined;
  else if (!namesSeveral(`${lead}${clause}`)) clause = clause.replace(IN_ALL, "");
  clause = yesNo(clause);
  const yes = /吗$|是否|是不是|有没有|能否/.test(clause);
  if (!yes) clause = stillThere(notYet(clause));
  else clause = peopleByNoun(clause);
  clause = allOfStated(clause, yes);
  [lead, clause] = measureOnBothSides(lead, clause);
  clause = whichIsMore(clause);
  [lead, clause] = frameOnBothSides(lead, clause);
  clause = versusPlan(clause);
  clause = difference(clause);
  clause = whichFirst(clause);
  // A plain how-much clause left after every frame above puts what it measures first (zh-head.ts).
  if (!yes) {
    // A measure per unit (户均增收) or a count with its noun last (多少个项目村) names what it
    // measures first, as the subject of the clause does (zh-head.ts).
    let read = subjectFirst(clause, namesProgramme);
    if (read === clause) read = perUnitFirst(clause);
    if (read === clause) read = countedFirst(clause);
    if (read === clause) read = countedOwner(clause);
    clause = read;
  }
  // What is still asked with 多少 + a measure word after the frames above counts that word's unit.
  return `${shareOfPlan(lead)}${shareOfPlan(clause).replace(SHARE_ASKED, " what share ")}？`
    .replace(MEASURE_ASKED, (_, zh: string) => ` how many ${unitOfMeasure.get(zh)} `)
    .replace(/\s+/g, " ")
    .trim();
}
