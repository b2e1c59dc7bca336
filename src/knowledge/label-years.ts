// The year a figure belongs to when its sentence dates it apart from the report's year: "N last
// year", "from N to M", "while last year it was N", "N more than in 2010"; and, for a figure so
// dated ("against M last year"), the figure before it whose measure it repeats.
import { isPastParticiple } from "../text/participles.js";
import { isYearText } from "../text/years.js";
import { GROWTH_VERBS } from "./label-clauses.js";
import type { Before, Context, FigureSpan } from "./label-figure.js";
import { NOMINAL } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** "N last year", "N in the previous year", "N in 2010": the year the figure belongs to. */
export function yearAfter(tokens: Token[], last: number, year: number | null): number | undefined {
  let i = last + 1;
  // "5,000 Yuan per person in 2011": the rate's "per X" stands between the figure and its year.
  const perUnit = tokens[i]?.lemma === "per" && NOMINAL.has(tokens[i + 1]?.pos ?? "") ? 2 : 0;
  i += perUnit;
  // "compared with 1,870 villages completed in 2012": a participle after the counted noun, then its
  // year, dates the figure as "N villages in 2012" does.
  const participle =
    tokens[i]?.pos === "VERB" && isPastParticiple(tokens[i]!) && tokens[i + 1]?.lemma === "in";
  if (participle) i++;
  const prepAt = i;
  if (tokens[i]?.lemma === "in" || (!participle && (tokens[i]?.lemma === "of" || tokens[i]?.lemma === "for")))
    i++;
  if (tokens[i]?.lemma === "the") i++;
  // A year written out counts only after "in" ("N in 2010"): "N 2011" is no dating.
  const said = yearNamed(tokens, i, year);
  const written = isYearText(tokens[i]?.lemma ?? "");
  if (said !== undefined && (!written || tokens[prepAt]?.lemma === "in")) return said ?? undefined;
  // "from 5.39 million at the end of 2011 to 4.264 million at the end of 2012", "from 6.92 million at
  // the end of last year to 5.71 million at the end of this year": each figure's own year follows
  // it, as "at (or by) the end of" a year.
  const end = tokens.slice(last + 1, last + 5).map((t) => t.lemma);
  if (["at", "by"].includes(end[0] ?? "") && end[1] === "the" && end[2] === "end" && end[3] === "of")
    return yearNamed(tokens, last + 5, year) ?? undefined;
  return undefined;
}

/** How far back from a figure a "when" clause's opening is looked for. */
const MAX_WHEN_WORDS = 12;

/**
 * "Compared with 2011, when 12 platforms were raised, …", "In 2010, when N people …": a clause opened
 * by "when" right after a year is of that year, and so are its figures. Undefined otherwise (a
 * comma or another number between "when" and the figure ends the search).
 */
export function yearOfWhenClause(tokens: Token[], first: number): number | undefined {
  for (let i = first - 1; i >= 2 && first - i <= MAX_WHEN_WORDS; i--) {
    const t = tokens[i]!;
    if (t.lemma === "when") {
      const year = tokens[i - 2]?.text ?? "";
      return tokens[i - 1]?.text === "," && isYearText(year) ? Number(year) : undefined;
    }
    if (/^[,;:]$/.test(t.text) || t.pos === "NUM") return undefined;
  }
  return undefined;
}

/**
 * The year the words at `i` name: "last year" / "previous year" (the report's year before), "this
 * year" (the report's year), or a year written out. Undefined when they name none; null when they
 * name one relative to a report year that is unknown.
 */
function yearNamed(tokens: Token[], i: number, year: number | null): number | null | undefined {
  const a = tokens[i]?.lemma;
  const b = tokens[i + 1]?.lemma;
  if ((a === "last" || a === "previous") && b === "year") return year === null ? null : year - 1;
  if (a === "this" && b === "year") return year;
  const written = tokens[i]?.text ?? "";
  if (isYearText(written)) return Number(written);
  return undefined;
}

/** Words that measure a change against a year written after them ("over the previous year"). */
const AGAINST_YEAR = new Set(["over", "than", "with", "from"]);

/**
 * "the number of relocated people rose by 10.1% over the previous year (61,230 people)": a figure
 * alone in brackets right after the year a change is measured against is what changed, as it stood
 * that year. That year; undefined for any other shape (or a report year that is unknown).
 */
export function bracketedBaseYear(
  tokens: Token[],
  first: number,
  last: number,
  year: number | null,
): number | undefined {
  if (tokens[first - 1]?.text !== "(" || tokens[last + 1]?.text !== ")") return undefined;
  let i = first - 2;
  let named: number | null | undefined;
  if (tokens[i]?.lemma === "year") {
    named = yearNamed(tokens, i - 1, year);
    i -= 2;
  } else if (isYearText(tokens[i]?.text ?? "")) {
    named = Number(tokens[i]!.text);
    i -= 1;
  }
  if (named === undefined || named === null) return undefined;
  if (tokens[i]?.lemma === "the") i--;
  if (tokens[i]?.lemma === "in") i--;
  return AGAINST_YEAR.has(tokens[i]?.lemma ?? "") ? named : undefined;
}

/**
 * "…set aside N this year, while last year it was M": a pronoun standing for the measure before it,
 * dated "last year" (or "the previous year") ahead of it. M is that measure a year earlier. So is
 * the object of a pronoun's own verb so dated ("while last year it invested M").
 */
export function lastYearItWas(tokens: Token[], first: number): boolean {
  const stood = tokens[first - 1]?.lemma === "at" && tokens[first - 2]?.lemma === "stand";
  const i = stood ? first - 2 : first - 1;
  if (!stood && tokens[i]?.lemma !== "be" && tokens[i]?.pos !== "VERB") return false;
  const pronoun = tokens[i - 1];
  if (pronoun?.pos !== "PRON" || !["it", "they", "this", "that"].includes(pronoun.lemma)) return false;
  return tokens[i - 2]?.lemma === "year" && ["last", "previous"].includes(tokens[i - 3]?.lemma ?? "");
}

/**
 * "the incidence dropping from 11.6% to 9.7%": the figure after a verb of change and "from", with
 * "to" and another figure after it, is the level before the change, the year before the sentence's
 * (the "to" figure is the sentence's year). A range ("ranging from 10 to 20") has no verb of change.
 */
export function changedFromYear(tokens: Token[], first: number, last: number, year: number | null) {
  if (year === null || tokens[first - 1]?.lemma !== "from") return undefined;
  const verb = tokens[first - 2];
  if (verb?.pos !== "VERB" || !GROWTH_VERBS.has(verb.lemma)) return undefined;
  const to = tokens.slice(last + 1, last + 4).findIndex((t) => t.lemma === "to");
  return to >= 0 && tokens[last + 2 + to]?.pos === "NUM" ? year - 1 : undefined;
}

/** Words of a change "than" a year, and the way each goes; `RATE_WAYS` too for a rate ("31.5% higher"). */
const AMOUNT_WAYS: Record<string, boolean> = { more: true, less: false, few: false, fewer: false };
const RATE_WAYS: Record<string, boolean> = {
  ...AMOUNT_WAYS,
  high: true,
  higher: true,
  low: false,
  lower: false,
};

/**
 * "N more than the previous year", "N fewer than last year", "N more than in 2010" right after the
 * figure `last` ends: which way it changed and the year it is measured against, in words. `rate`:
 * the figure is a percentage, which "higher" and "lower" compare too ("37% higher than in 2010").
 */
export function changeOverYear(
  tokens: Token[],
  last: number,
  rate = false,
): { more: boolean; year: string } | undefined {
  const way = tokens[last + 1]?.lemma ?? "";
  const ways = rate ? RATE_WAYS : AMOUNT_WAYS;
  if (!Object.hasOwn(ways, way) || tokens[last + 2]?.lemma !== "than") return undefined;
  const rest = tokens.slice(last + 3, last + 6).map((t) => t.lemma);
  if (rest[0] === "in") rest.shift();
  if (rest[0] === "the") rest.shift();
  const year =
    (rest[0] === "previous" || rest[0] === "last" || rest[0] === "preceding") && rest[1] === "year"
      ? "the previous year"
      : rest[0] === "year" && rest[1] === "before"
        ? "the previous year"
        : rest[0] && isYearText(rest[0])
          ? rest[0]
          : undefined;
  return year ? { more: ways[way]!, year } : undefined;
}

/**
 * "trained N people this year, against M last year": M is the same measure in another year, so
 * it takes the label (and a count its noun) of the figure of its kind before it, which this
 * returns (after "against", "compared with", or a figure "last year it was"). Undefined for any other
 * shape or with no such figure; clauseLabel asks only for a figure the sentence dates.
 */
export function sameMeasureBefore(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): Before | undefined {
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const lastYears = lastYearItWas(tokens, first);
  if (!(prev?.lemma === "against" || (prev?.lemma === "with" && prev2?.lemma === "compare") || lastYears))
    return undefined;
  return ctx.before?.filter((b) => b.kind === fig.kind && b.read).at(-1);
}
