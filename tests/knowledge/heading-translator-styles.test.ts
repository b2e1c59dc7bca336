import { describe, expect, it } from "vitest";
import { cleanReportText } from "../../src/knowledge/clean.js";
import { splitReport } from "../../src/knowledge/split.js";

// Invented pages in heading styles translators of Chinese yearbooks and scraped web pages use
// (Chinese ordinals before English titles, bracketed and closed Roman numbers, decimal outline
// numbers, part words in capitals, Markdown marks, underlines, glyphs, bracketed lines, a number on
// the line above its title), each with lines that only look like headings: list items, captions,
// table cells, one-line sentences. The whole load path is read (cleaning, then splitting), and each
// page's exact section list is asserted, with the first words of each section.
const TITLE = "Poverty Alleviation and Development in Someprovince (2013)";
const split = (...lines: string[]) =>
  splitReport(cleanReportText([TITLE, "", ...lines].join("\n")), { reportTitle: TITLE, knownTitles: [] });
const titles = (...lines: string[]) => split(...lines).sections.map((s) => s.title);
const openings = (...lines: string[]) => split(...lines).sections.map((s) => s.sentences[0]?.slice(0, 20));

describe("splitReport: Chinese ordinals before English titles", () => {
  it("（一） and (一) mark titles, a sentence after one is no title", () => {
    const text = [
      "（一）General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "The poverty incidence fell to 9.8 percent.",
      "（二）Funds Input",
      "The province put in 4.26 billion yuan of poverty alleviation funds.",
      "（三）The province also repaired 40 bridges in mountain townships.",
      "Of the funds, 2.9 billion yuan came from the central budget.",
      "(四) Relocation of the Poor",
      "A total of 32,000 households moved into new homes.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Relocation of the Poor"]);
  });

  it("第一章 and 第3章 before a title: a part of a document, numbered in Chinese", () => {
    const text = [
      "第一章 General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "第二章 Funds Input",
      "The province put in 4.26 billion yuan.",
      "第3章：Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });
});

describe("splitReport: numbers in brackets, decimal outlines, full-width digits", () => {
  it("Roman numbers closed by a bracket; a list of sentences numbered that way stays text", () => {
    const text = [
      "I) General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "II) Funds Input",
      "The province put in 4.26 billion yuan. The funds went to:",
      "i) roads in 300 villages;",
      "ii) drinking water for 12,000 households.",
      "III) Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });

  it("decimal outline numbers in outline order; a figure opening a broken line and a table's cells are no titles", () => {
    const text = [
      "1.1 Rural Roads",
      "The province hardened 5,600 km of village roads. About",
      "1.2 million people now live within 2 km of a bus stop.",
      "1.2 Drinking Water",
      "Safe water reached 410,000 rural people.",
      "2.1 Central Funds",
      "Central funds were 2.9 billion yuan.",
      "Funds by source",
      "Central funds",
      "2.9",
      "2.2 Provincial Funds",
      "Provincial funds were 1.1 billion yuan.",
      "3.1 Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual([
      "Rural Roads",
      "Drinking Water",
      "Central Funds",
      "Provincial Funds",
      "Rain Plan Training",
    ]);
  });

  it("full-width digits number sections as ASCII ones do", () => {
    const text = [
      "１．General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "２．Funds Input",
      "The province put in 4.26 billion yuan.",
      "３．Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });
});

describe("splitReport: part words", () => {
  it("PART ONE: in capitals, Section Two—with a dash and no space, CHAPTER III", () => {
    const caps = [
      "PART ONE: GENERAL SITUATION",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "PART TWO: FUNDS INPUT",
      "The province put in 4.26 billion yuan.",
      "PART THREE: RAIN PLAN TRAINING",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...caps)).toEqual(["GENERAL SITUATION", "FUNDS INPUT", "RAIN PLAN TRAINING"]);
    const dashed = caps.map((l) =>
      l.replace(
        /^PART (\w+): (.*)$/,
        (_w, n: string, t: string) => `Section ${n.charAt(0)}${n.slice(1).toLowerCase()}—${t}`,
      ),
    );
    expect(titles(...dashed)).toEqual(["GENERAL SITUATION", "FUNDS INPUT", "RAIN PLAN TRAINING"]);
    const chapters = caps.map((l, i) => (i % 2 ? l : `CHAPTER ${"I".repeat(i / 2 + 1)} ${l.split(": ")[1]}`));
    expect(titles(...chapters)).toEqual(["GENERAL SITUATION", "FUNDS INPUT", "RAIN PLAN TRAINING"]);
  });

  it("a part number on the line above its title belongs to the title, not to the section before", () => {
    const text = [
      "Part 1",
      "General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "Part 2",
      "Funds Input",
      "The province put in 4.26 billion yuan.",
      "Part 3",
      "Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    const { sections } = split(...text);
    expect(sections.map((s) => s.title)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
    expect(sections.map((s) => s.sentences.at(-1))).toEqual([
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "The province put in 4.26 billion yuan.",
      "The Rain Plan trained 48,000 young people.",
    ]);
  });

  it("a sentence opening with a part word and its number is no title", () => {
    const text = [
      "PART ONE: GENERAL SITUATION",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "Part One of the provincial plan was finished in May.",
      "PART TWO: FUNDS INPUT",
      "The province put in 4.26 billion yuan.",
      "PART THREE: RAIN PLAN TRAINING",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["GENERAL SITUATION", "FUNDS INPUT", "RAIN PLAN TRAINING"]);
  });
});

describe("splitReport: marks a scraper leaves (Markdown, underlines)", () => {
  it("## and ** headings; bold words inside a sentence and a starred list stay text", () => {
    const text = [
      "## General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "**Funds Input**",
      "The province put in 4.26 billion yuan, and the **Rain Plan** got 90 million yuan of it.",
      "* Roads",
      "* Drinking Water",
      "* * *",
      "**Rain Plan Training** The Rain Plan trained 48,000 young people.",
      "About 86 percent of them found jobs.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
    expect(openings(...text)).toEqual([
      "In 2013, the provinc",
      "The province put in ",
      "The Rain Plan traine",
    ]);
    expect(split(...text).sections[1]!.sentences[0]).toContain("the Rain Plan got 90 million yuan");
  });

  it("titles underlined by dashes or equals signs; a rule between paragraphs makes no title", () => {
    const text = [
      "General Situation",
      "=================",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "----------",
      "The poverty incidence fell to 9.8 percent.",
      "Funds Input",
      "-----------",
      "The province put in 4.26 billion yuan.",
      "Rain Plan Training",
      "------------------",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
    expect(openings(...text)).toEqual([
      "In 2013, the provinc",
      "The province put in ",
      "The Rain Plan traine",
    ]);
  });
});

describe("splitReport: glyphs, brackets and dashes around a title line", () => {
  it("titles after ◎ or ※; list items after the same glyph with figures stay text", () => {
    const text = [
      "◎ General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "◎ Funds Input",
      "The province put in 4.26 billion yuan:",
      "※ 2.9 billion yuan from the central budget",
      "※ 1.1 billion yuan from the provincial budget",
      "◎ Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });

  it("a whole line in brackets is a title; a bracketed note or source is not", () => {
    const text = [
      "[General Situation]",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "〖Funds Input〗",
      "The province put in 4.26 billion yuan.",
      "[Source: Provincial Poverty Alleviation Office]",
      "[Note]",
      "The figures for 2013 are preliminary.",
      "「Rain Plan Training」",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });

  it("a title closed by a dash on a line of its own, without the dash; a sentence broken at a dash is none", () => {
    const text = [
      "General Situation —",
      "In 2013, the province lifted 1.21 million rural people out of poverty, and the county—",
      "the poorest of all—built 40 bridges.",
      "Funds Input –",
      "The province put in 4.26 billion yuan.",
      "Rain Plan Training -",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });
});

describe("splitReport: letters, small Roman numbers, bare numbers", () => {
  it("A. B. C. titles (C a letter, not a hundred); a lettered list of sentences stays text", () => {
    const text = [
      "A. General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "B. Funds Input",
      "The province put in 4.26 billion yuan. It went to:",
      "a) roads in 300 villages;",
      "b) drinking water for 12,000 households.",
      "C. Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });

  it("i. ii. iii. titles, and (a) (b) (c) titles", () => {
    const heads = ["General Situation", "Funds Input", "Rain Plan Training"];
    const bodies = [
      "In 2013, 1.21 million people left poverty.",
      "The province put in 4.26 billion yuan.",
      "The Rain Plan trained 48,000 people.",
    ];
    const roman = heads.flatMap((h, i) => [`${["i", "ii", "iii"][i]}. ${h}`, bodies[i]!]);
    expect(titles(...roman)).toEqual(heads);
    const lettered = heads.flatMap((h, i) => [`(${"abc"[i]}) ${h}`, bodies[i]!]);
    expect(titles(...lettered)).toEqual(heads);
  });

  it("bare numbers before titles; a ranking table's rows and a sentence opening with a count are no titles", () => {
    const text = [
      "1 General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "12 Counties in the Wuling area left the list of poor counties.",
      "2 Funds Input",
      "The province put in 4.26 billion yuan, most of it in three prefectures:",
      "1 Lhasa",
      "1,230",
      "2 Shigatse",
      "1,180",
      "3 Nyingchi",
      "940",
      "3 - Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
  });
});

describe("splitReport: captions among title lines set off by blank lines", () => {
  it("a photo's, a table's, a chart's or a map's caption is no section", () => {
    const text = [
      "General Situation",
      "",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "",
      "Photo by Wang Lin",
      "",
      "The poverty incidence fell to 9.8 percent.",
      "",
      "Funds Input",
      "",
      "The province put in 4.26 billion yuan.",
      "Table: Funds by Source",
      "Central funds",
      "2.9",
      "Chart. Funds by county",
      "Map of the Contiguous Areas",
      "",
      "Rain Plan Training",
      "",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
    expect(split(...text).sections[0]!.text).toContain("The poverty incidence fell to 9.8 percent.");
  });
});

describe("splitReport: bilingual titles", () => {
  it("the Chinese original before the English title, on its line or on the line above", () => {
    const sameLine = [
      "一、基本情况 General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "二、资金投入 Funds Input",
      "The province put in 4.26 billion yuan.",
      "三、雨露计划 Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...sameLine)).toEqual([
      "基本情况 General Situation",
      "资金投入 Funds Input",
      "雨露计划 Rain Plan Training",
    ]);
    const above = [
      "基本情况",
      "General Situation",
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "二、资金投入",
      "Funds Input",
      "The province put in 4.26 billion yuan.",
      "雨露计划",
      "Rain Plan Training",
      "The Rain Plan trained 48,000 young people.",
    ];
    const { sections } = split(...above);
    expect(sections.map((s) => s.title)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
    expect(sections.map((s) => s.sentences.at(-1))).toEqual([
      "In 2013, the province lifted 1.21 million rural people out of poverty.",
      "The province put in 4.26 billion yuan.",
      "The Rain Plan trained 48,000 young people.",
    ]);
  });

  it("a title closed by a Chinese full stop runs into its sentence; a Chinese sentence line is no title", () => {
    const text = [
      "（一）General Situation。In 2013, the province lifted 1.21 million rural people out of poverty.",
      "（二）Funds Input。The province put in 4.26 billion yuan.",
      "全年投入扶贫资金42.6亿元。",
      "（三）Rain Plan Training。The Rain Plan trained 48,000 young people.",
    ];
    expect(titles(...text)).toEqual(["General Situation", "Funds Input", "Rain Plan Training"]);
    expect(openings(...text)).toEqual([
      "In 2013, the provinc",
      "The province put in ",
      "The Rain Plan traine",
    ]);
  });
});
