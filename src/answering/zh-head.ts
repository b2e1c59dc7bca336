// What a Chinese how-much question measures. Chinese puts the thing measured before the question
// word, as the subject of 有 / 是 / 为 ("社会扶贫资金有多少", "小额信贷的户均增收是多少元") or of the
// verb of giving ("中央财政投入了多少钱"), and within that noun phrase puts its head last, after its
// last 的. English puts it right after "how much" ("how much social poverty alleviation funds …"),
// where the question reader takes the head phrase, the words a figure's label must name: the
// source (central government), the kind (social funds), the measure (income growth per household).
// Read in Chinese order the subject was a word among the section's words, and the first money
// figure of the section, the total, outranked the part the question names. This rewrites the
// asking clause into the English order; the subject's Chinese words stay for the glossary.
import { PLAN_ASKED } from "./plan-words.js";
import { glossWord, taggedWords } from "./zh-gloss.js";
import { SUM_WORDS } from "./zh-sum.js";

// The asking clause ends in 多少 (or the "how much" an earlier frame wrote for it), then at most a
// word for money, which says the amount is money and names nothing else.
const ASKED_AT_END =
  /^([^A-Za-z]*?)\s*(?:多少|((?:put in |raised )?how much))\s*(钱|元|万元|亿元|\p{Script=Han}{0,4}?(?:资金|经费|款项|款|金额))?\s*$/u;
// A copula between the subject and the question word: "X有多少", "X是多少", "X为多少".
const COPULA = /^(?:有|是|为|共有)$/;
// jieba's tags that end the subject going back from the verb: numbers and years (m), times (t),
// measure words (q), punctuation (w), localizers (f: 中, 里 after a whole say "of it": the whole
// is given, the part after it is asked), pronouns (r), particles other than 的, modal particles,
// interjections and onomatopoeia. A Han run jieba does not know (x) is a word, kept.
const ENDS_SUBJECT = /^(?:m|t|q|w|f|r[a-z]*|ul|uz|ug|uv|ud|y|e|o)$/;
// 比 makes a comparison, whose sides other frames read.
const COMPARES = /^(?:比|较)$/;

type Tagged = { word: string; tag: string };

/**
 * jieba joins a noun and the verb after it into one abbreviation (财政投入, "fiscal input"): when no
 * verb stands before the question word, the last word's longest ending that jieba reads as a verb
 * of its own is the verb, and the rest the end of the subject.
 */
function splitVerbOff(words: Tagged[], end: number): boolean {
  const last = words[end - 1];
  if (!last || /^v/.test(last.tag)) return false;
  const chars = [...last.word];
  for (let i = 1; i < chars.length; i++) {
    const verb = chars.slice(i).join("");
    const read = taggedWords(verb);
    if (read.length === 1 && /^v/.test(read[0]!.tag) && read[0]!.tag !== "vn") {
      words.splice(end - 1, 1, { word: chars.slice(0, i).join(""), tag: "n" }, { word: verb, tag: "v" });
      return true;
    }
  }
  return false;
}

/**
 * One side of a difference with its head first. A Chinese noun phrase puts what it names last,
 * after its last 的, and what qualifies it before ("2011年的计划投资" is the planned investment of
 * 2011); English puts the head first ("planned investment of 2011"), where the question reader
 * finds what is measured. Read the Chinese way, the qualifier's words (a programme's name) stood
 * where the head stands and picked the figure of that programme that is not the one measured.
 */
export function headFirst(side: string): string {
  const at = side.lastIndexOf("的");
  if (at <= 0 || at === side.length - 1) return side;
  return `${side.slice(at + 1).trim()} of ${side.slice(0, at).trim()}`;
}

/**
 * The subject with its head first when what qualifies the head is a noun phrase ("小额信贷的户均增收":
 * income growth per household of the small loans): the qualifier names the programme, the head
 * the figure. A qualifier with a verb after its own subject is a relative clause ("广东省提供的援建
 * 资金", the funds Guangdong provided; "安徽投入的社会扶贫资金", Anhui's social funds): what it names
 * may pick the figure (a giver) or only the scope (the province), which word order cannot tell, so
 * such a subject gets no head (undefined) and the clause is read as before. Before a copula
 * ("省级财政安排的扶贫预算是多少") the clause says the head is the amount asked, whoever gave it: the
 * head goes first and the relative clause after it, still searched with ("budget of provincial
 * finance arranged"); read in Chinese order its words outweighed the head's.
 */
function namedFirst(subject: string, copula: boolean): string | undefined {
  const at = subject.lastIndexOf("的");
  if (at <= 0) return subject;
  // A verb after a noun is a clause (giver, verb); a verb first is a modifier (扶贫小额信贷).
  const words = taggedWords(subject.slice(0, at));
  const relative = words.some(
    (w, i) => i > 0 && /^v/.test(w.tag) && w.tag !== "vn" && /^n/.test(words[i - 1]!.tag),
  );
  return relative && !copula ? undefined : headFirst(subject);
}

/**
 * Whether the subject words[start, end) end in a plan noun after another noun ("整合资金计划", the
 * integrated funds' plan; "中央彩票公益金计划投入", the central lottery fund planned to put in). Chinese
 * puts the plan noun last, as the head, but what it names is the noun before it, planned: English
 * writes "the planned integrated funds", and the question reader takes the plan from "planned"
 * wherever it stands. Left as the head, "plan" picked the breakdown's planned total over the part
 * whose noun the question names. The plan word is known by its English (plan-words.ts).
 */
// A common noun before the plan word: after a name (雨露 nr + 计划) the plan is the programme's name.
const COMMON_NOUN = /^(?:n|vn)$/;
function planLast(words: Tagged[], start: number, end: number): boolean {
  const last = words[end - 1];
  const before = words[end - 2];
  if (!last || !before || end - 2 < start || !/^n/.test(last.tag) || !COMMON_NOUN.test(before.tag))
    return false;
  return PLAN_ASKED.test(glossWord(last.word, last.tag).toLowerCase());
}

// A result complement after a one-character verb (贷到, 修完, 建成) is part of that verb.
const COMPLEMENT = /^(?:到|完|成|好|出|上|下|给)$/;
// Other readings own these clauses: a share (占百分之多少, 比例), an average per unit (每户, 平均).
const READ_ELSEWHERE = /百分|比例|比重|占|每|平均/;

/**
 * The asking clause with its subject named first, as English asks "what <subject> is …", so the
 * question reader takes the subject as the head phrase. What the clause said before the subject
 * (a year, a place) follows the head, where it is still searched with; the question
 * word and what follows it stay as written (多少 reads "how many" or "how much" as before). The
 * clause is returned unchanged when it does not end in a bare 多少 (or an earlier frame's "how
 * much") or has no subject before it.
 */
export function subjectFirst(clause: string, namesProgramme?: (zh: string) => boolean): string {
  const m = ASKED_AT_END.exec(clause);
  if (!m || READ_ELSEWHERE.test(clause)) return clause;
  const [, before, asked, money] = m;
  const words = taggedWords(before!);
  let end = words.length;
  const tail: string[] = [];
  const pop = (test: (w: Tagged) => boolean) => {
    if (end === 0 || !test(words[end - 1]!)) return false;
    tail.unshift(words[--end]!.word);
    return true;
  };
  const verb = (w: Tagged) => /^v/.test(w.tag) && w.tag !== "vn";
  pop((w) => w.word === "了");
  // A copula says only that the subject is the amount: English has its own "is". A verb an
  // earlier frame wrote in English ("put in how much") leaves the Chinese before it all subject.
  const copula = end > 0 && COPULA.test(words[end - 1]!.word);
  const measured = copula ? undefined : measureLast(words, end, m);
  if (measured) return measured;
  if (copula) end--;
  else {
    // A verb an earlier frame wrote in English (投了多少 "put in how much") leaves the Chinese
    // before it all subject: a programme named there (易地扶贫搬迁投了多少钱) is what the money went
    // into, as before a Chinese verb of giving; anything else is read as written.
    if (/[a-z] how much$/.test(asked ?? "")) {
      while (end > 0 && words[end - 1]!.tag === "d") end--;
      return programmeFirst(words, end, [], m, namesProgramme) ?? clause;
    }
    if (splitVerbOff(words, end)) end++;
    if (!pop(verb)) return clause;
    if (COMPLEMENT.test(tail[0]!)) pop((w) => verb(w) && [...w.word].length === 1);
    pop((w) => w.tag === "d");
    // The subject of a verb of giving is the giver when it is a noun (中央财政投入了多少: funds
    // from the central government); an action (整村推进, 扶贫搬迁) is what the money went into.
    if (end === 0 || !/^(?:n|j)/.test(words[end - 1]!.tag))
      return programmeFirst(words, end, tail, m, namesProgramme) ?? clause;
  }
  let start = end;
  while (start > 0) {
    const w = words[start - 1]!;
    if (COMPARES.test(w.word) || (ENDS_SUBJECT.test(w.tag) && w.tag !== "x")) break;
    start--;
  }
  if (planLast(words, start, end)) tail.unshift(words[--end]!.word);
  const subject = words
    .slice(start, end)
    .map((w) => w.word)
    .join("")
    .trim();
  if (!/\p{Script=Han}/u.test(subject)) return clause;
  const head = namedFirst(subject, copula);
  if (head === undefined) return clause;
  const lead = words
    .slice(0, start)
    .map((w) => w.word)
    .join("");
  return `what ${head} is ${lead} ${tail.join("")} ${asked ?? "多少"} ${money ?? ""}`
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A subject that ends in a verbal noun right before the question word, with no copula ("项目计划投资多少",
 * the projects' planned investment, how much): Chinese may leave out 是 before 多少, and the verbal
 * noun (投资 vn, "investment") is then the measure asked, with a plan noun before it as its modifier
 * ("planned investment"); the nouns before them name whose. English writes the measure first ("what
 * planned investment of the projects is …"), as it does for "…的计划投资是多少"; read in Chinese order
 * the owner's words outweighed the measure, and a figure of the same programme that is no investment
 * ranked first. Undefined when the clause does not end so.
 */
function measureLast(words: Tagged[], end: number, asking: RegExpExecArray): string | undefined {
  const [, , asked, money] = asking;
  if (end === 0 || words[end - 1]!.tag !== "vn" || /[a-z] how much$/.test(asked ?? "")) return undefined;
  let start = end - 1;
  const before = words[start - 1];
  if (before && /^n/.test(before.tag) && PLAN_ASKED.test(glossWord(before.word, before.tag).toLowerCase()))
    start--;
  let from = start;
  while (from > 0) {
    const w = words[from - 1]!;
    if (COMPARES.test(w.word) || (ENDS_SUBJECT.test(w.tag) && w.tag !== "x")) break;
    from--;
  }
  const join = (a: number, b: number) =>
    words
      .slice(a, b)
      .map((w) => w.word)
      .join("")
      .trim();
  const owner = join(from, start);
  if (!/\p{Script=Han}/u.test(owner)) return undefined;
  return `what ${join(start, end)} of ${owner} is ${join(0, from)} ${asked ?? "多少"} ${money ?? ""}`
    .replace(/\s+/g, " ")
    .trim();
}

// The words of an action named as a subject: verbs, verbal nouns and Han runs jieba does not know
// (整村 x + 推进 v, 扶贫 v + 搬迁 v).
const ACTION_TAG = /^(?:v|vn|x)$/;

/**
 * An action before a verb of giving that names one of the report's programmes (扶贫搬迁投入了多少
 * 资金: how much went into relocation) asks for what went into that programme as a whole: its
 * total, the way the report states a programme's money ("a total of N was invested in …", its
 * parts after). The action is put first as the head, with "total" before the verb. An action that
 * names no programme (or no test given) is left to be read as before: undefined.
 */
function programmeFirst(
  words: Tagged[],
  end: number,
  tail: string[],
  asking: RegExpExecArray,
  namesProgramme: ((zh: string) => boolean) | undefined,
): string | undefined {
  if (!namesProgramme) return undefined;
  let start = end;
  while (
    start > 0 &&
    ACTION_TAG.test(words[start - 1]!.tag) &&
    /\p{Script=Han}/u.test(words[start - 1]!.word)
  )
    start--;
  const action = words
    .slice(start, end)
    .map((w) => w.word)
    .join("");
  if (start === end || !namesProgramme(action)) return undefined;
  const lead = words
    .slice(0, start)
    .map((w) => w.word)
    .join("");
  const [, , asked, money] = asking;
  return `what ${action} is ${lead} total ${tail.join("")} ${asked ?? "多少"} ${money ?? ""}`
    .replace(/\s+/g, " ")
    .trim();
}

// jieba's tags of the counted noun phrase after 多少 / 几: nouns of any kind (n, nr, ns, nz …),
// abbreviations (j), Han runs its dictionary lacks (x) and bound morphemes (ng, zg …: 项目村 comes
// as 项目 n + 村 zg), which are pieces of a word with their neighbours; measure words (q)
// and numerals (m: 多少个 may come as 多少 + 个 or as one word) go between the question word and
// the noun.
const NOUN_OR_RUN = /^(?:n[a-z]*|j|x|[a-z]g)$/;
const MEASURE_OR_NUMERAL = /^(?:q|m)$/;

/**
 * A count asked with the noun last ("外资扶贫项目有多少个项目村", "铺设了多少公里管道") names what it
 * counts right after its question word, as English does ("how many project villages …"), but ends
 * there: English writes the verb after that noun ("… did the project have"), which is where the
 * question reader finds the end of the head phrase, the thing whose figure is asked. With the
 * noun last nothing ended it and the head went unread, so a figure of the programme the question
 * names first outranked the count of the thing asked. The question word, its measure word and the
 * noun are put first and "did" after them, where English has its auxiliary; what stood before
 * follows. A bare measure noun (多少人, 多少户) is a unit, no head, and a noun without a measure word
 * (多少贫困人口) an amount: the clause is returned unchanged, as it is when it does not end in such
 * a count or a share or an average per unit reads it.
 */
export function countedFirst(clause: string): string {
  // A count still asked "in all" after the forms before (两批…一共涉及多少个贫困村) adds up several
  // parts, each of which has its own count: the noun names no one figure to weigh as the head.
  if (READ_ELSEWHERE.test(clause) || clause.search(SUM_WORDS) >= 0) return clause;
  const words = taggedWords(clause.trim());
  let at = words.length;
  while (at > 0 && NOUN_OR_RUN.test(words[at - 1]!.tag) && /^\p{Script=Han}+$/u.test(words[at - 1]!.word))
    at--;
  const noun = words
    .slice(at)
    .map((w) => w.word)
    .join("");
  if ([...noun].length < 2) return clause;
  let ask = at;
  while (
    ask > 0 &&
    MEASURE_OR_NUMERAL.test(words[ask - 1]!.tag) &&
    !/^(?:多少|几)/.test(words[ask - 1]!.word)
  )
    ask--;
  const question = words[ask - 1];
  if (!question || !/^(?:多少|几)/.test(question.word) || ask - 1 === 0) return clause;
  // A measure word between them (多少个项目村, 多少公里管道) marks the noun as things counted one by
  // one; without one (多少贫困人口) the noun is an amount, a population, read as before.
  // jieba writes the measure word as a word of its own (q) or inside the question word (几座 m).
  if (ask === at && !question.word.replace(/^(?:多少|几)/, "")) return clause;
  const before = words
    .slice(0, ask - 1)
    .map((w) => w.word)
    .join("");
  const asked = words
    .slice(ask - 1, at)
    .map((w) => w.word)
    .join("");
  return `${asked}${noun} did ${before}`;
}

/**
 * A count whose noun owns what follows it ("解决了多少农村人口的饮水安全问题": the drinking water
 * problems of how many rural people were solved; "有多少个项目村的相关工作在推进": in how many project
 * villages the work goes on). The question word counts the noun right after it, up to 的; what
 * follows 的 is that noun's, as English writes it after "of" or in a clause. Read as one phrase after
 * "how many", the last noun was taken for what is counted ("issues"), a unit no figure of the people
 * counted has. What follows 的 is put first and "of" the count after it, as English writes "the
 * problems of how many people"; the clause is returned unchanged when it has no such count.
 */
export function countedOwner(clause: string): string {
  if (READ_ELSEWHERE.test(clause) || clause.search(SUM_WORDS) >= 0) return clause;
  const words = taggedWords(clause.trim());
  const ask = words.findIndex((w) => /^(?:多少|几)/.test(w.word));
  if (ask < 0) return clause;
  let at = ask + 1;
  while (at < words.length && MEASURE_OR_NUMERAL.test(words[at]!.tag)) at++;
  const nounStart = at;
  while (at < words.length && NOUN_OR_RUN.test(words[at]!.tag) && /^\p{Script=Han}+$/u.test(words[at]!.word))
    at++;
  const join = (from: number, to?: number) =>
    words
      .slice(from, to)
      .map((w) => w.word)
      .join("");
  const noun = join(nounStart, at);
  const owned = join(at + 1);
  if ([...noun].length < 2 || words[at]?.word !== "的" || !/\p{Script=Han}/u.test(owned)) return clause;
  return `${join(0, ask)}${owned} of ${join(ask, nounStart)}${noun}`;
}

// A measure taken per unit, written the Chinese way: the unit with 均 ("on average per") or after 每
// ("each") before the measure (户均增收, 人均收入, 每户增收), then at most a copula and the question
// word with a money unit.
const PER_UNIT_ASKED =
  /^(.*?)((?:户|人|亩)均|每(?:户|人|亩))(\p{Script=Han}{2,4}?)\s*(?:是|为|有)?\s*(多少|how much)\s*(钱|元|万元)?\s*$/u;

/**
 * "小额信贷扶持的贫困户户均增收多少元": the measure per unit (户均增收, income growth per household)
 * is what is asked, and what stands before it only says whose (the households a programme
 * supported). Chinese puts the unit first and the measure last with no copula before the question
 * word; English names the measure first ("what income growth per household …"), where the question
 * reader takes it as the head phrase. Read in Chinese order no head was found, and the programme's
 * first money figure (its loans) outranked the measure asked for, and was divided by the households
 * as an average. The measure, then its unit, are put first; the clause is returned unchanged when it
 * does not end in such a measure. A clause with a subject of its own ("…的户均增收是多少") is read
 * by subjectFirst before this.
 */
export function perUnitFirst(clause: string): string {
  const m = PER_UNIT_ASKED.exec(clause.trim());
  if (!m) return clause;
  const [, owner, per, measure, asked, unit] = m;
  // Not a measure: an action done (贷了, what each got: an average to work out, as 平均 asks too),
  // only another unit (每人每年, per person per year, with nothing measured), or a subject already
  // named before a copula (扶贫标准是每人…), which subjectFirst and the average reader own. 平均
  // right before the unit (平均每户增收) says only what 每 says, that the measure is per unit; the
  // measure after it is still what is asked.
  const core = measure!.replace(/每(?:年|月)/g, "");
  const whose = owner!.replace(/平均\s*$/, "");
  if (!core || /了|每/.test(core) || /平均/.test(whose) || /(?:是|为|有)\s*$/.test(whose)) return clause;
  return `what ${measure}${per} is ${owner} ${asked} ${unit ?? ""}`.replace(/\s+/g, " ").trim();
}
