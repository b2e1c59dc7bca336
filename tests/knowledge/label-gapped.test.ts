// Gapped list items (src/knowledge/label-gapped.ts): "N Yuan came from the centre, M Yuan from the
// province, K Yuan from the cities" writes its verb once; the later items take the whole's noun.
import { describe, expect, it } from "vitest";
import { labelsOf, readSentence } from "../support/one-sentence.js";

const read = labelsOf;

describe("automatic labels: gapped items of a list of parts", () => {
  it("gives each later item the noun of the 'of which' whole", () => {
    const l = read(
      "In 2013, the province put in a total of 2.5 billion Yuan of poverty alleviation funds, of which 1.2 billion Yuan came from the central government, 400 million Yuan from the provincial finance and 150 million Yuan from the finances of cities and counties.",
    );
    expect(l.get("400 million Yuan")).toBe("Poverty alleviation funds from the provincial finance");
    expect(l.get("150 million Yuan")).toBe(
      "Poverty alleviation funds from the finances of cities and counties",
    );
  });

  it("falls back on what money is when the whole names nothing ('Of the total')", () => {
    const l = read(
      "Of the total, 1.4 billion Yuan came from the central government, 600 million Yuan from the provincial finance and 200 million Yuan from city and county finance.",
    );
    expect(l.get("1.4 billion Yuan")).toBe("Funds came from the central government");
    expect(l.get("600 million Yuan")).toBe("Funds from the provincial finance");
    expect(l.get("200 million Yuan")).toBe("Funds from city and county finance");
  });

  it("lets the parts of a whole named by its predicate borrow that noun", () => {
    const l = read(
      "The province invested 5 billion Yuan, of which 2.7 billion Yuan was fiscal poverty alleviation funds (of which 1.8 billion Yuan was from the central government and 500 million Yuan was from the provincial finance), and 2.3 billion Yuan was credit funds.",
    );
    expect(l.get("1.8 billion Yuan")).toBe("Fiscal poverty alleviation funds from the central government");
    expect(l.get("500 million Yuan")).toBe("Fiscal poverty alleviation funds from the provincial finance");
  });

  it("leaves an item whose verb is written alone", () => {
    const l = read(
      "A total of 90 million Yuan was invested, of which 60 million Yuan came from the central government and 30 million Yuan was raised by the masses.",
    );
    expect(l.get("30 million Yuan")).not.toMatch(/^Funds invested from/);
  });

  it("reads a later item's subject that joins two nouns, and a list of three", () => {
    const l = read(
      "Of this, the central government allocated 312 million yuan, the provincial finance 946 million yuan and city and county finances 928 million yuan.",
    );
    expect(l.get("946 million yuan")).toBe("Funds allocated by the provincial finance");
    expect(l.get("928 million yuan")).toBe("Funds allocated by city and county finances");
  });

  it("ends the first item's label before the next item's subject", () => {
    const l = read(
      "The coastal cities provided 620 million yuan of assistance funds, of which Ningbo contributed 168 million yuan and Hangzhou 154 million yuan.",
    );
    expect(l.get("168 million yuan")).toMatch(/contributed by Ningbo$/);
    expect(l.get("154 million yuan")).toMatch(/contributed by Hangzhou$/);
  });
});

describe("gapped items of a count read from the first item's label", () => {
  it("gives each later item the first item's label with its own phrase, and its unit", () => {
    const entries = readSentence(
      "The Rain Plan trained up 168,000 people, 105% of the annual plan of 160,000; of them, 52,300 took part in vocational education, 96,400 in short-term skill training and 19,300 in practical agricultural technology training.",
    ).entries;
    const by = new Map(entries.map((e) => [e.written, e]));
    expect(by.get("160,000")?.unit).toBe("people");
    expect(by.get("52,300")?.label).toBe(
      "People trained up by the Rain Plan that took part in vocational education",
    );
    expect(by.get("96,400")?.label).toBe(
      "People trained up by the Rain Plan that took part in short-term skill training",
    );
    expect(by.get("96,400")?.unit).toBe("people");
  });
});

describe("subject-gapped items after an aside on the first item", () => {
  it("an aside opened by a present participle between the items leaves the list whole", () => {
    const l = labelsOf(
      "Of the funds, Alpha City provided 820 million yuan, accounting for 41 per cent of the total, Beta City 510 million yuan and Gamma City 230 million yuan.",
    );
    expect(l.get("510 million yuan")).toBe("Funds provided by Beta City");
    expect(l.get("230 million yuan")).toBe("Funds provided by Gamma City");
  });
});

describe("automatic labels: gapped items with the currency written before the number", () => {
  it("reads 'RMB N million' as one figure, its verb after it", () => {
    const l = read(
      "In 2013, the province invested RMB 860 million in relocation, of which RMB 510 million came from the central government and RMB 350 million from the provincial government.",
    );
    expect(l.get("RMB 350 million")).toBe("Funds invested in relocation from the provincial government");
  });
});

describe("subjectGappedItem: items with a place phrase after each figure", () => {
  it("reads each later item's giver and place", () => {
    const labels = labelsOf(
      "Among the partner cities, Dalian invested RMB 120 million in Lhoka, Xiamen RMB 96 million in Nagqu, and Suzhou RMB 88 million in Ngari.",
    );
    expect(labels.get("RMB 96 million")).toBe("Funds invested by Xiamen in Nagqu");
    expect(labels.get("RMB 88 million")).toBe("Funds invested by Suzhou in Ngari");
  });
});

describe("gapped items whose place has a count", () => {
  it("read the place past the count, as the first item's is", () => {
    const l = labelsOf(
      "The province arranged 900 million Yuan for the two mountain areas, of which 500 million Yuan went to the 12 counties in the northern hills and 400 million Yuan to the 7 counties in the river valley.",
    );
    expect(l.get("400 million Yuan")).toBe(
      "Funds arranged for the two mountain areas to counties in the river valley",
    );
  });
});
