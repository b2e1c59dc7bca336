import { describe, expect, it } from "vitest";
import {
  isNumberOnly,
  numberedLine,
  romanValue,
  sectionNumbering,
} from "../../src/knowledge/heading-numbers.js";
import { findHeadings } from "../../src/knowledge/headings.js";

const titles = (text: string) => findHeadings(text, { knownTitles: [] }).map((h) => h.title);

describe("romanValue", () => {
  it("reads Roman numerals written the usual way, and nothing else", () => {
    expect([romanValue("I"), romanValue("IV"), romanValue("IX"), romanValue("XIV")]).toEqual([1, 4, 9, 14]);
    expect(romanValue("IIII")).toBeNaN();
    expect(romanValue("VX")).toBeNaN();
  });
});

describe("findHeadings: numbered section headings", () => {
  it("takes the title after a Roman number, standing alone or running into its first sentence", () => {
    const text = [
      "Poverty Alleviation in Somewhere",
      "  I. Overview",
      "In 2012, the province lifted 312,000 people out of poverty.",
      "  II. Investment of Funds",
      "The province put in 2.1 billion Yuan.",
      "  III. Industrial Development In 2012, the province supported 348 projects.",
    ].join("\n");
    expect(titles(text)).toEqual(["Overview", "Investment of Funds", "Industrial Development"]);
    const third = findHeadings(text, { knownTitles: [] })[2]!;
    expect(text.slice(third.bodyStart).trim()).toMatch(/^In 2012, the province supported/);
  });

  it("reads bracketed and Chinese numbers the same way", () => {
    expect(titles("Title line\n(1) Overview\nText.\n(2) Rain Plan\nText.\n(3) Relocation\nText.")).toEqual([
      "Overview",
      "Rain Plan",
      "Relocation",
    ]);
  });

  it("leaves a numbered list that starts again in each section as text", () => {
    const text = [
      "Title line",
      "Overview",
      "1. Roads",
      "2. Bridges",
      "3. Wells",
      "Rain Plan",
      "1. Training",
      "2. Jobs",
      "3. Loans",
    ].join("\n");
    expect(titles(text)).toEqual(["Overview", "Rain Plan"]);
  });

  it("leaves numbered sentences as text", () => {
    const text = [
      "Title line",
      "Overview",
      "1. The province built 300 roads, up 5%.",
      "2. It dug 40 wells.",
      "3. It trained 9,000 people.",
    ].join("\n");
    expect(titles(text)).toEqual(["Overview"]);
  });

  it("follows a numbering that changes style on the way, past numbered sentences inside a section", () => {
    const text = [
      "Title line",
      "1. Overview",
      "In 2013, the province lifted 412,000 people out of poverty.",
      "2. Rural Infrastructure. In 2013, the province used 736 million Yuan on roads.",
      "III. Industrial Poverty Alleviation",
      "The province arranged 268 million Yuan.",
      "1. The province recognised 146 leading enterprises.",
      "2. A total of 41,300 households grew vegetables.",
      "四、Rain Plan Training",
      "The province trained 64,800 people.",
      "(5) Relocation of Poor Households",
      "It moved 9,860 households.",
    ].join("\n");
    expect(titles(text)).toEqual([
      "Overview",
      "Rural Infrastructure",
      "Industrial Poverty Alleviation",
      "Rain Plan Training",
      "Relocation of Poor Households",
    ]);
  });

  it("does not make a run of mixed styles out of list items that skip numbers", () => {
    const text = ["Title line", "Overview", "1. Roads", "III. Bridges", "(5) Wells", "Rain Plan"].join("\n");
    expect(titles(text)).toEqual(["Overview", "Rain Plan"]);
  });

  it("reads part numbers written as words up to twenty, never taking 'Part Thirteen' as a title", () => {
    const words = ["Eleven", "Twelve", "Thirteen", "Fourteen"];
    const text = [
      "Poverty Alleviation in Somewhere",
      ...["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", ...words].flatMap(
        (w, i) => [
          `Part ${w}: Work Item ${"ABCDEFGHIJKLMN"[i]}`,
          `In 2013, the province built ${i + 2} roads.`,
        ],
      ),
    ].join("\n");
    expect(titles(text).slice(10)).toEqual(["Work Item K", "Work Item L", "Work Item M", "Work Item N"]);
  });
});

describe("numberedLine: the styles translators number sections in", () => {
  const read = (line: string) => {
    const n = numberedLine(line, 0);
    return n && [n.style, n.number, n.rest, n.parent];
  };
  it("reads Chinese ordinals in brackets and before a part word, and full-width digits", () => {
    expect(read("（三）Rain Plan")).toEqual(["zh bracketed", 3, "Rain Plan", undefined]);
    expect(read("(十二) Rain Plan")).toEqual(["zh bracketed", 12, "Rain Plan", undefined]);
    expect(read("第四章 Rain Plan")).toEqual(["zh ordinal", 4, "Rain Plan", undefined]);
    expect(read("第2部分：Rain Plan")).toEqual(["zh ordinal", 2, "Rain Plan", undefined]);
    expect(read("３．Rain Plan")).toEqual(["arabic", 3, "Rain Plan", undefined]);
  });

  it("reads closed Roman numbers, small Roman numbers, letters and bare numbers", () => {
    expect(read("IV) Rain Plan")).toEqual(["closed roman", 4, "Rain Plan", undefined]);
    expect(read("iv. Rain Plan")).toEqual(["lower roman", 4, "Rain Plan", undefined]);
    expect(read("C. Rain Plan")).toEqual(["letter", 3, "Rain Plan", undefined]);
    expect(read("(c) Rain Plan")).toEqual(["bracketed letter", 3, "Rain Plan", undefined]);
    expect(read("c) Rain Plan")).toEqual(["closed letter", 3, "Rain Plan", undefined]);
    expect(read("4 Rain Plan")).toEqual(["bare arabic", 4, "Rain Plan", undefined]);
    expect(read("4: Rain Plan")).toEqual(["bare arabic", 4, "Rain Plan", undefined]);
    expect(read("4 - Rain Plan")).toEqual(["bare arabic", 4, "Rain Plan", undefined]);
    // A figure, a year or a lower-case word after a number is no section number.
    expect(read("4 million people")).toBeUndefined();
    expect(read("2013 Rain Plan")).toBeUndefined();
    expect(read("I.e. the plan")).toBeUndefined();
  });

  it("reads decimal outline numbers, but not a decimal figure", () => {
    expect(read("2.3 Rain Plan")).toEqual(["decimal", 3, "Rain Plan", 2]);
    expect(read("2.3. Rain Plan")).toEqual(["decimal", 3, "Rain Plan", 2]);
    expect(read("2.35million people")).toBeUndefined();
  });

  it("reads part words in capitals, and a dash after a part number with or without spaces", () => {
    expect(read("PART TWO: RAIN PLAN")).toEqual(["Part word", 2, "RAIN PLAN", undefined]);
    expect(read("CHAPTER IV Rain Plan")).toEqual(["Chapter roman", 4, "Rain Plan", undefined]);
    expect(read("Section One—Rain Plan")).toEqual(["Section word", 1, "Rain Plan", undefined]);
    expect(read("Section One – Rain Plan")).toEqual(["Section word", 1, "Rain Plan", undefined]);
  });
});

describe("isNumberOnly", () => {
  it("is a section number with nothing after it", () => {
    expect(["Part 2", "SECTION II", "（二）", "第二章", "Chapter Three"].map(isNumberOnly)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["Part 2 Funds", "2", "12,300", "Partners"].map(isNumberOnly)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("sectionNumbering: decimal outline numbers", () => {
  const lines = (...numbers: string[]) => numbers.map((n, i) => numberedLine(`${n} Title`, i)!);
  it("runs in outline order: the next under the same part, or the first under a later one", () => {
    expect(sectionNumbering(lines("1.1", "1.2", "2.1", "4.1"), () => true)).toHaveLength(4);
    expect(sectionNumbering(lines("1.1", "1.3", "2.1"), () => true)).toEqual([]);
    expect(sectionNumbering(lines("2.1", "1.1", "1.2"), () => true)).toEqual([]);
  });
});
