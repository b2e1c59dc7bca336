import { describe, expect, it } from "vitest";
import { findHeadings } from "../../src/knowledge/headings.js";

// Invented pages, one per heading style a report of the series may use; each must give every
// section its own heading, and no sentence or list item inside a section may become one.
const titles = (text: string) => findHeadings(text, { knownTitles: [] }).map((h) => h.title);
const bodies = (text: string) =>
  findHeadings(text, { knownTitles: [] }).map((h) => text.slice(h.bodyStart).trim().slice(0, 8));

const page = (heads: string[], join: (h: string, body: string) => string) =>
  `Poverty Alleviation in Someprovince\n${heads
    .map((h, i) => join(h, `In 201${i}, the county built ${i + 3}0 roads for 2,${i}00 households.`))
    .join("\n")}\n`;

const HEADS = ["General Situation", "Industrial Development", "Relocation", "Funds", "Rain Plan"];

describe("findHeadings: heading styles", () => {
  it("Arabic numbers closed by 、 on lines of their own", () => {
    const text = page(HEADS, (h, b) => `${HEADS.indexOf(h) + 1}、${h}\n${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("Part 3 Industrial Development", () => {
    const text = page(HEADS, (h, b) => `Part ${HEADS.indexOf(h) + 1} ${h}\n${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("Section IV: Relocation", () => {
    const roman = ["I", "II", "III", "IV", "V"];
    const text = page(HEADS, (h, b) => `Section ${roman[HEADS.indexOf(h)]}: ${h}\n${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("bracketed numbers running into the sentence", () => {
    const text = page(HEADS, (h, b) => `(${HEADS.indexOf(h) + 1}) ${h} ${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("titles in capitals with the sentence on the next line", () => {
    const text = page(HEADS, (h, b) => `${h.toUpperCase()}\n${b}`);
    expect(titles(text)).toEqual(HEADS.map((h) => h.toUpperCase()));
  });

  it("titles closed by an em dash", () => {
    const text = page(HEADS, (h, b) => `${h} — ${b}`);
    expect(titles(text)).toEqual(HEADS);
    expect(bodies(text).every((b) => b.startsWith("In 201"))).toBe(true);
  });

  it("bulleted titles", () => {
    for (const bullet of ["■", "●", "◆", "•", "▲"]) {
      const text = page(HEADS, (h, b) => `${bullet} ${h}\n${b}`);
      expect(titles(text)).toEqual(HEADS);
    }
  });

  it("bulleted titles running into the sentence", () => {
    const text = page(HEADS, (h, b) => `■ ${h}: ${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("titles closed by a colon, the sentence on the same line", () => {
    const text = page(HEADS, (h, b) => `${h}: ${b}`);
    expect(titles(text)).toEqual(HEADS);
    expect(bodies(text).every((b) => b.startsWith("In 201"))).toBe(true);
  });

  it("a numbered list inside a section stays text", () => {
    const text = page(
      HEADS,
      (h, b) => `${h}\n${b}\n1. The county built 20 roads.\n2. The county trained 300 people.`,
    );
    expect(titles(text)).toEqual(HEADS);
  });

  it("a titled part number runs into its sentence too", () => {
    const text = page(HEADS, (h, b) => `Chapter ${HEADS.indexOf(h) + 1}. ${h} ${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("a sentence that names a part of a plan is no heading", () => {
    const text = page(HEADS, (h, b) => `${h}\n${b}\nSection 2 of the plan covered 30 villages.`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("a bulleted list of short phrases inside a section stays text", () => {
    const text = page(HEADS, (h, b) => `${h}\n${b}\n● Roads\n● Drinking water\n● Power supply`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("a bulleted sentence is no heading, and a bulleted heading starts at its bullet", () => {
    const text = page(HEADS, (h, b) => `■ ${h}\n${b}\n● The county trained 300 people.`);
    expect(titles(text)).toEqual(HEADS);
    const starts = findHeadings(text, { knownTitles: [] }).map((h) => text[h.start]);
    expect(starts.every((c) => c === "■")).toBe(true);
  });

  it("Roman numeral signs, full-width brackets and stops, Roman numbers closed by 、", () => {
    const signs = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ"];
    const roman = ["I", "II", "III", "IV", "V"];
    const styles: ((i: number) => string)[] = [
      (i) => `${signs[i]}. `,
      (i) => `${signs[i]}、`,
      (i) => `（${i + 1}）`,
      (i) => `${i + 1}．`,
      (i) => `${roman[i]}、`,
    ];
    for (const number of styles) {
      const text = page(HEADS, (h, b) => `${number(HEADS.indexOf(h))}${h}\n${b}`);
      expect(titles(text)).toEqual(HEADS);
    }
  });

  it("Arabic numbers closed by a bracket, and a list numbered that way inside a section stays text", () => {
    const text = page(HEADS, (h, b) => `${HEADS.indexOf(h) + 1}) ${h}\n${b}`);
    expect(titles(text)).toEqual(HEADS);
    const list = page(HEADS, (h, b) => `${h}\n${b}\n1) The county built 20 roads.\n2) Power supply`);
    expect(titles(list)).toEqual(HEADS);
  });

  it("Section 5 - Funds: a part number closed by a dash", () => {
    const text = page(HEADS, (h, b) => `Section ${HEADS.indexOf(h) + 1} - ${h}\n${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("an em dash without spaces closes a title, but not an aside inside a sentence", () => {
    const text = page(HEADS, (h, b) => `${h}—${b}`);
    expect(titles(text)).toEqual(HEADS);
    expect(bodies(text).every((b) => b.startsWith("In 201"))).toBe(true);
    const aside = page(HEADS, (h, b) => `${h}\n${b}\nThe county—Lhasa's largest—built 30 roads.`);
    expect(titles(aside)).toEqual(HEADS);
  });

  it("titles bulleted with a hyphen set off by a space; a negative figure is no bullet", () => {
    const text = page(HEADS, (h, b) => `- ${h}\n${b}\n-3.2% was the change.`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("Part Three: a part number written as a word", () => {
    const words = ["One", "Two", "Three", "Four", "Five"];
    const text = page(HEADS, (h, b) => `Part ${words[HEADS.indexOf(h)]}: ${h}\n${b}`);
    expect(titles(text)).toEqual(HEADS);
  });

  it("Part Thirteen: part words run past twelve, as a long report's parts do", () => {
    const many = Array.from({ length: 15 }, (_, i) => `Topic ${String.fromCharCode(65 + i)} Work`);
    const words = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen";
    const text = page(many, (h, b) => `Part ${words.split(" ")[many.indexOf(h)]}: ${h}\n${b}`);
    expect(titles(text)).toEqual(many);
  });
});
