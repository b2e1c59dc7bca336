import { describe, expect, it } from "vitest";
import { findHeadings } from "../../src/knowledge/headings.js";

// Invented pages that mix real section headings with lines that only look like them: numbered or
// bulleted list items inside a section, sentences opening with "Part of", "Section chiefs",
// "Chapter 3 of the Outline", a Roman numeral at the start of a broken line, table cells. Each
// page's exact section list is asserted.
const titles = (text: string) => findHeadings(text, { knownTitles: [] }).map((h) => h.title);
const page = (...lines: string[]) =>
  ["Poverty Alleviation and Development in Someprovince", ...lines].join("\n");

describe("findHeadings: lines that look like headings and are not", () => {
  it("sentences opening with a part word and no part number stay text", () => {
    const text = page(
      "Part One: General Situation",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "Part of the funds went to 300 villages, and the rest to roads.",
      "Part Two: Funds Input",
      "In 2013, the province invested RMB 4.2 billion.",
      "Section chiefs from 12 counties attended the training in May.",
      "Part Three: Relocation",
      "Chapter and verse of the new rules were sent to 58 counties.",
      "Part Four: Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["General Situation", "Funds Input", "Relocation", "Rain Plan"]);
  });

  it("a numbered list of sentences inside a section does not break the page's numbering", () => {
    const text = page(
      "1. Overview",
      "In 2013, the province lifted 1.2 million people out of poverty. The main measures were:",
      "1. The province built 300 km of roads in 40 villages.",
      "2. The province trained 2,000 people.",
      "3. Drinking water for 12,000 households.",
      "2. Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "3. Rain Plan",
      "The Rain Plan trained 40,000 people.",
      "4. Relocation",
      "In 2013, 20,000 households moved.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan", "Relocation"]);
  });

  it("a sentence naming a chapter by its number does not break the chapters' numbering", () => {
    const text = page(
      "Chapter 1. Overview",
      "In 2013, the province lifted 1.2 million people.",
      "Chapter 2. Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "Chapter 3. Rain Plan",
      "Chapter 3 of the Outline set the target at 40,000 people.",
      "Chapter 4. Relocation",
      "In 2013, 20,000 households moved.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan", "Relocation"]);
  });

  it("a Roman numeral opening a broken line of a sentence is no section number", () => {
    const text = page(
      "I. Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "II. Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "III. Rain Plan",
      "The Rain Plan trained 40,000 people. The World Bank Project",
      "VI. was extended to 12 counties.",
      "IV. Relocation",
      "In 2013, 20,000 households moved.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan", "Relocation"]);
  });

  it("a numbered list running into its sentences inside one section of title lines stays text", () => {
    const text = page(
      "Overview",
      "In 2013, the province lifted 1.2 million people out of poverty. Measures:",
      "(1) Roads. The province built 300 km of roads.",
      "(2) Training. In 2013, 2,000 people were trained.",
      "(3) Water. The province gave 12,000 households safe water.",
      "Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "Rain Plan",
      "The Rain Plan trained 40,000 people.",
      "Relocation",
      "In 2013, 20,000 households moved.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan", "Relocation"]);
  });

  it("numbered titles on lines of their own between two title lines stay sections", () => {
    const text = page(
      "Overview",
      "In 2013, the province lifted 452,000 people out of poverty.",
      "Investment of Funds",
      "In 2013, the province put in 3.5 billion yuan.",
      "(1) Entire Village Advancement",
      "In 2013, 800 villages were planned.",
      "(2) Contiguous Development",
      "Eleven counties are in the contiguous area.",
      "(3) Rain Plan. In 2013, the province trained 56,000 people.",
      "Microfinance and Mutual Funds",
      "In 2013, the province arranged 32 million yuan.",
      "Social Poverty Alleviation",
      "In 2013, 9 central organs helped the key counties.",
      "Organization Construction",
      "In 2013, the province trained 3,200 cadres.",
    );
    expect(titles(text)).toEqual([
      "Overview",
      "Investment of Funds",
      "Entire Village Advancement",
      "Contiguous Development",
      "Rain Plan",
      "Microfinance and Mutual Funds",
      "Social Poverty Alleviation",
      "Organization Construction",
    ]);
  });

  it("bulleted items with figures stay text, and a list's items share their bullet", () => {
    const text = page(
      "■ General Situation",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "■ 1,200 households moved into new homes",
      "■ Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "● 300 km of roads",
      "● Drinking Water Safety",
      "● Power Supply",
      "■ Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["General Situation", "Funds Input", "Rain Plan"]);
  });

  it("a bulleted title followed by a list under another bullet is still a section", () => {
    const text = page(
      "■ General Situation",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "■ Funds Input",
      "● Central Funds",
      "● County Funds",
      "In 2013, the province invested 4.2 billion yuan.",
      "■ Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["General Situation", "Funds Input", "Rain Plan"]);
  });

  it("a table flattened to a cell a line gives no section: neither its caption nor its row labels", () => {
    const text = page(
      "I. Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "II. Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "Funds by source",
      "Central funds",
      "2.1",
      "Provincial funds",
      "1.2",
      "III. Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan"]);
  });

  it("a figure's source and notes are no sections", () => {
    const text = page(
      "Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "Source: Provincial Bureau of Statistics",
      "Notes: The figures for 2013 are preliminary.",
      "Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan"]);
  });

  it("numbered title lines one after another are a list, on a page of title lines or of numbered ones", () => {
    const list = [
      "In 2013, the province invested 4.2 billion yuan in three areas:",
      "(1) Rural Roads",
      "(2) Drinking Water",
      "(3) Power Supply",
      "Of the total, 1.2 billion yuan went to roads.",
    ];
    const plain = page(
      "Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "Funds Input",
      ...list,
      "Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(plain)).toEqual(["Overview", "Funds Input", "Rain Plan"]);
    const numbered = page(
      "1. Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "2. Funds Input",
      ...list,
      "3. Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(numbered)).toEqual(["Overview", "Funds Input", "Rain Plan"]);
  });

  it("a bulleted Title Case title joining its subjects with commas is a section; an unbulleted list of names is not", () => {
    const text = page(
      "■ Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "● Monitoring, Registration and Publicity",
      "In 2013, the province registered 2.1 million poor people.",
      "■ Rain Plan",
      "The Rain Plan trained 40,000 people in three prefectures:",
      "Lhasa, Shigatse and Nyingchi",
    );
    expect(titles(text)).toEqual(["Overview", "Monitoring, Registration and Publicity", "Rain Plan"]);
  });

  it("a table's header, units and row labels, each on a line of its own, are no sections", () => {
    const text = page(
      "■ Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "Indicator",
      "Unit",
      "2012",
      "2013",
      "Rural poor",
      "10,000 persons",
      "86.2",
      "72.1",
      "Per capita income",
      "yuan",
      "2,400",
      "■ Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["Overview", "Rain Plan"]);
  });

  it("a phrase closed by a colon before a list of sentences leads the list; before text it is a title", () => {
    const text = page(
      "Overview:",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "Funds Input:",
      "In 2013, the province invested 4.2 billion yuan.",
      "Main measures:",
      "(1) The province built 300 km of roads.",
      "(2) The province trained 2,000 people.",
      "Rain Plan:",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan"]);
  });

  it("a sentence that lost its full stop, bulleted or not, is no title", () => {
    const text = page(
      "■ Overview",
      "In 2013, the province lifted 1.2 million people out of poverty.",
      "● Villages were connected to the grid",
      "The province also built roads.",
      "■ Funds Input",
      "In 2013, the province invested 4.2 billion yuan.",
      "Roads were hardened in every township",
      "■ Rain Plan",
      "The Rain Plan trained 40,000 people.",
    );
    expect(titles(text)).toEqual(["Overview", "Funds Input", "Rain Plan"]);
  });
});
