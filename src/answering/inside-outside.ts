// "Did more trainees find jobs inside the county or outside it?": the sides differ only by a
// preposition, a closed class the search leaves out, so both find the same figures. Outside is the
// marked side: a side placed outside something ("outside the county", "beyond it", "out of the
// province") is a figure whose label says so, and a side placed inside ("inside", "within") is
// never one whose label says outside.
import type { Entry } from "../knowledge/schema.js";

const OUTSIDE = /\b(?:outside|beyond|out of)\b/i;
const INSIDE = /\b(?:inside|within)\b/i;

/** Whether a figure may stand for a side, as far as placing inside or outside something goes. */
export function fitsInsideOutside(side: string, e: Entry): boolean {
  if (OUTSIDE.test(side)) return OUTSIDE.test(e.label);
  if (INSIDE.test(side)) return !OUTSIDE.test(e.label) || INSIDE.test(e.label);
  return true;
}
