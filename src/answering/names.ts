// Names a sentence gives, for questions that ask "which counties…", "who…", "what were the
// programmes…": the items of a "namely …" or "including …" list, quoted titles, and capitalised
// names ("China Foundation for Poverty Alleviation"). Read from the sentence as written, so every
// name is quoted with its source.

import { CARDINALS } from "../text/number-words.js";
import { nounPastClassifier } from "./classifier-noun.js";
import { STOPWORDS, stem, words } from "../text/words.js";
import { MONTH_NAMES } from "../text/years.js";
import { nameRuns } from "./names-runs.js";

// Words that may sit inside a capitalised name without a capital ("Office of Poverty Alleviation and Development").
const NAME_JOINERS = new Set(["of", "and", "for", "the", "on", "in", "to", "de"]);
// Number words that state a count of names, in a question or before a list: two to twelve (one name is no list).
const COUNT_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(CARDINALS).filter(([, n]) => n >= 2 && n <= 12),
);

// "The units included A, B and C" leads a list as "including" does; so does a copula after a
// counted subject ("The three pilot towns are A, B and C"): the count says a list follows.
const LIST_LEAD = new RegExp(
  String.raw`\b(?:namely|including|includ(?:e|es|ed)|such as|as follows|through the implementation of|(?:the\s+)?(?:\d+|${Object.keys(COUNT_WORDS).join("|")})\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\s+(?:are|were))\s*:?\s+`,
  "i",
);
const MONTHS = new RegExp(`^(?:${MONTH_NAMES.join("|")})$`);
const capitalised = (w: string) => /^[A-Z]/.test(w);
const QUOTED = /[“"]([^”"]{3,120})[”"]/g;
const LEADING_WORDS = new Set([
  "on",
  "from",
  "in",
  "the",
  "by",
  "as",
  "at",
  "since",
  "until",
  "after",
  "before",
  "during",
  "with",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "meanwhile",
  "currently",
]);
// "the Alder, Birch and Cedar peoples": the article belongs to the list, not its first name.
const LEADING_ARTICLE_NAME = /^(?:the|a|an)\s+(?=\p{Lu})/u;
/** A list item longer than this is a clause, not a name. */
const MAX_ITEM_WORDS = 8;
/** An item named by its kind and where it lies ("the area north of the Alder Canal"): longer. */
const MAX_KIND_ITEM_WORDS = 12;

// "Weichang Manchu and Mongolian Autonomous County": an autonomous place is named for its peoples,
// joined by "and". The piece before that "and" ends in no word for a kind of place, so it is no
// place of its own; the piece after it is a people and "Autonomous".
const PLACE_WORD_END =
  /\b(?:Count(?:y|ies)|Cit(?:y|ies)|Districts?|Prefectures?|Townships?|Towns?|Banners?|Regions?|Villages?)$/;
const PEOPLE_AUTONOMOUS = /^\p{Lu}[\p{L}’'-]*\s+Autonomous\b/u;
const namedForPeoples = (before: string, after: string) =>
  PEOPLE_AUTONOMOUS.test(after) && !PLACE_WORD_END.test(before);

/** The items of the first "namely / including / such as …" list in a sentence. */
export function listItems(sentence: string): string[] {
  const m = LIST_LEAD.exec(sentence);
  if (!m) return [];
  const after = sentence.slice(m.index + m[0].length);
  // ", the …" opens the clause after a list ("…, the income of farmers rose"), unless the list's
  // items each carry their article ("the A, the B and C").
  const clauseAfter = /^the\s/i.test(after)
    ? /[;:.]|,\s*(?=which\s|who\s|covered\b|involved\b)/i
    : /[;:.]|,\s*(?=the\s|which\s|who\s|covered\b|involved\b)/i;
  const rest = after.split(clauseAfter)[0] ?? "";
  // "A, B, C and D": split on commas and the last "and", but an item's own "and" ("villages and enterprises") stays
  // when it is not followed by another item's comma-separated run.
  // "and" separates two items when both are names ("Queshan County and Fan County") or it is the list's last.
  const parts = rest
    .split(/,\s*/)
    .flatMap((p, i, all) =>
      p.split(/\s+and\s+/).reduce<string[]>((out, piece) => {
        const prev = out[out.length - 1];
        const separate =
          prev === undefined ||
          (capitalised(prev) && capitalised(piece) && !namedForPeoples(prev, piece)) ||
          i === all.length - 1;
        if (prev !== undefined && !separate) out[out.length - 1] = `${prev} and ${piece}`;
        else out.push(piece);
        return out;
      }, []),
    )
    .map((p) => p.replace(/^(?:and|or)\s+/i, "").trim())
    // A name ends where the sentence goes on in lower case ("Sui County [covered 44 villages]").
    .map((p) => (capitalised(p) ? p.replace(/\s+(?![A-Z]|of\b|and\b|for\b|the\b)[a-z].*$/, "") : p))
    .filter(Boolean);
  // The list ends where an item turns into a clause ("… mutual funds, the income of farmers was increased"),
  // and a list of names ends at the first item in lower case ("A, B and C, where the work …",
  // "…, with a planned investment of …"); an article before a name is not part of it ("the A, B and C").
  const items: string[] = [];
  for (const raw of parts) {
    const p = items.length === 0 || capitalised(items[0]!) ? raw.replace(LEADING_ARTICLE_NAME, "") : raw;
    // "the Alder area, the area east of the Birch Hills and the Cedar area": a name followed by a
    // lower-case word for its kind makes that word the list's, and an item headed by it is one
    // more of the list, named by where it lies (so it may run longer than a name).
    const kind = /\s([a-z]+)$/.exec(items[0] ?? "")?.[1];
    const ofListKind = !!kind && new RegExp(`^(?:the\\s+)?${kind}\\s`).test(p);
    const limit = ofListKind ? MAX_KIND_ITEM_WORDS : MAX_ITEM_WORDS;
    if (p.split(/\s+/).length > limit || /\b(was|were|is|are|has|have|had)\b/.test(p)) break;
    if (items.length > 0 && capitalised(items[0]!) && !capitalised(p) && !ofListKind) break;
    items.push(ofListKind ? p.replace(LEADING_ARTICLE, "") : p);
  }
  return items.length >= 2 ? items : [];
}

/** Capitalised names: runs of capitalised words, joined by of/and/for/the, not the sentence's first word alone. */
export function capitalisedNames(sentence: string): string[] {
  const tokens = sentence.split(/\s+/);
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && NAME_JOINERS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    // "On September …", "The World Bank …": a capitalised function word or month opens no name.
    while (
      run.length > 0 &&
      (LEADING_WORDS.has(run[0]!.toLowerCase()) || MONTHS.test(run[0]!.replace(/[^A-Za-z]/g, "")))
    )
      run.shift();
    if (run.length >= 2) names.push(run.join(" ").replace(/[,;:.)”"]+$/, ""));
    run = [];
  };
  tokens.forEach((raw, i) => {
    const t = raw.replace(/^[(“"‘]+/, "");
    const capital =
      /^[A-Z][\p{L}’'-]*[,;:.)”"]*$/u.test(t) &&
      !(i === 0 && run.length === 0 && !/^[A-Z][a-z]+$/.test(tokens[1] ?? ""));
    if (capital) {
      run.push(t);
      if (/[,;:.)”"]$/.test(t)) flush();
    } else if (
      t.toLowerCase() === "and" &&
      /^the$/i.test(tokens[i + 1] ?? "") &&
      /^[A-Z]/.test(tokens[i + 2] ?? "")
    )
      flush();
    else if (run.length > 0 && NAME_JOINERS.has(t.toLowerCase())) run.push(t);
    else flush();
  });
  flush();
  return names;
}

// The word after a place's name that says what kind of place it is. Written once after the last of
// a list of bare names ("Jingyu, Wangqing and Antu County", "A and B Counties"), it belongs to each.
// Only one word: "Tujia and Miao Autonomous Prefecture" is one place, named for two peoples.
const DESIGNATED =
  /^(\p{Lu}[\p{L}’'-]*)\s+(Count(?:y|ies)|Cit(?:y|ies)|Districts?|Prefectures?|Townships?|Towns?|Banners?)$/u;
const BARE_NAME = /^\p{Lu}[\p{L}’'-]*$/u;
const singularDesignator = (w: string) => w.replace(/ies$/, "y").replace(/s$/, "");

/**
 * A list's names with the designator its last name carries written on each bare name before it:
 * ["Jingyu", "Wangqing", "Antu County"] -> ["Jingyu County", "Wangqing County", "Antu County"].
 * A list whose earlier names are not all one bare word is left as written.
 */
export function withSharedDesignator(items: readonly string[]): string[] {
  const last = DESIGNATED.exec(items.at(-1) ?? "");
  const before = items.slice(0, -1);
  if (!last || before.length === 0 || !before.every((n) => BARE_NAME.test(n))) return [...items];
  const word = singularDesignator(last[2]!);
  return [...before, last[1]!].map((n) => `${n} ${word}`);
}

/** The names a sentence gives; `kind` narrows them ("county" keeps county names). */
export function namesIn(sentence: string, kind?: string): string[] {
  const listed = withSharedDesignator(listItems(sentence));
  // The kind as a word of the name, not the start of a compound ("county-based …" names no county).
  const ofKind = (n: string) => new RegExp(`\\b${kind}(?!-)`, "i").test(n);
  // A "namely" list with one item of the kind is a list of that kind ("Fengqiu, Guangshan and Shangcai County").
  if (!kind || (listed.length > 0 && listed.some(ofKind)))
    return [
      ...new Set(
        listed.length > 0
          ? listed
          : withSharedDesignator(nameRuns(sentence)[0] ?? quotedOrCapitalised(sentence)),
      ),
    ];
  // A run "A County, B County and C County" lists names of the kind without a lead word.
  const run = nameRuns(sentence)
    .map(withSharedDesignator)
    .find((r) => r.some(ofKind));
  if (run) return [...new Set(run)];
  // Otherwise the first way of naming that gives names of the kind: a quoted title of another kind
  // does not hide the capitalised names the sentence gives ("in Luanchuan County, Xin County …").
  for (const found of [quotedNames(sentence), capitalisedNames(sentence)]) {
    // "Fan County and Taiqian County" is two names of the kind, "Industry and Commerce" one name.
    const names = found
      .flatMap((n) => {
        const parts = n.split(/\s+and\s+/);
        return parts.every(ofKind) ? parts : [n];
      })
      .filter(ofKind);
    if (names.length > 0) return [...new Set(names)];
  }
  return [];
}

const quotedNames = (sentence: string) => [...sentence.matchAll(QUOTED)].map((m) => m[1]!.trim());
function quotedOrCapitalised(sentence: string): string[] {
  const quoted = quotedNames(sentence);
  return quoted.length > 0 ? quoted : capitalisedNames(sentence);
}

// "Jointly with A and B, X did …", "X, together with A, did …": who X worked with.
const PARTNER_LEAD =
  /\b(?:jointly|together|in (?:cooperation|collaboration|partnership|conjunction|association)|(?:cooperated|collaborated|partnered|teamed up|worked)) with\s+/i;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

// The parts of a sentence after its partner phrase, split at commas: the partner list's parts, and
// those after it, where the sentence goes on (its doer first: "…, the Office held …").
function partnerParts(sentence: string): { listed: string[]; after: string[] } | undefined {
  const m = PARTNER_LEAD.exec(sentence);
  if (!m) return undefined;
  const parts = sentence
    .slice(m.index + m[0].length)
    .split(/\s*[,;.]\s*/)
    .map((p) => p.trim());
  // "with A, B and C, the Office …": the list ends at the part its "and" joins; without an "and"
  // it is one item and the first comma ends it ("with A, the Office …").
  const last = parts.findIndex((p) => /(?:^|\s)and\s/i.test(p));
  const end = last >= 0 ? last + 1 : 1;
  return { listed: parts.slice(0, end), after: parts.slice(end) };
}

// A name as the subject of a clause: capitalised words, with "of", "and", "for" between them.
const LEADING_NAME = /^(?:the\s+)?(\p{Lu}[\w'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}[\w'’-]*)*)/u;

/**
 * Who acted with the partners a sentence names ("Jointly with A and B, the Provincial Office held
 * …": "Provincial Office"), the name that opens the clause after the partner list; undefined when
 * that clause opens with no name.
 */
export function partnerDoer(sentence: string): string | undefined {
  const next = partnerParts(sentence)?.after[0];
  return next ? LEADING_NAME.exec(next)?.[1] : undefined;
}

/**
 * The partners a sentence names after "jointly with", "together with", "in cooperation with" …:
 * the phrase up to where the sentence goes on as a clause, split at commas and at an "and" that
 * starts another item ("… of Industry and Commerce and the provincial postal company").
 */
export function partnersIn(sentence: string): string[] {
  const split = partnerParts(sentence);
  if (!split) return [];
  const { listed } = split;
  const items = listed.flatMap((part, i) => {
    const piece = part.replace(/^(?:and|or)\s+/i, "");
    // After commas, the last part's "and" joins the list's last item ("B and C"); otherwise only an
    // "and" that opens another item with an article does ("… Industry and Commerce and the …").
    return i > 0 && i === listed.length - 1
      ? piece.split(/\s+and\s+(?!.*\sand\s)/i)
      : piece.split(/\s+and\s+(?=(?:the|a|an)\s)/i);
  });
  // An item starts with an article or a capital and is short: a clause is no partner.
  const isItem = (p: string) =>
    /^(?:(?:the|a|an)\s|\p{Lu})/u.test(p) &&
    p.split(/\s+/).length <= MAX_ITEM_WORDS &&
    !/\b(was|were|is|are|has|have|had)\b/.test(p);
  return items.every(isItem) ? items.map((p) => p.replace(LEADING_ARTICLE, "").trim()) : [];
}

// A series of things a sentence lists in lower case, written with the noun asked ("with great
// support from financial department, statistics department, civil affairs department, investigation
// teams and disabled federation"): items of one to four words parted by commas, the last by "and".
const ITEM = String.raw`[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}`;
const SERIES = new RegExp(String.raw`(?<![\p{L}-])(${ITEM})((?:,\s+${ITEM})+),?\s+and\s+(${ITEM})`, "gu");
/** Fewer items than this is no series: "villages and enterprises" is one phrase. */
const MIN_SERIES = 3;

/**
 * The items of a lower-case series in the sentence one of which is written with the noun asked
 * ("departments": "statistics department"), or []. The first item starts after the last function
 * word before it ("support from financial department"), the last ends before the first function
 * word after it ("disabled federation in the province").
 */
export function nounSeries(sentence: string, noun: string): string[] {
  return readNounSeries(sentence, noun).items;
}

/** The items of a lower-case series the noun asked heads ("the departments of A, B and C"), or []. */
export function headedSeries(sentence: string, noun: string): string[] {
  const series = readNounSeries(sentence, noun);
  return series.headed ? series.items : [];
}

/** nounSeries, and whether the noun heads the series ("the departments of A, B and C"). */
function readNounSeries(sentence: string, noun: string): { items: string[]; headed: boolean } {
  const asked = stem(noun.toLowerCase());
  const ofNoun = (item: string) => item.split(/\s+/).some((w) => stem(w) === asked);
  for (const m of sentence.matchAll(SERIES)) {
    const first = m[1]!.split(/\s+/);
    const cut = first.findLastIndex((w) => STOPWORDS.has(w));
    const last = m[3]!.split(/\s+/);
    const end = last.findIndex((w) => STOPWORDS.has(w));
    const items = [
      first.slice(cut + 1).join(" "),
      ...m[2]!
        .split(/,\s+/)
        .map((p) => p.trim())
        .filter(Boolean),
      last.slice(0, end < 0 ? last.length : end).join(" "),
    ];
    // "the departments of agriculture, water conservancy, …": the noun asked, then "of", heads the
    // series; its items are named without the noun, one may join two words by "and" ("housing and
    // construction"), and a closing "others" is no item.
    const before = `${sentence.slice(0, m.index)}${first.slice(0, cut + 1).join(" ")}`;
    const headed = stem(/([a-z]+)\s+of\s*$/.exec(before)?.[1] ?? "") === asked;
    if (headed && /^(?:others?|so on|the like)$/.test(items.at(-1)!)) items.pop();
    const functionWord = (w: string) => STOPWORDS.has(w) && !(headed && w === "and");
    // An item that holds a function word is a clause ("the work was done"), not a thing listed.
    const clean = items.every(
      (i, n) => i.length > 0 && (n === 0 || n === items.length - 1 || !i.split(/\s+/).some(functionWord)),
    );
    if (clean && items.length >= MIN_SERIES && (headed || items.some(ofNoun))) return { items, headed };
  }
  return { items: [], headed: false };
}

// "…, and opened shops, clinics and reading rooms in all the hamlets": a series
// right after a verb (and its particle or article), the first item straight after it.
const SERIES_AFTER_VERB = new RegExp(String.raw`^(${ITEM})((?:,\s+${ITEM})+),?\s+and\s+(${ITEM})`, "u");
const firstWordCut = (item: string) => {
  const ws = item.split(/\s+/);
  const end = ws.findIndex((w) => STOPWORDS.has(w));
  return ws.slice(0, end < 0 ? ws.length : end).join(" ");
};

/**
 * The items of a lower-case series a sentence writes as the object of one of the question's verbs
 * ("what was put up …" and "… put up shops, clinics and libraries"), or []. The question's word
 * must be the verb: the series starts right after it, past its particle or article.
 */
export function seriesAfterVerb(sentence: string, stems: readonly string[]): string[] {
  const asked = new Set(stems);
  for (const m of sentence.matchAll(/[A-Za-z]+/g)) {
    if (!asked.has(stem(m[0].toLowerCase())) || STOPWORDS.has(m[0].toLowerCase())) continue;
    let rest = sentence.slice(m.index + m[0].length).trimStart();
    // Past the verb's particle and an article ("put up the …").
    for (let w = /^([a-z]+)\s+/.exec(rest); w && STOPWORDS.has(w[1]!); w = /^([a-z]+)\s+/.exec(rest))
      rest = rest.slice(w[0].length);
    const series = SERIES_AFTER_VERB.exec(rest);
    if (!series) continue;
    const middle = series[2]!
      .split(/,\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const items = [series[1]!, ...middle, firstWordCut(series[3]!)];
    // An item holding a function word is a clause, not a thing listed; the last one ends before its first.
    const clean = items.every(
      (item, n) => item && (n === items.length - 1 || !item.split(/\s+/).some((w) => STOPWORDS.has(w))),
    );
    if (clean && items.length >= MIN_SERIES) return items;
  }
  return [];
}

// The noun a names question asks of: "which (four) departments …", "what measures …", "… in which
// cities", "what were the pilot counties …".
const QUESTION_NOUN =
  /^\s*(?:in |for |from |by |to |with )?(?:which|what)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?([a-z]+)/;

/** What a names question asks of the names besides their kind: a group by its place, or partners. */
export type NamesAsked = {
  /** The noun the names are asked of ("departments"), when the question writes one. */
  noun?: string;
  /** "Who issued …": the verb whose doers are asked for. */
  doer?: string;
  /** "the second batch": 2; "the last group": -1. */
  ordinal?: number;
  /** "who did X team up with": the names X worked with. */
  partners: boolean;
  /** "who was the head of X": the one holding that post, named beside the word for it. */
  role?: string;
  /** "what books and films …": names of two kinds, each given in a sentence of its own. */
  twoKinds?: boolean;
};

// "What books and films …", "which counties and cities …": two plural nouns asked together.
const TWO_KINDS = /^\s*(?:which|what)\s+[a-z]+s\s+(?:and|or)\s+[a-z]+s\b/;

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  former: 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  last: -1,
  latter: -1,
  final: -1,
};
const ORDINAL_WORDS = Object.keys(ORDINALS).join("|");
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
// Words for one of several sets a report lists in turn; the ordinal may stand a few words before
// it ("the second contiguous development batch").
const GROUP_WORDS = "groups?|batch(?:es)?|rounds?|phases?|lots?|sets?|waves?|tranches?|stages?";
const ORDINAL_GROUP = new RegExp(
  String.raw`\b(${ORDINAL_WORDS})\b[\s-]+(?:[a-z]+[\s-]+){0,3}?(?:${GROUP_WORDS})\b|\b(?:${GROUP_WORDS})\s+(one|two|three|four|five|[1-5])\b`,
  "i",
);
const PARTNER_QUESTION =
  /\bwith whom\b|\b(?:team(?:s|ed)?\s+up|partner(?:s|ed)?|cooperat\w*|collaborat\w*|work(?:s|ed)?(?:\s+(?:together|jointly))?|join(?:s|ed)?\s+(?:hands|forces))\s+with\b|\b(?:jointly|together)\s+with\b/i;

// "Who was the head of …", "who is the chair of …": a person in a post, not any name near the topic.
const ROLE_QUESTION = /\bwho (?:was|is|were|are|has been) (?:the |its |their )?([a-z]+) (?:of|for|at|in)\b/;
// A post's holder is named just before the word for it, or right after it ("Li Wei, chair of …",
// "Chair Li Wei"): at most this many characters before.
const ROLE_NAME_DISTANCE = 25;

/**
 * The words that place a group asked for by its order ("second" and "group" of "the second group of
 * pilots", "batch" and "two" of "batch two"): they say which of the report's groups is meant, which
 * the report often gives only in turn ("in two batches … A, B … ; C, D …"), so its sentences need
 * not write them.
 */
export function ordinalGroupWords(english: string): string[] {
  const m = ORDINAL_GROUP.exec(english);
  if (!m) return [];
  const words = m[0].toLowerCase().split(/[\s-]+/);
  return m[1] ? [words[0]!, words.at(-1)!] : words;
}

export function namesAskedIn(english: string): NamesAsked {
  // "Who were some of the units …" asks for several of a group: a quantifier holds no post.
  const post = ROLE_QUESTION.exec(english)?.[1];
  const role = post && !STOPWORDS.has(post) ? post : undefined;
  const m = ORDINAL_GROUP.exec(english);
  const word = m?.[1]?.toLowerCase();
  const numbered = m?.[2]?.toLowerCase();
  const ordinal = word ? ORDINALS[word] : numbered ? (NUMBER_WORDS[numbered] ?? Number(numbered)) : undefined;
  const noun = nounPastClassifier(
    english,
    whichInside(english)?.[1] ?? whatAreThe(english)?.[1] ?? QUESTION_NOUN.exec(english)?.[1],
  );
  const doer = WHO_VERB.exec(english)?.[1];
  return {
    ...(doer ? { doer } : {}),
    ...(noun && !STOPWORDS.has(noun) ? { noun } : {}),
    ...(ordinal !== undefined ? { ordinal } : {}),
    ...(role ? { role } : {}),
    ...(TWO_KINDS.test(english) ? { twoKinds: true } : {}),
    partners: PARTNER_QUESTION.test(english),
  };
}

/**
 * The names of the clause, among a sentence's clauses that give names, sharing most of the
 * question's words: "in area X, the pilots A, B and C …; in area Y, the pilots D, E and F …" gives
 * D, E and F to a question about area Y. Ties keep the sentence's order.
 */
function clauseNames(sentence: string, kind: string | undefined, stems: readonly string[]): string[] {
  const clauses = sentence.split(/;\s+/);
  if (clauses.length < 2) return namesIn(sentence, kind);
  const shared = (clause: string) => {
    const own = new Set(words(clause).map(stem));
    return stems.filter((t) => own.has(t)).length;
  };
  const best = clauses
    .map((clause) => ({ items: namesIn(clause, kind), shared: shared(clause) }))
    .filter((c) => c.items.length > 0)
    .reduce<{ items: string[]; shared: number } | undefined>(
      (a, b) => (!a || b.shared > a.shared ? b : a),
      undefined,
    );
  return best?.items ?? [];
}

/**
 * The names a question asks for and the sentence that gives them, or undefined: never an empty list.
 * `ranked`: the best sentences for the question, best first; `inOrder`: their section's sentences in
 * the report's order (a group asked for by its place is counted there); `keep`: names worth giving.
 * A group by its place is the nth sentence naming several of the kind; partners come from the
 * partner phrase of the ranked sentence sharing most of the question's words; otherwise the first
 * ranked sentence that names any.
 */
export function namesAnswer(
  asked: NamesAsked & { kind?: string | undefined; stems: readonly string[]; things?: boolean },
  ranked: readonly string[],
  inOrder: readonly string[],
  keep: (name: string) => boolean = () => true,
): { sentence: string; items: string[]; also?: string } | undefined {
  // Names as written; else, of a noun asked ("which departments"), a lower-case series written with it.
  const named = (sentence: string) => {
    // Things asked by a noun that is no kind of name: a series of them, never names in capitals.
    if (asked.things) {
      const series = asked.noun ? nounSeries(sentence, asked.noun) : [];
      return { sentence, items: series.length > 0 ? series : seriesAfterVerb(sentence, asked.stems) };
    }
    const doers = asked.doer ? doersIn(sentence, asked.doer).filter(keep) : [];
    if (doers.length > 0) return { sentence, items: doers };
    const items = clauseNames(sentence, asked.kind, asked.stems).filter(keep);
    if (items.length > 0 || !asked.noun) return { sentence, items };
    // A series the noun heads ("the departments of A, B and C") names things of that kind as
    // surely as capitals do; one that only writes the noun in some items may be of another kind.
    const series = readNounSeries(sentence, asked.noun);
    return { sentence, items: series.items, ...(series.headed ? {} : { series: true }) };
  };
  if (asked.role) {
    const role = stem(asked.role);
    const holders = (sentence: string) => {
      const posts = [...sentence.matchAll(/[A-Za-z]+/g)].filter((m) => stem(m[0].toLowerCase()) === role);
      return named(sentence).items.filter((name) => {
        const at = sentence.indexOf(name);
        // "Wang Ming, chair of …" (the name before the post) or "Chair Wang Ming" (right after
        // it); a name after "chair of the" is the body, not the person.
        return posts.some((p) => {
          const after = at - (p.index + p[0].length);
          const before = p.index - (at + name.length);
          return (after >= 0 && after <= 1) || (before >= 0 && before <= ROLE_NAME_DISTANCE);
        });
      });
    };
    // Nobody named in the post: no list, and no other names in its place.
    return ranked.map((sentence) => ({ sentence, items: holders(sentence) })).find((g) => g.items.length > 0);
  }
  if (asked.ordinal !== undefined) {
    const groups = inOrder.map(named).filter((g) => g.items.length >= 2);
    // A place the report does not have ("the third batch" of two) is no group to name.
    return asked.ordinal < 0 ? groups.at(-1) : groups[asked.ordinal - 1];
  }
  if (asked.partners) {
    const shared = (sentence: string) => {
      const own = new Set(words(sentence).map(stem));
      return asked.stems.filter((t) => own.has(t)).length;
    };
    const found = ranked
      .map((sentence) => ({ sentence, items: partnersIn(sentence).filter(keep) }))
      .filter((p) => p.items.length > 0)
      // Stable sort: ties keep the ranking's order.
      .sort((a, b) => shared(b.sentence) - shared(a.sentence))[0];
    // The same doer acting with others elsewhere in the section ("Jointly with A, the Office held …;
    // jointly with B, the Office mobilised …"): all of its partners, in the report's order. A
    // question that narrows to what was done ("for the school bags": words of the best sentence's
    // clause after its partners, beside the doer's name) takes only the sentences doing that too.
    const doer = found && partnerDoer(found.sentence);
    const own = doer ? new Set(words(doer).map(stem)) : new Set<string>();
    const done = (s: string) => new Set(words(partnerParts(s)?.after.join(" ") ?? "").map(stem));
    const narrowing = found ? asked.stems.filter((t) => !own.has(t) && done(found.sentence).has(t)) : [];
    const alike = doer
      ? inOrder.filter((s) => partnerDoer(s) === doer && narrowing.every((t) => done(s).has(t)))
      : [];
    if (found && alike.length > 1) {
      const items = [...new Set(alike.flatMap((s) => partnersIn(s).filter(keep)))];
      const also = alike.find((s) => s !== found.sentence);
      return { sentence: found.sentence, items, ...(also ? { also } : {}) };
    }
    if (found) return found;
  }
  // Names of the kind asked ("Wuhua County") answer "which counties" before a lower-case series
  // that only shares the kind's word ("county towns, central towns and industrial parks"), wherever
  // the two rank.
  const giving = ranked.map(named).filter((g) => g.items.length > 0);
  // Two kinds asked together are often named in two sentences: the two best that give names.
  const [first, second] = giving;
  if (asked.twoKinds && first && second)
    return {
      sentence: first.sentence,
      items: [...new Set([...first.items, ...second.items])],
      also: second.sentence,
    };
  // "What activities did X run": things asked by their noun are every series of them the best
  // sentences name as such ("activities including A and B", later "the activities of C and D"),
  // in the report's order; a sentence naming things of no such noun stays out. Names of a kind of
  // place or body ("which counties") are one group of one sentence: another sentence's are another
  // group's (another year's pilots).
  const ofNoun = asked.noun && !asked.kind ? giving.filter((g) => writesNoun(g.sentence, asked.noun!)) : [];
  if (ofNoun.length >= 2) {
    const ordered = [...ofNoun].sort((a, b) => inOrder.indexOf(a.sentence) - inOrder.indexOf(b.sentence));
    return {
      sentence: ordered[0]!.sentence,
      items: [...new Set(ordered.flatMap((g) => g.items))],
      also: ordered[1]!.sentence,
    };
  }
  const best = (asked.kind ? giving.find((g) => !("series" in g)) : undefined) ?? first;
  return best
    ? { sentence: best.sentence, items: best.items }
    : developed(ranked, inOrder, asked.stems, named);
}

/**
 * Whether a sentence introduces quoted items with the noun asked, singular or plural: "activities
 * including “A”", "the activities of “C”", "campaigns such as “D”". Not by the noun's stem, which other
 * words share ("actively"), nor a noun that only modifies ("pilot counties").
 */
const singular = (word: string) => word.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
const INTRODUCED = /^([A-Za-z]+)\s+(?:including|such\s+as|of|namely|like)\s+["“]/;
const writesNoun = (sentence: string, noun: string) => {
  const asked = singular(noun);
  for (const m of sentence.matchAll(/[A-Za-z]+/g)) {
    const introduced = INTRODUCED.exec(sentence.slice(m.index));
    if (introduced && singular(introduced[1]!) === asked) return true;
  }
  return false;
};

/** How many sentences after a topic sentence are read for the names it introduces. */
const DEVELOPING_SENTENCES = 2;

/**
 * A sentence that only introduces a topic, stating no figure ("Second, the east-west cooperation was deepened."), is
 * followed by the ones that develop it, which name who took part ("The six paired cities, namely
 * A, B and C, provided …"): when no ranked sentence gives names, the first of the next few
 * sentences after one that gives names and shares a word with the question.
 */
function developed(
  ranked: readonly string[],
  inOrder: readonly string[],
  stems: readonly string[],
  named: (sentence: string) => { sentence: string; items: string[] },
): { sentence: string; items: string[] } | undefined {
  const sharesWord = (sentence: string) => {
    const own = new Set(words(sentence).map(stem));
    return stems.some((t) => own.has(t));
  };
  for (const topic of ranked) {
    // A sentence that states figures reports the work itself; only one without any introduces.
    if (/\d/.test(topic)) continue;
    const at = inOrder.indexOf(topic);
    if (at < 0) continue;
    for (const next of inOrder.slice(at + 1, at + 1 + DEVELOPING_SENTENCES)) {
      if (!sharesWord(next)) continue;
      const found = named(next);
      if (found.items.length > 0) return found;
    }
  }
  return undefined;
}

// "… are in which cities?", "Together with which bodies did …": a "which" after a preposition or a
// form of "be" asks, wherever it stands, when no other question word comes before it (after one, as
// in "what was spent in the year in which …", it is a relative pronoun). Group 1: the noun after it.
const MID_WHICH =
  /\b(?:in|with|to|for|from|by|of|on|at|among|into|is|are|was|were)\s+which\s+((?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?([a-z]+)/;
// "Apart from the pilot towns, which towns …", "In 2011, which counties …": a phrase opened by a
// preposition and closed by the question's first comma is fronted, and the "which" after it asks. A
// "which" after any other comma, or before a verb ("…, which was 10% of …"), is a relative pronoun.
const FRONTED_WHICH =
  /^\s*(?:besides|apart from|aside from|other than|except(?: for)?|in addition to|in|for|among|of|during|under|after|at|on|by)\b[^,]*,\s+which\s+((?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?!(?:was|were|is|are|has|had|have|does|did|do|will|would|can|could)\b)([a-z]+)/;
const EARLIER_QUESTION_WORD = /\b(?:what|how|when|where|why|whose|which|who|whom)\b/;

/**
 * A names question whose "which" stands inside it rather than first, as [match, noun] the way a
 * question opening with "which" is read; null when there is none.
 */
export function whichInside(english: string): [string, string] | null {
  const m = MID_WHICH.exec(english) ?? FRONTED_WHICH.exec(english);
  if (!m || EARLIER_QUESTION_WORD.test(english.slice(0, m.index))) return null;
  return [m[0], m[2]!];
}

// "What were the two pilot counties for …", "what are the key counties": the plural noun a form of
// "be" and "the" lead to is what the question asks the names of. Up to three words may qualify it
// ("pilot", "national key"); a word that opens a phrase of its own ("of", "in" …) is no qualifier,
// so "what were the incomes of the counties" asks of incomes. A possessive ("the counties' funds")
// is no head. Group 1: the noun.
const WHAT_BE_THE = new RegExp(
  String.raw`^\s*what\s+(?:are|were)\s+(?:the|its|their)\s+(?:(?:\d+|${Object.keys(COUNT_WORDS).join("|")})\s+)?(?:(?!(?:of|in|for|to|on|by|with|and|or|from|that|which|who)\b)[a-z-]+\s+){0,3}?([a-z]+s)\b(?!['’])`,
);

// "Which four counties …", "what were the six pilot areas …", "name the three …": a number just
// before the noun asked (after up to three qualifiers) says how many names the question expects.
const STATED_COUNT = new RegExp(
  String.raw`^\s*(?:(?:in|for|from|by|to)\s+)?(?:(?:which|what)\s+(?:(?:are|were)\s+(?:the|its|their)\s+)?|(?:name|list)\s+(?:all\s+)?(?:of\s+)?the\s+)(\d+|${Object.keys(COUNT_WORDS).join("|")})\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\b`,
);

/** How many names a names question says there are ("the six areas": 6), or undefined. */
export function statedNameCount(english: string): number | undefined {
  const m = STATED_COUNT.exec(english);
  if (!m) return undefined;
  return COUNT_WORDS[m[1]!] ?? Number(m[1]);
}

/** A "what are/were the … <plural noun>" question, as [match, noun] the way a "which" question is read; null when there is none. */
export function whatAreThe(english: string): [string, string] | null {
  const m = WHAT_BE_THE.exec(english);
  return m ? [m[0], m[1]!] : null;
}

// "What characteristic industries did the province focus on?": a plural noun, after up to three
// qualifiers, that an auxiliary follows is what the question asks about, in the report's sentences.
const WHAT_NOUNS_DID =
  /^\s*what\s+(?:(?!(?:of|in|for|to|on|by|with|and|or|from|that|which|who)\b)[a-z-]+\s+){0,3}?([a-z]+s)\s+(?:did|do|does|have|has|had)\b/;

/** Whether a question is "what <plural noun> did …" (the noun as group 1), else null. */
export function whatNounsDid(english: string): [string, string] | null {
  const m = WHAT_NOUNS_DID.exec(english);
  return m ? [m[0], m[1]!] : null;
}

const WHO = /^\s*(?:in |for |from |by |to |with )?(?:who|whom)\b/;
/** Whether a question opens with "who" / "whom": it asks for persons or bodies, and the word after it is a verb. */
export const asksWho = (english: string): boolean => WHO.test(english);

// "Who issued X": the verb after "who", when it is no auxiliary ("who did …", "who was …").
const WHO_VERB = /^\s*who\s+([a-z]+ed)\b/;
// Words a body's name ends with: an "and" between two names that each end with one parts two bodies
// ("the CPC Provincial Committee and the Provincial People's Government"), while "Poverty
// Alleviation and Development Office" stays one name.
const BODY_END =
  /\b(?:Committee|Government|Office|Department|Bureau|Federation|Foundation|Company|Bank|Group|Association|Commission|Council|Ministry|League|Congress)$/;

/**
 * Who did what a "who <verb>ed …" question asks: the capitalised names of the clause before that
 * verb in the sentence ("In March, the CPC Provincial Committee and the Provincial People's
 * Government jointly issued …"), or [] when the sentence writes no such verb or writes it in the
 * passive ("was praised by …", read as any names are).
 */
export function doersIn(sentence: string, verb: string): string[] {
  const asked = stem(verb);
  const at = [...sentence.matchAll(/[A-Za-z]+/g)].find((m) => stem(m[0].toLowerCase()) === asked);
  if (!at) return [];
  const before = sentence.slice(0, at.index);
  if (/\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?$/.test(before)) return [];
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  return capitalisedNames(clause).flatMap((n) => {
    const parts = n.split(/\s+and\s+(?:the\s+)?/);
    return parts.length > 1 && parts.every((p) => BODY_END.test(p)) ? parts : [n];
  });
}
