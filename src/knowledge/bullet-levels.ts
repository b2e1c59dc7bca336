// Two levels of bulleted headings on one page. A page that marks its sections with bullet glyphs
// may mark the parts of one section with another glyph:
//   ■ Industry            (the section, with its own opening text)
//   ◆ Tea gardens         (its parts)
//   ◆ Fruit
//   ● Education           (the page's sections go on)
// A glyph whose titles all stand together inside one section, with the page's other titles before
// them and after them, heads the parts of that section, not sections of the page: the figures
// under "◆ Fruit" are the Industry section's. A glyph used across the page ("● Education" here and
// "● Health" three sections on) is one of the page's own levels, whatever it looks like, so no
// glyph is ranked above another by its shape.
import { BULLET, type Heading } from "./headings.js";

/** A section with the titles of the parts it holds (headings nested under it, in order). */
export type NestingHeading = Heading & { parts?: Heading[] };

// Two titles make a run of parts; the page's own level needs titles before and after the run.
const MIN_PARTS = 2;

/** The bullet glyph a heading starts with, or undefined for an unbulleted heading. */
function glyphOf(cleaned: string, h: Heading): string | undefined {
  const bullet = BULLET.exec(cleaned.slice(h.start, h.start + 4))?.[0].trim();
  return bullet || undefined;
}

/**
 * The headings with every run of nested part titles folded into the section before it (as
 * `parts`): a glyph whose two or more titles are consecutive headings, with headings of other
 * styles (another glyph or none) both before and after the run.
 */
export function nestBulletedParts(cleaned: string, headings: readonly Heading[]): NestingHeading[] {
  const glyphs = headings.map((h) => glyphOf(cleaned, h));
  const nested = new Set<number>();
  for (const glyph of new Set(glyphs)) {
    if (glyph === undefined) continue;
    const at = glyphs.flatMap((g, i) => (g === glyph ? [i] : []));
    const first = at[0]!;
    const last = at[at.length - 1]!;
    const together = last - first + 1 === at.length;
    if (at.length < MIN_PARTS || !together || first === 0 || last === headings.length - 1) continue;
    for (const i of at) nested.add(i);
  }
  if (nested.size === 0) return [...headings];
  const out: NestingHeading[] = [];
  headings.forEach((h, i) => {
    if (!nested.has(i)) {
      out.push({ ...h });
      return;
    }
    const parent = out[out.length - 1]!;
    parent.parts = [...(parent.parts ?? []), h];
  });
  return out;
}
