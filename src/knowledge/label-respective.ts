// "A and B received X and Y Yuan respectively": a subject that is a list of names, as long as the
// "respectively" list of figures its verb acts on, pairs each figure with the name at its position
// (X is A's, Y is B's). label-lists.ts finds the figures' list; this module reads the names, and
// labels a figure of such a list (respectivelyLabel, which clauseLabel in labels.ts reads first).
import { LINKING, verbBefore } from "./label-clauses.js";
import { type Context, countedNoun, type FigureSpan, NO_NOUN } from "./label-figure.js";
import {
  beforeSeparator,
  figureRun,
  respectiveNames,
  respectivelyList,
  text,
  tokenAt,
} from "./label-lists.js";
import {
  chunkLeft,
  chunkRight,
  FILLERS,
  lowerFirst,
  NOMINAL,
  phraseAfter,
  labelWithoutUnit,
} from "./label-phrases.js";
import { isPastParticiple, pastParticiple } from "../text/participles.js";
import type { Token } from "./nlp.js";
import { headedNames } from "./headed-names.js";
import { respectiveObjectsLabel } from "./label-respective-objects.js";
import { articledSubjects } from "./label-articled-list.js";
import { thatOfSubjects } from "./label-that-of.js";

/** Names each with its own article (label-articled-list.ts), in respectiveSubjects' shape. */
const articled = (tokens: Token[], verbAt: number, length: number) => {
  const names = articledSubjects(tokens, verbAt, length);
  return names ? { names, start: -1 } : undefined;
};

/** Words a name of the subject's list is made of ("the Jiangsu Charity Federation", "Meizhou City"). */
const NAME_POS = new Set(["DET", "PROPN", "NOUN", "ADJ"]);

/** A word of a name: a noun, or any capitalised word ("Cross" in "the Red Cross Society", read as a verb). */
const nameWord = (t: Token) =>
  // "of which A and B were …": the relative word opens the clause, it is no article of a name.
  (NAME_POS.has(t.pos) && !RELATIVE.has(t.lemma)) || (/^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text));

/** Relative words the tagger may read as determiners. */
const RELATIVE = new Set(["which", "that", "whose"]);

/** The longest a subject's list may be read for: a respectively list longer than this is rare. */
const MAX_NAMES = 6;

/**
 * The names of the subject right before `verbAt`, when it is a list of exactly `length` noun
 * phrases parted by commas and a last "and" ("Suqian City and Lianyungang City received …"), and
 * the list is the whole subject: the clause starts right before it (sentence start, a comma, "of
 * which", a fronted phrase's comma), so "the income of farmers in A and B" is no such list. Each
 * name is returned as written, with its article ("the Jiangsu Poverty Alleviation Foundation"), and
 * `start` is the first name's token.
 */
export function respectiveSubjects(
  tokens: Token[],
  verbAt: number,
  length: number,
): { names: string[]; start: number } | undefined {
  if (length < 2 || length > MAX_NAMES) return undefined;
  const names: string[] = [];
  let i = verbAt - 1;
  while (tokens[i]?.pos === "ADV") i--;
  // The list is the clause's whole subject: what stands before it opens a clause.
  const opensClause = (before: Token | undefined, at: number) =>
    before === undefined ||
    [",", ";", ":", "("].includes(before.text) ||
    // "…, namely A, B and C": the list is an appositive, whole after its "namely".
    before.lemma === "namely" ||
    (before.lemma === "which" && tokens[at - 1]?.lemma === "of");
  const last = i;
  const plain = (): { names: string[]; start: number } | undefined => {
    for (;;) {
      const end = i;
      while (i >= 0 && nameWord(tokens[i]!)) i--;
      const span = tokens.slice(i + 1, end + 1);
      // A name holds a noun or a name, not only an article or adjectives.
      if (!span.some((t) => t.pos === "PROPN" || t.pos === "NOUN")) return undefined;
      // An article only opens a name: "the cities the province …" is no name.
      if (span.slice(1).some((t) => t.pos === "DET")) return undefined;
      names.unshift(text(span));
      if (names.length === length) break;
      const next = beforeSeparator(tokens, i, names.length);
      if (next === undefined) return undefined;
      i = next;
    }
    return opensClause(tokens[i], i) ? { names, start: i + 1 } : undefined;
  };
  // Names that hold commas or "and" themselves are read by the head word every name ends in.
  return plain() ?? headedNames(tokens, last, length, opensClause);
}

/**
 * "moved N households and M people, respectively P% and Q% beyond the scheduled task": each
 * figure of the list is read against the figure at its own position in the list before it. The
 * label (clauseLabel adds the year); undefined when the figure is in no "respectively" list or no
 * reading of the list names it.
 */
export function respectivelyLabel(tokens: Token[], fig: FigureSpan, ctx: Context): string | undefined {
  const growth = respectiveGrowthLabel(tokens, fig, ctx);
  if (growth) return growth;
  const listed =
    ctx.figures && ctx.index !== undefined ? respectivelyList(tokens, ctx.figures, ctx.index) : undefined;
  // "N, M and K came from A, B and C respectively": the names after the verb (label-respective-objects.ts).
  if (!listed) return respectiveObjectsLabel(tokens, fig, ctx);
  // "Suqian City and Lianyungang City received N Yuan and M Yuan respectively": the verb's subject
  // is a list of names as long as the figures' list, and each figure is its own name's.
  const bySubject = respectiveLabel(tokens, fig, ctx, listed);
  if (bySubject) return bySubject;
  // "of which fiscal funds, credit funds and social funds were N, M and K respectively": the linking
  // verb's whole subject is a list of things as long as the figures' list; each figure is its thing.
  // "The income of A and that of B were N and M respectively": each measure in full (label-that-of.ts).
  const named =
    linkedSubjects(tokens, listed) ??
    (listed.length === 2 ? thatOfSubjects(tokens, tokenAt(tokens, listed.listStart) - 1) : undefined);
  if (named) return `${named[listed.position]}${fig.kind === "percent" ? " (percent)" : ""}`;
  // "in three cities, namely A, B and C, with N, M and K households respectively" (withNamesLabel).
  const withNames = withNamesLabel(tokens, fig, ctx, listed);
  if (withNames) return withNames;
  // Names after the list's verb (label-respective-objects.ts): "invested N and M in A and B
  // respectively", "Of the 90 firms, 30 and 60 were state-level and city-level model firms respectively".
  const objects = respectiveObjectsLabel(tokens, fig, ctx);
  if (objects) return objects;
  const paired = (ctx.before ?? [])
    .filter((b) => b.at !== undefined && b.at < listed.listStart && b.read)
    .filter((b) => fig.kind !== "percent" || b.kind !== "percent")
    .slice(-listed.length);
  if (paired.length === listed.length) {
    const own = labelWithoutUnit(paired[listed.position]!.label);
    // "built N digesters and M km of roads, with investments of P and Q yuan respectively": the noun
    // before the list's "of" is what each figure is, of the item at its position.
    const listAt = tokenAt(tokens, listed.listStart);
    const named = tokens[listAt - 1]?.lemma === "of" ? chunkLeft(tokens, listAt - 1) : undefined;
    const measure = named && tokens[named.start - 1]?.lemma === "with" ? named.text : undefined;
    const whose = measure ? `${upperFirst(measure)} of ${lowerFirst(own)}` : own;
    const shared = phraseAfter(tokens, listed.sharedFrom)?.replace(/,?\s*respectively$/i, "");
    // "P% and Q% of the annual task respectively": a rate "of" a whole is each figure's share of it,
    // worded as a lone share is (label-shares.ts).
    const share = fig.kind === "percent" && /^of\b/i.test(shared ?? "") ? `as a share ${shared}` : shared;
    return `${whose}${share ? ` ${share}` : ""}${fig.kind === "percent" ? " (percent)" : ""}`;
  }
  // "the income of farmers in A, B and C reached N, M and P respectively": each figure is the
  // subject for the name at its position (label-lists.ts).
  const verbAt = verbBefore(tokens, tokenAt(tokens, listed.listStart));
  const rightAfter = verbAt >= 0 && tokenAt(tokens, listed.listStart) === verbAt + 1;
  const names =
    rightAfter && LINKING.has(tokens[verbAt]!.lemma)
      ? respectiveNames(tokens, verbAt, listed.length)
      : undefined;
  if (names) return `${names.prefix} ${names.names[listed.position]}`;
  return undefined;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The last word of a noun phrase, lower-cased: what it counts ("poor households" → "households"). */
const headWord = (phrase: string) => phrase.toLowerCase().split(/\s+/).at(-1);

/**
 * "43 counties in three areas, namely A, B and C, with 28, 9 and 6 counties respectively": names
 * listed right before ", with" and a "respectively" list as long split the whole stated before the
 * names (the sentence's last figure of the same kind counting the same noun) among them, each figure
 * its own name's part ("Households relocated in A"). Undefined for any other shape.
 */
function withNamesLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  listed: { position: number; length: number; listStart: number },
): string | undefined {
  if (fig.kind === "percent") return undefined;
  const listAt = tokenAt(tokens, listed.listStart);
  if (tokens[listAt - 1]?.lemma !== "with" || tokens[listAt - 2]?.text !== ",") return undefined;
  const subjects = respectiveSubjects(tokens, listAt - 2, listed.length);
  if (!subjects) return undefined;
  const noun = countedNoun(fig) ?? sharedNoun(tokens, fig, ctx, listed) ?? NO_NOUN[fig.kind];
  if (!noun) return undefined;
  const namesAt = tokens[subjects.start]!.start;
  const whole = ctx.before
    ?.filter((b) => b.read && b.kind === fig.kind && b.at !== undefined && b.at < namesAt)
    .filter((b) => fig.kind !== "count" || (b.head !== undefined && headWord(b.head) === headWord(noun)))
    .at(-1);
  // The whole's own place ("relocated in the three cities") is what the names part: it goes.
  const what = whole
    ? labelWithoutUnit(whole.label).replace(/\s+in\s.*$/, "")
    : noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return `${what} in ${subjects.names[listed.position]!.replace(/^The\b/, "the")}`;
}

/** A participle that modifies the noun after it inside a name ("repaired canals", "hardened roads"). */
const participleBeforeNoun = (tokens: Token[], i: number) =>
  /[a-z]ed$/i.test(tokens[i]!.text) && ["NOUN", "PROPN"].includes(tokens[i + 1]?.pos ?? "");

/**
 * "Hardened village roads, drinking water projects and repaired canals were N km, M and K km
 * respectively": the names, capitalised, of the subject of the linking verb right before the list,
 * when that subject is wholly a list of noun phrases as long as the figures' list; undefined for any
 * other shape (a verb that acts, words between the verb and the figures, a shorter list).
 */
function linkedSubjects(
  tokens: Token[],
  listed: { length: number; listStart: number },
): string[] | undefined {
  const listAt = tokenAt(tokens, listed.listStart);
  const verbAt = listAt - 1;
  const verb = tokens[verbAt];
  if (verb?.lemma !== "be") return undefined;
  // Participles read as names' words only here: their list is checked whole by respectiveSubjects.
  const marked = tokens.map((t, i) =>
    t.pos === "VERB" && participleBeforeNoun(tokens, i) ? { ...t, pos: "ADJ" } : t,
  );
  const subjects =
    respectiveSubjects(marked, verbAt, listed.length) ?? articled(tokens, verbAt, listed.length);
  if (!subjects) return undefined;
  // Things, not places or bodies: a list of names that act is respectiveLabel's.
  if (subjects.names.some((n) => !/^\p{Ll}/u.test(n) && !/^(?:The\s|[A-Z][a-z]+\s+[a-z])/.test(n)))
    return undefined;
  return subjects.names.map((n) => n.replace(/^the\s+/i, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
}

/**
 * "A and B contributed N and M Yuan respectively", "… received N and M respectively of the provincial
 * funds": the label of one figure of a "respectively" list acted on right after its verb, when the
 * verb's subject is a list of names as long (respectiveSubjects): what the figure is (its counted
 * noun, the "of" phrase after the list, the whole of an "of which", or "Funds"), the verb and the
 * name at its position ("Funds contributed by Shenzhen"). Undefined for any other shape.
 */
function respectiveLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  listed: { position: number; length: number; listStart: number; sharedFrom: number },
): string | undefined {
  if (fig.kind === "percent") return undefined;
  const listAt = tokenAt(tokens, listed.listStart);
  const verbAt = verbBefore(tokens, listAt);
  if (verbAt < 0 || tokens[verbAt]!.pos !== "VERB") return undefined;
  // The verb acts on the list itself: nothing but "a total of" and the like stands between them.
  const gap = tokens.slice(verbAt + 1, listAt);
  if (!gap.every((t) => FILLERS.has(t.lemma) || ["a", "of"].includes(t.lemma))) return undefined;
  const subjects = respectiveSubjects(tokens, verbAt, listed.length);
  if (!subjects) return undefined;
  // "N Yuan invested by X for Y, of which A and B contributed …": with no noun of the whole to
  // borrow, the parts name the whole they are of.
  const ofWhich = tokens[subjects.start - 1]?.lemma === "which" && tokens[subjects.start - 2]?.lemma === "of";
  const whole = ofWhich
    ? ctx.before
        ?.filter((b) => b.read && b.kind === fig.kind && b.at! < tokens[subjects.start - 2]!.start)
        .at(-1)
    : undefined;
  let rest = listed.sharedFrom;
  if (tokens[rest]?.lemma === "respectively") rest++;
  // "… respectively of the provincial funds": what the figures are, after the list.
  let noun: string | undefined;
  const nounAt = tokens[rest + 1]?.pos === "DET" ? rest + 2 : rest + 1;
  if (tokens[rest]?.lemma === "of" && NOMINAL.has(tokens[nounAt]?.pos ?? "")) {
    const np = chunkRight(tokens, nounAt);
    if (np.text) {
      noun = np.text;
      rest = np.end;
    }
  }
  noun ??= countedNoun(fig) ?? sharedNoun(tokens, fig, ctx, listed) ?? ctx.totalHead ?? NO_NOUN[fig.kind];
  if (!noun) return undefined;
  const verb = tokens[verbAt]!;
  const participle = isPastParticiple(verb) ? verb.text.toLowerCase() : pastParticiple(verb.lemma);
  const after = phraseAfter(tokens, rest)?.replace(/^respectively\b\s*/i, "");
  const name = subjects.names[listed.position]!.replace(/^The\b/, "the");
  const of = whole && !ctx.totalHead ? `, of ${lowerFirst(labelWithoutUnit(whole.label))}` : "";
  return `${noun} ${participle} by ${name}${after ? ` ${after}` : ""}${of}`;
}

/**
 * "A and B trained 28,400 and 31,200 people respectively": a bare count of the list counts the noun
 * written once after the list's last figure ("people").
 */
function sharedNoun(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  listed: { position: number; length: number },
): string | undefined {
  if (fig.kind !== "count" || ctx.index === undefined) return undefined;
  const last = ctx.figures?.[ctx.index - listed.position + listed.length - 1];
  if (last?.kind !== "count") return undefined;
  const words = tokens.filter((t) => t.start >= last.start && t.end <= last.end && t.pos !== "NUM");
  return words.length > 0 && words.every((t) => /\p{L}/u.test(t.text))
    ? words.map((t) => t.text).join(" ")
    : undefined;
}

/**
 * "A and B were N and M respectively, up P% and Q% year-on-year": a list of rates after "up" or
 * "down" right after a "respectively" list as long pairs each rate with the figure at its own
 * position: P is the growth of N's measure, Q of M's. Undefined for any other shape.
 */
function respectiveGrowthLabel(tokens: Token[], fig: FigureSpan, ctx: Context): string | undefined {
  if (fig.kind !== "percent" || !ctx.figures || ctx.index === undefined) return undefined;
  const rates = figureRun(tokens, ctx.figures, ctx.index);
  const length = rates.to - rates.from + 1;
  if (length < 2 || rates.from < length) return undefined;
  const firstRate = tokenAt(tokens, ctx.figures[rates.from]!.start);
  if (!["up", "down"].includes(tokens[firstRate - 1]?.lemma ?? "")) return undefined;
  // The figures right before: a list as long, closed by "respectively" and a comma.
  const measured = figureRun(tokens, ctx.figures, rates.from - 1);
  if (measured.to - measured.from + 1 !== length || ctx.figures[measured.from]!.kind === "percent")
    return undefined;
  const gap = tokens.slice(tokenAt(tokens, ctx.figures[measured.to]!.end), firstRate - 1);
  if (gap.map((t) => t.lemma).join(" ") !== "respectively ,") return undefined;
  const own = ctx.before?.find((b) => b.at === ctx.figures![measured.from + ctx.index! - rates.from]!.start);
  if (!own?.read || /^(?:Growth|Increase) of\b/.test(own.label)) return undefined;
  const over = phraseAfter(tokens, tokenAt(tokens, ctx.figures[rates.to]!.end));
  return `Growth of ${lowerFirst(labelWithoutUnit(own.label))}${over ? ` ${over}` : ""} (percent)`;
}
