// The stretch of a figure's clause that is the figure's own. A clause may join several figures
// ("lifted N residents out of poverty and the growth rate of per capita income was …"): what the
// clause says after "and" or a comma about the next figure ("per capita") says nothing of this one.
import type { Entry } from "../knowledge/schema.js";
import { YEAR } from "../text/years.js";

// Where a clause's joined parts meet: "and", a comma, a semicolon.
const JOINS = /[,;]?\s+and\s+|[,;]\s+/;
// A number in the clause (years aside: "in 2011" is no figure).
const NUMBER = /\d/;
const YEARS = new RegExp(String.raw`\b${YEAR}\b`, "g");

/**
 * The part of the figure's clause that holds its written form, cut at joins; the whole clause when
 * it holds no other number (then every word of it is about this figure).
 */
export function ownPartOfClause(e: Entry): string {
  const clause = e.context;
  const at = clause.indexOf(e.written);
  if (at < 0) return clause;
  const rest = `${clause.slice(0, at)} ${clause.slice(at + e.written.length)}`.replace(YEARS, " ");
  if (!NUMBER.test(rest)) return clause;
  const before = clause.slice(0, at).split(JOINS).at(-1) ?? "";
  const after = clause.slice(at + e.written.length).split(JOINS)[0] ?? "";
  return `${before}${e.written}${after}`;
}
