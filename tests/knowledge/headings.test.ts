import { describe, expect, it } from "vitest";
import {
  BULLET,
  bracketedTitle,
  colonHeadingLine,
  findHeadings,
  glossedTitle,
  isHeadingLine,
} from "../../src/knowledge/headings.js";

const titles = (text: string, knownTitles: string[] = []) =>
  findHeadings(text, { knownTitles }).map((h) => h.title);

describe("findHeadings: a title glued to its first sentence", () => {
  it("splits where a lowercase word runs into a word that only starts a sentence", () => {
    const text = "Report title\n      Drinking water safetyIn 2011, the province built 318 projects.\n";
    expect(titles(text)).toEqual(["Drinking water safety"]);
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(text.slice(h!.bodyStart)).toMatch(/^In 2011, the province/);
  });

  it("a title separated from its sentence by two spaces or a tab is found, its title with one space", () => {
    const text = "Report title\n  Water  supply works  In 2012, the province built 318 projects.\n";
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(h?.title).toBe("Water supply works");
    expect(text.slice(h!.bodyStart).trim()).toMatch(/^In 2012, the province/);
  });

  it("a known title glued to its sentence is found too", () => {
    expect(titles("Report title\nOverviewIn 2011, Gansu lifted 786,000 people.\n", ["Overview"])).toEqual([
      "Overview",
    ]);
  });

  it("a known title that starts a longer title running into its sentence gives way to the longer one", () => {
    const text = "Report title\nRain Plan Training The annual task was to train 20,000 people.\n";
    expect(titles(text, ["Rain Plan"])).toEqual(["Rain Plan Training"]);
    expect(titles("Report title\nRain Plan In 2013, 20,000 people were trained.\n", ["Rain Plan"])).toEqual([
      "Rain Plan",
    ]);
  });

  it("a word with a capital inside that is no sentence starter is no heading", () => {
    expect(titles("Report title\nThe province used iPhones and eBooks in 2011 for training.\n")).toEqual([]);
  });

  it("a title in title case runs into its sentence too, with no other report to know it by", () => {
    const text =
      "Report title\n  Water Supply Works In 2012, the province built 318 projects.\n  Overview\nText.\n";
    expect(titles(text)).toEqual(["Water Supply Works", "Overview"]);
  });
});

describe("findHeadings: a Title Case heading running into a sentence that opens with an ordinary word", () => {
  it("ends the title before the capitalised word that opens the sentence", () => {
    const text =
      "Report title\n      Microcredit and Mutual Aid Funds Small loans of 420 million Yuan were issued in 2012.\n";
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(h?.title).toBe("Microcredit and Mutual Aid Funds");
    expect(text.slice(h!.bodyStart).trim()).toMatch(/^Small loans of 420 million/);
  });

  it("is no heading when the page capitalises that word inside a sentence (a name)", () => {
    const text =
      "Report title\nHenan Provincial Poverty Alleviation Office organized 12 training sessions.\nIn 2012, the Poverty Alleviation Office trained 300 cadres.\n";
    expect(titles(text)).toEqual([]);
  });

  it("is no heading when the line opens with a word that starts sentences", () => {
    expect(
      titles("Report title\nThe World Bank Sixth Poverty Reduction Project was launched in six counties.\n"),
    ).toEqual([]);
  });
});

describe("findHeadings: a phrase closed by a full stop that opens a paragraph", () => {
  it("is a title when it has no verb, and the body starts after its full stop", () => {
    const text = "Report title\n  Tourism support for villages. In 2012, the province helped 126 villages.\n";
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(h?.title).toBe("Tourism support for villages");
    expect(text.slice(h!.bodyStart).trim()).toMatch(/^In 2012, the province/);
  });

  it("is no title when it is a short sentence, a sentence-starting word or an abbreviation", () => {
    expect(titles("Report title\nWork went well. In 2012, the province helped 126 villages.\n")).toEqual([]);
    expect(titles("Report title\nMeanwhile. In 2012, the province helped 126 villages.\n")).toEqual([]);
    expect(titles("Report title\nMr. Zhang led 12 teams to the villages.\n")).toEqual([]);
  });
});

describe("findHeadings: a title closed by a colon or a dash", () => {
  it("a phrase closed by a dash set off by spaces runs into its sentence", () => {
    const text = "Report title\nSchool support — In 2013, the province rebuilt 214 schools.\n";
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(h?.title).toBe("School support");
    expect(text.slice(h!.bodyStart)).toMatch(/^In 2013, the province/);
  });

  it("a line of its own closed by a colon is a title when its words have no verb", () => {
    const text = "Report title\nTourism Support for Villages:\nIn 2013, the province helped 126 villages.\n";
    expect(titles(text)).toEqual(["Tourism Support for Villages"]);
  });

  it("a line that introduces a list with a colon is no title", () => {
    expect(titles("Report title\nThe main measures were:\n1. roads of 42 km were built.\n")).toEqual([]);
    expect(titles("Report title\nIt included:\nroads and bridges.\n")).toEqual([]);
  });
});

describe("isHeadingLine: a title longer than ten words", () => {
  it("is a title in Title Case", () => {
    expect(isHeadingLine("Pilot Work on Poverty Alleviation in the Luliang Mountain Contiguous Area")).toBe(
      true,
    );
  });

  it("is a sentence that lost its full stop in sentence case", () => {
    expect(
      isHeadingLine("The pilot projects of the province progressed smoothly in all five key counties"),
    ).toBe(false);
  });
});

describe("findHeadings: a sentence-case title running into a sentence that opens with a rarer capitalised word", () => {
  it("ends the title before a capitalised word the page never capitalises inside a sentence", () => {
    const text =
      "Report title\nFund supervision and publicity Together with the Audit Office, the bureau inspected 412 projects.\n";
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(h?.title).toBe("Fund supervision and publicity");
    expect(text.slice(h!.bodyStart).trim()).toMatch(/^Together with/);
  });

  it("is no heading when the capitalised word follows a name", () => {
    expect(
      titles("Report title\nFarmers in poor Zhaojue County received 3,978 yuan each in 2012.\n"),
    ).toEqual([]);
  });
});

describe("findHeadings: a title running into a sentence that opens with a figure", () => {
  it("ends the title before the figure when the title has no verb", () => {
    const text =
      "Report title\nInvestment of Poverty Alleviation Funds 6.184 billion yuan of funds was put into the poor areas in 2012.\n";
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(h?.title).toBe("Investment of Poverty Alleviation Funds");
    expect(text.slice(h!.bodyStart).trim()).toMatch(/^6\.184 billion/);
  });

  it("is no heading for a table row or a sentence whose words before the figure have a verb", () => {
    expect(titles("Report title\nNyingchi Prefecture 12,300 households\n")).toEqual([]);
    expect(
      titles("Report title\nSichuan invested 6.184 billion yuan of funds in the poor areas in 2012.\n"),
    ).toEqual([]);
  });
});

describe("findHeadings: a title on a line of its own closed by a full stop", () => {
  it("is a title when its words are a phrase with no verb, hyphened compounds included", () => {
    const text =
      "Report title\nRural Infrastructure Construction.\nIn 2012, 3,260 kilometres of roads were built.\nIndustrialisation-based Poverty Alleviation.\nThe province disbursed RMB 68 million.\n";
    expect(titles(text)).toEqual([
      "Rural Infrastructure Construction",
      "Industrialisation-based Poverty Alleviation",
    ]);
    const [h] = findHeadings(text, { knownTitles: [] });
    expect(text.slice(h!.bodyStart).trim()).toMatch(/^In 2012/);
  });

  it("a short sentence on a line of its own, or a lone sentence opener, is no title", () => {
    expect(
      titles(
        "Report title\nWork went well.\nThe county built 12 roads.\nMeanwhile.\nIt trained 300 cadres.\n",
      ),
    ).toEqual([]);
  });
});

describe("findHeadings: a Chinese section numeral where the page numbers only some sections", () => {
  it("marks a title even without the run 一, 二, 三", () => {
    const text =
      "Report title\nOverview: In 2012, the province lifted 1.26 million people.\n三、Relocation for Poverty Alleviation\nThe plan was to relocate 12,000 households.\nRain Plan.\nText.\n九、Microfinance and Mutual Funds.\nIn 2012, 38,600 households got loans.\n";
    expect(titles(text)).toEqual([
      "Overview",
      "Relocation for Poverty Alleviation",
      "Rain Plan",
      "Microfinance and Mutual Funds",
    ]);
  });

  it("a Chinese numeral before a sentence is no title", () => {
    expect(titles("Report title\n三、The province relocated 12,000 households in 2012.\n")).toEqual([]);
  });
});

describe("findHeadings: a title is a whole noun phrase, not a sentence's fronted words", () => {
  it("a sentence opening with a fronted phrase before its figure is no title ('Across the 58 …')", () => {
    const text =
      "Report title\n  Afforestation and Ecological Poverty Alleviation\n  Across the 58 poor counties, 2.6 million mu were afforested in 2013.\n  Overview\nText.\n";
    expect(titles(text)).toEqual(["Afforestation and Ecological Poverty Alleviation", "Overview"]);
  });

  it("a title running into a sentence fronted by a capitalised preposition ends before it", () => {
    const text =
      "Report title\n  Rural Tourism Across the province, 126 poor villages took up tourism in 2013.\n  Overview\nText.\n";
    expect(titles(text)).toEqual(["Rural Tourism", "Overview"]);
    // A preposition inside a Title Case title is followed by capitals: the title goes on.
    expect(titles("Report title\n  Growth Across the Mountain Areas In 2013, 126 villages grew.\n")).toEqual([
      "Growth Across the Mountain Areas",
    ]);
  });

  it("a title in capitals runs into its sentence; one abbreviation in capitals is no title", () => {
    expect(
      titles(
        "Report title\n  RURAL ROADS AND WATER In 2013, 6,420 km of roads were built.\n  Overview\nText.\n",
      ),
    ).toEqual(["RURAL ROADS AND WATER", "Overview"]);
    expect(
      titles("Report title\n  RMB Funds were put in by 2013. More followed.\n  Overview\nText.\n"),
    ).toEqual(["Overview"]);
  });
});

describe("findHeadings: one numbered title among plain title lines", () => {
  const page = (middle: string) =>
    `Report title\n  Overview\n  In 2013, the province did well.\n  Rain Plan\n  It trained 87,600 people.\n${middle}  Relocation of the Poor\n  It moved 6,420 households.\n`;

  it("is a heading, its title without the number", () => {
    const text = page("  3. Planning by Village and Household\n  It helped 367,000 households.\n");
    expect(titles(text)).toEqual([
      "Overview",
      "Rain Plan",
      "Planning by Village and Household",
      "Relocation of the Poor",
    ]);
    const h = findHeadings(text, { knownTitles: [] })[2]!;
    expect(text.slice(h.bodyStart).trim()).toMatch(/^It helped/);
  });

  it("a numbered list of two or more lines in a row is no heading", () => {
    const text = page("  1. Village Roads\n  2. Drinking Water\n");
    expect(titles(text)).toEqual(["Overview", "Rain Plan", "Relocation of the Poor"]);
  });

  it("a numbered sentence is no heading", () => {
    const text = page("  3. The province helped 367,000 households.\n");
    expect(titles(text)).toEqual(["Overview", "Rain Plan", "Relocation of the Poor"]);
  });
});

describe("title lines set apart by brackets, dashes, glyphs", () => {
  it("bracketedTitle: a whole line in brackets whose words are a title", () => {
    expect(
      ["[Rain Plan]", "〖Rain Plan〗", "「Rain Plan」", "［Rain Plan］", "〔Rain Plan〕"].map(bracketedTitle),
    ).toEqual(Array(5).fill("Rain Plan"));
    expect(
      ["[Source: Provincial Office]", "[Note]", "[see above]", "(Rain Plan)", "[Rain] Plan"].map(
        bracketedTitle,
      ),
    ).toEqual(Array(5).fill(undefined));
  });

  it("bracketedTitle: a title between dashes; a figure, a clause or a broken aside between dashes is none", () => {
    expect(["— Rain Plan —", "--Rain Plan--", "– Rain Plan –"].map(bracketedTitle)).toEqual(
      Array(3).fill("Rain Plan"),
    );
    expect(
      ["- 3.2% -", "— the poorest county —", "— Roads were built —", "—", "----"].map(bracketedTitle),
    ).toEqual(Array(5).fill(undefined));
  });

  it("colonHeadingLine: a title closed by a dash, a hyphen only set off by a space", () => {
    expect(["Rain Plan —", "Rain Plan–", "Rain Plan -", "Rain Plan --"].map(colonHeadingLine)).toEqual(
      Array(4).fill("Rain Plan"),
    );
    expect(colonHeadingLine("Well-")).toBeUndefined();
    expect(isHeadingLine("Rain Plan —")).toBe(false);
  });

  it("BULLET: the reference marks and shapes Chinese pages set before headings", () => {
    expect(
      ["◎ Rain Plan", "※Rain Plan", "▼ Rain Plan", "✦ Rain Plan"].map((l) => l.replace(BULLET, "")),
    ).toEqual(Array(4).fill("Rain Plan"));
  });

  it("a caption line is no title, however title-like", () => {
    const text = [
      "Poverty Alleviation in Somewhere",
      "Overview",
      "In 2013, 1.2 million people left poverty.",
      "Photo by Wang Lin",
      "Rain Plan",
      "The Rain Plan trained 48,000 people.",
      "Figure: Trainees by County",
      "Relocation",
      "A total of 32,000 households moved.",
    ].join("\n");
    expect(titles(text)).toEqual(["Overview", "Rain Plan", "Relocation"]);
  });
});

describe("glossedTitle", () => {
  it("is a title whose Chinese original comes before its English words", () => {
    expect(glossedTitle("资金投入 Funds Input")).toBe("资金投入 Funds Input");
    expect(glossedTitle("资金投入Funds Input")).toBe("资金投入Funds Input");
    expect(glossedTitle("资金投入 the province put in 4.26 billion yuan.")).toBeUndefined();
    expect(glossedTitle("Funds Input")).toBeUndefined();
  });
});
