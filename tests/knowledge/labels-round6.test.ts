// Automatic labels (src/knowledge/labels.ts, label-lists.ts) for sentence shapes a report nobody
// annotated writes: each case is an invented sentence in the series' style showing one general rule.
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

/** The automatic labels of one sentence's figures, by the figure as written. */
function labels(sentence: string): Map<string, string> {
  const entries = extractEntries(
    TEST_REPORT_META,
    [{ title: "S", text: sentence, sentences: [sentence] }],
    [],
  );
  return new Map(entries.map((e) => [e.written, e.label]));
}

describe("automatic labels: a 'respectively' that leads the next list", () => {
  it("does not pair the list before it with earlier figures", () => {
    const l = labels(
      "The county spent 40 million Yuan, of which 30 million Yuan was building subsidies and 10 million Yuan was used for roads, and moved 800 households and 3,100 people from flood plains, respectively 6% and 9% above the target.",
    );
    // Before: "Building subsidies …" and "Funds spent … used for roads …" (the list was read as
    // closed by "respectively" and paired with the two amounts before it).
    expect(l.get("800 households")).toBe("Households moved from flood plains");
    expect(l.get("3,100 people")).toBe("People moved from flood plains");
    expect(l.get("6%")).toBe("Households moved from flood plains above the target (percent)");
  });
});

describe("automatic labels: a counted noun that is its verb's subject", () => {
  it("reads through the noun's modifiers and a floating 'each' to its verb and object", () => {
    const l = labels(
      "In 2012, 2,300 students of herding families living in boarding schools each received a grant of 800 Yuan.",
    );
    expect(l.get("2,300 students")).toBe(
      "Students of herding families living in boarding schools that received grant",
    );
  });

  it("keeps a compound noun whose middle word the tagger reads as a verb", () => {
    const l = labels(
      "Of the trainees, 4,200 people received skill transfer training and 900 people received job transfer support.",
    );
    expect(l.get("4,200 people")).toBe("People that received skill transfer training");
    expect(l.get("900 people")).toBe("People that received job transfer support");
  });
});

describe("automatic labels: who acted, when the subject is more than one noun phrase", () => {
  it("reads the subject before an appositive list of names ('X, namely A, B and C, …')", () => {
    const l = labels(
      "The four partner cities, namely Xiamen, Yantai, Zhuhai and Weihai, donated 80 million Yuan of aid funds for the province, up 12% over the previous year, and carried out 140 cooperation projects.",
    );
    expect(l.get("80 million Yuan")).toBe("Aid funds donated by the partner cities for the province");
    // A verb's particle stays with it ("carried out"), and the growth after an object is the object's.
    expect(l.get("140 cooperation projects")).toBe("Cooperation projects carried out by the partner cities");
    expect(l.get("12%")).toBe(
      "Growth of aid funds donated by the partner cities for the province over the previous year (percent)",
    );
  });

  it("reads a subject listed with commas, past a hyphened word, to the things 'worth' a sum", () => {
    const l = labels(
      "First, 30 banks, enterprises and charities carried out fixed-point assistance in 20 key counties and brought in goods and materials worth 90 million Yuan.",
    );
    expect(l.get("90 million Yuan")).toBe("Goods and materials brought by banks, enterprises and charities");
  });

  it("keeps a participle's agent and a bracketed abbreviation inside the subject", () => {
    const l = labels(
      "The project financed by the Asian Development Bank (ADB) covered 60 villages in Lin County and disbursed 9.8 million Yuan in 2012.",
    );
    expect(l.get("9.8 million Yuan")).toBe(
      "Funds disbursed by the project financed by the Asian Development Bank (ADB)",
    );
  });

  it("does not take a list of place names for the subject", () => {
    const l = labels(
      "The pilot work in Anle County, Baihe County and Changping County involved 40 villages.",
    );
    expect(l.get("40 villages")).toBe("Villages involved");
  });

  it("reads a word ending in -ed before a number as the verb the tagger took for an adjective", () => {
    const l = labels("The county resettled 800 households from flood plains.");
    expect(l.get("800 households")).toBe("Households resettled by the county from flood plains");
  });
});

describe("automatic labels: a 'with' phrase after a comma", () => {
  it("gives an attribute of the clause's subject, not something its verb did", () => {
    const l = labels(
      "The road projects supported by the provincial fund were launched in three counties, with a total investment of 25 million Yuan.",
    );
    expect(l.get("25 million Yuan")).toBe(
      "Total investment of the road projects supported by the provincial fund",
    );
  });
});

describe("automatic labels: what a figure quantifies, in more sentence shapes", () => {
  it("reads a subject through 'in' after a noun and an adjective the tagger took for an adverb", () => {
    const l = labels(
      "In the health sector, the coverage rate of the new rural pension scheme in remote areas reached 91.2%.",
    );
    expect(l.get("91.2%")).toBe("Coverage rate of the new rural pension scheme in remote areas");
  });

  it("gives an infinitive joined by 'and' the verb group and subject of the infinitive before it", () => {
    const l = labels(
      "The farmers were helped to raise 2,000 head of cattle, and to plant 3,000 hectares of oil-tea camellia.",
    );
    expect(l.get("3,000 hectares")).toBe("Oil-tea camellia helped to plant by the farmers");
  });

  it("labels an area 'on N mu' with the thing before 'on', each item of a list its own", () => {
    const l = labels(
      "They planted walnuts on 5,000 mu, tea gardens on 2,000 mu and bamboo groves on 1,500 mu.",
    );
    expect(l.get("5,000 mu")).toBe("Walnuts planted");
    expect(l.get("2,000 mu")).toBe("Tea gardens planted");
    expect(l.get("1,500 mu")).toBe("Bamboo groves planted");
  });

  it("says a bare verb or an irregular past tense as its past participle", () => {
    expect(labels("The cooperatives helped poor households raise 9,000 goats.").get("9,000 goats")).toBe(
      "Goats raised by poor households",
    );
    expect(labels("The firms drove 5,000 households to develop orchards.").get("5,000 households")).toBe(
      "Households driven by the firms to develop orchards",
    );
  });

  it("ties 'up N%' after 'compared with …' to the subject that reached the figure", () => {
    const l = labels(
      "The income of farmers in the pilot counties reached 3,900 Yuan this year, compared with 3,400 Yuan last year, up 14.7%.",
    );
    expect(l.get("14.7%")).toBe("Growth of income of farmers in the pilot counties (percent)");
  });

  it("reads a subject that ends 'those' and a participle", () => {
    expect(labels("The average wage of those employed was 1,900 Yuan.").get("1,900 Yuan")).toBe(
      "Average wage of those employed",
    );
  });

  it("does not name a passive verb's subject as the doer; a recipient's label says what it got", () => {
    // Before: "Stalls held by the spring fair for poor farmers" (the fair held nothing).
    expect(labels("The spring fair for poor farmers was held with 40 stalls.").get("40 stalls")).toBe(
      "Stalls held",
    );
    expect(labels("The school meal funds had been extended to 640 villages.").get("640 villages")).toBe(
      "Villages extended the school meal funds",
    );
  });
});

describe("automatic labels: a value changed 'from N to M'", () => {
  it("gives both figures the subject's label and each the year written after its 'per X'", () => {
    const sentence =
      "The allowance standard was raised from 300 Yuan per household in 2011 to 450 Yuan per household in 2012.";
    const entries = extractEntries(
      TEST_REPORT_META,
      [{ title: "S", text: sentence, sentences: [sentence] }],
      [],
    );
    const by = new Map(entries.map((e) => [e.written, e]));
    // Before: "Funds raised by the allowance standard per household", both dated 2011.
    expect(by.get("300 Yuan")?.label).toBe("Allowance standard per household");
    expect(by.get("450 Yuan")?.label).toBe("Allowance standard per household");
    expect(by.get("300 Yuan")?.year).toBe(2011);
    expect(by.get("450 Yuan")?.year).toBe(2012);
  });
});

describe("automatic labels: a quoted title is a name", () => {
  it("takes no verb from inside quotation marks, nor 'according to' as a verb", () => {
    const l = labels(
      "Third, according to the “Circular on Further Improving the Pairing Work” (Xinfuban [2012] No. 7), 640 provincial and city units were arranged to help 900 villages.",
    );
    // Before: "Circular on Further Improving provincial and city units" (the title's verb read as the clause's).
    expect(l.get("640")).not.toMatch(/Circular|Improving/);
    expect(l.get("640")).toMatch(/provincial and city units/);
  });
});

describe("automatic labels: an 'of' phrase after a counted noun", () => {
  it("stays beside the noun it qualifies, before the verb and its doer", () => {
    const l = labels("The website of the county bureau published 320 pieces of information.");
    // Before: "Pieces published by the website of the county bureau of information".
    expect(l.get("320 pieces")).toBe("Pieces of information published by the website of the county bureau");
  });
});
