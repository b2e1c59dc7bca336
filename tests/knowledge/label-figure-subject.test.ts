// A figure that is the subject of its own clause (src/knowledge/label-figure-subject.ts).
import { describe, expect, it } from "vitest";
import { partHead } from "../../src/knowledge/label-figure.js";
import { labelsOf } from "../support/one-sentence.js";

describe("figureAsSubject: a perfect passive and a part that went to a place", () => {
  it("reads 'N had been disbursed' as 'N was disbursed'", () => {
    const l = labelsOf(
      "As of the end of November, 43.6 million yuan had been disbursed, 30.8% of the total investment.",
    );
    expect(l.get("43.6 million yuan")).toBe("Funds disbursed");
  });

  it("names where a part of an 'of which' whole went, past the place's count", () => {
    const l = labelsOf(
      "Banks issued 2.1 billion yuan of loans, of which 1.3 billion yuan went to 140 leading enterprises and 800 million yuan to poor households.",
    );
    expect(l.get("1.3 billion yuan")).toBe("Loans that went to leading enterprises");
  });
});

describe("figureAsSubject: a part's noun after 'was' that the tagger misread", () => {
  it("reads an article's noun phrase as the part's own name, not its whole's", () => {
    const l = labelsOf(
      "The total investment was 90 million yuan, of which 30 million yuan was the central lottery public welfare fund and 60 million yuan was integrated funds.",
    );
    expect(l.get("30 million yuan")).toBe("Central lottery public welfare fund");
  });

  it("reads a plural or a hyphened base form tagged as a verb as a noun ('was shares of …', 'was work-relief funds')", () => {
    const l = labelsOf(
      "The mutual funds reached 500 million yuan, of which 300 million yuan was financial funds, 120 million yuan was shares of the member households and 80 million yuan was donations.",
    );
    expect(l.get("120 million yuan")).toBe("Shares of the member households");
    const w = labelsOf(
      "Of the total, RMB 900 million was central funds (of which: RMB 500 million was development funds, RMB 240 million was work-relief funds and RMB 160 million was funds for ethnic minority development).",
    );
    expect(w.get("RMB 240 million")).toBe("Work-relief funds");
    expect(w.get("RMB 160 million")).toBe("Funds for ethnic minority development");
  });
});

describe("figureAsSubject: a lone base-form word ending a part's clause after 'was'", () => {
  it("reads it as the part's noun ('was fruit,', 'was rice.'), as its neighbours' nouns are", () => {
    const l = labelsOf(
      "The county planted 9,000 mu of crops, of which 5,000 mu was fruit, 3,000 mu was maize and 1,000 mu was rice.",
    );
    expect([l.get("5,000 mu"), l.get("3,000 mu"), l.get("1,000 mu")]).toEqual(["Fruit", "Maize", "Rice"]);
  });

  it("keeps a participle that looks like its base form as the verb ('was set aside', 'was cut')", () => {
    const l = labelsOf("Of the funds, 3 million yuan was set aside and 2 million yuan was cut.");
    expect([l.get("3 million yuan"), l.get("2 million yuan")]).toEqual(["Funds set aside", "Funds cut"]);
  });
});

describe("partHead: a part borrows its whole's head without 'total'", () => {
  it("labels a part of a total capital as capital, not as a total", () => {
    const l = labelsOf(
      "The mutual funds pilot was carried out in 900 villages, with total capital of 180 million Yuan, of which 130 million Yuan was financial funds and 50 million Yuan was paid in by member households.",
    );
    expect(l.get("50 million Yuan")).toBe("Capital paid in by member households");
  });

  it("drops only a leading 'total'", () => {
    expect(partHead("Total investment")).toBe("Investment");
    expect(partHead("Funds invested (total)")).toBe("Funds invested (total)");
    expect(partHead("Total")).toBe("Total");
  });
});
