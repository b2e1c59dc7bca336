// "of which N Yuan, M Yuan and K Yuan came from the central government, the province and the
// counties respectively": the figures' list is the clause's subject and the names its verb's
// object, after a preposition ("came from", "were used for", "went to"), each figure the name's at
// its own position. (label-respective.ts reads the other order, names before their verb.) The label
// is what the figures are (the "of which" whole, or the figure's own noun), the verb and the name:
// "Funds from the central government", "Interest discount funds used for leading enterprises".
import { type Context, countedNoun, type FigureSpan, NO_NOUN } from "./label-figure.js";
import { figureRun, text, tokenAt } from "./label-lists.js";
import { FILLERS, labelWithoutUnit, NOMINAL } from "./label-phrases.js";
import { partitiveWholeNoun } from "./clause-whole.js";
import type { Token } from "./nlp.js";
import { isPastParticiple, pastParticiple } from "../text/participles.js";

/** Verbs of motion whose preposition alone says what the figure is ("came from A": "… from A"). */
const MOTION = new Set(["come", "go"]);
/** What ends the clause the names are read in: past it, "respectively" belongs to another list. */
const CLAUSE_END = new Set([";", ".", ":"]);

/** The label of a figure of a "respectively" list whose names follow its verb, or undefined. */
export function respectiveObjectsLabel(tokens: Token[], fig: FigureSpan, ctx: Context): string | undefined {
  if (fig.kind === "percent" || !ctx.figures || ctx.index === undefined) return undefined;
  const run = figureRun(tokens, ctx.figures, ctx.index);
  const length = run.to - run.from + 1;
  if (length < 2) return undefined;
  // The verb group straight after the list: auxiliaries, one verb, its preposition; or, when the
  // list is the object of a verb before it ("invested N and M in A and B respectively"), that verb
  // and the preposition straight after the list.
  const afterList = tokenAt(tokens, ctx.figures[run.to]!.end);
  const first = tokenAt(tokens, ctx.figures[run.from]!.start);
  const actedOn = activeVerbRightBefore(tokens, first);
  let i = actedOn >= 0 && tokens[afterList]?.pos === "ADP" ? afterList - 1 : afterList;
  if (i === afterList) while (tokens[i]?.pos === "AUX") i++;
  const active = actedOn >= 0 && i < afterList;
  const verb = active ? tokens[actedOn] : tokens[i];
  const ofWhich = tokens[first - 1]?.lemma === "which" && tokens[first - 2]?.lemma === "of";
  const whole = (ofWhich && ctx.total?.read ? labelWithoutUnit(ctx.total.label) : undefined) ?? ctx.totalHead;
  // The object of an active verb is what its own noun says, not the whole of a breakdown before it;
  // "Of the 90 firms, 30 and 60 …": bare counts count what the clause's partitive whole counts.
  const what = active
    ? (countedNoun(fig) ?? NO_NOUN[fig.kind])
    : (whole ?? countedNoun(fig) ?? partitiveWholeNoun(tokens, first, ctx.before) ?? NO_NOUN[fig.kind]);
  if (!what) return undefined;
  const What = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  // "30 and 60 were state-level and city-level model firms respectively": the names are what the
  // figures count, each one's own kind of the thing.
  if (
    !active &&
    i === afterList + 1 &&
    tokens[afterList]!.lemma === "be" &&
    verb &&
    !isPastParticiple(verb)
  ) {
    const names = namesUpTo(tokens, i, length);
    return names ? complementLabel(names, ctx.index - run.from) : undefined;
  }
  if (verb?.pos !== "VERB") return undefined;
  const prep = tokens[i + 1];
  // "5,000 and 4,000 received welding training and cooking training respectively": the names are
  // the verb's objects.
  if (
    !active &&
    prep &&
    NOMINAL.has(prep.pos) &&
    (tokens[i - 1]?.pos !== "AUX" || tokens[i - 1]?.lemma === "have")
  ) {
    const names = namesUpTo(tokens, i + 1, length);
    return names ? `${What} that ${verb.text.toLowerCase()} ${names[ctx.index - run.from]}` : undefined;
  }
  // The tagger reads "for" before a participle ("used for leading enterprises") as a conjunction.
  if (!(prep?.pos === "ADP" || (prep?.pos === "SCONJ" && prep.lemma === "for")) || prep.lemma === "of")
    return undefined;
  const names = namesUpTo(tokens, i + 2, length);
  if (!names) return undefined;
  const how = MOTION.has(verb.lemma) ? prep.text : `${pastParticiple(verb.lemma)} ${prep.text}`;
  return `${What} ${how} ${names[ctx.index - run.from]}`;
}

/**
 * The active verb whose object starts at token `first` ("invested" in "the province invested N and
 * M in …"), past "a total of" and the like; -1 when another word stands between or it is passive.
 */
function activeVerbRightBefore(tokens: Token[], first: number): number {
  let at = first - 1;
  while (at > 0 && (FILLERS.has(tokens[at]!.lemma) || ["a", "of"].includes(tokens[at]!.lemma))) at--;
  const verb = tokens[at];
  return verb?.pos === "VERB" && tokens[at - 1]?.pos !== "AUX" ? at : -1;
}

/** The `length` names from token `from` up to the "respectively" that closes them, or undefined. */
function namesUpTo(tokens: Token[], from: number, length: number): string[] | undefined {
  let end = from;
  while (end < tokens.length && tokens[end]!.lemma !== "respectively") {
    const t = tokens[end]!;
    // A verb ends the names, but for a participle before its noun inside one ("leading enterprises").
    // So does a word tied by a hyphen ("state-level", which the tagger may read as a verb).
    const modifier =
      (t.pos === "VERB" && /(?:ing|ed)$/.test(t.text) && tokens[end + 1]?.pos === "NOUN") ||
      tokens[end + 1]?.text === "-";
    if (CLAUSE_END.has(t.text) || t.pos === "NUM" || (t.pos === "VERB" && !modifier)) return undefined;
    end++;
  }
  // "…, respectively P% and Q% beyond the task": a "respectively" that leads a list of numbers
  // opens that list and closes no list of names.
  if (end >= tokens.length || tokens[end + 1]?.pos === "NUM") return undefined;
  return listItems(text(tokens.slice(from, end)).replace(/\s*,$/, ""), length);
}

/**
 * "state-level and city-level model firms": kinds written before one noun they share. A name of
 * one word takes the words after the last name's first word ("state-level model firms"); the
 * label is the name at `position`, capitalised. Undefined when the name names no thing (no noun).
 */
function complementLabel(names: string[], position: number): string | undefined {
  const lastWords = names.at(-1)!.split(/\s+/);
  if (lastWords.length < 2) return undefined;
  const shared = lastWords.slice(1).join(" ");
  const name = names[position]!;
  const whole = /\s/.test(name) ? name : `${name} ${shared}`;
  return `${whole.charAt(0).toUpperCase()}${whole.slice(1)}`;
}

/**
 * "A, B and C" read as exactly `length` names: parted by commas outside brackets, the last two by
 * "and" ("the prefecture (city) and county governments" stays one name when the commas already give
 * the others and the last "and" joins two of its own words: the first "and" of the last part parts
 * it). Undefined when the text holds another number of names.
 */
export function listItems(list: string, length: number): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of list) {
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (c === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += c;
  }
  parts.push(current.trim());
  // An "and" after the last comma (", and C") only opens the last name.
  const last = parts.pop()!.replace(/^and\s+/, "");
  const split = parts.length === length - 1 ? [last] : /^(.+?)\s+and\s+(.+)$/.exec(last)?.slice(1);
  const names = [...parts, ...(split ?? [])];
  return names.length === length && names.every((n) => /\p{L}{2}/u.test(n)) ? names : undefined;
}
