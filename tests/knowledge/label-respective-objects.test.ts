// A "respectively" list of figures that is its clause's subject, the names after its verb
// (src/knowledge/label-respective-objects.ts), and a subject list of names each with its article
// (src/knowledge/label-articled-list.ts).
import { describe, expect, it } from "vitest";
import { listItems } from "../../src/knowledge/label-respective-objects.js";
import { labelsOf as read } from "../support/one-sentence.js";

describe("listItems", () => {
  it("reads exactly as many names as asked, commas in brackets kept", () => {
    expect(listItems("Anhe, Baishi and Cuiling", 3)).toEqual(["Anhe", "Baishi", "Cuiling"]);
    expect(listItems("Anhe, Baishi, and Cuiling", 3)).toEqual(["Anhe", "Baishi", "Cuiling"]);
    expect(
      listItems("the centre, the province and the city (prefecture, county) and town offices", 3),
    ).toEqual(["the centre", "the province", "the city (prefecture, county) and town offices"]);
    expect(listItems("Anhe and Baishi", 3)).toBeUndefined();
  });
});

describe("automatic labels: names after the verb of a 'respectively' list", () => {
  it("pairs each figure with the name at its position, under the 'of which' whole", () => {
    const l = read(
      "In 2013, the poverty alleviation funds totalled 2.4 billion Yuan, of which 1.5 billion Yuan, 600 million Yuan and 300 million Yuan came from the central government, the provincial government and the city and county governments respectively.",
    );
    expect(l.get("1.5 billion Yuan")).toBe("Poverty alleviation funds from the central government");
    expect(l.get("600 million Yuan")).toBe("Poverty alleviation funds from the provincial government");
    expect(l.get("300 million Yuan")).toBe("Poverty alleviation funds from the city and county governments");
  });

  it("keeps a verb that is not one of motion as its participle", () => {
    const l = read(
      "The discount funds amounted to 90 million Yuan, of which 60 million Yuan and 30 million Yuan were used for leading enterprises and households respectively.",
    );
    expect(l.get("60 million Yuan")).toBe("Discount funds used for leading enterprises");
    expect(l.get("30 million Yuan")).toBe("Discount funds used for households");
  });

  it("reads no names when their number differs from the figures'", () => {
    const l = read(
      "The province put 300 million Yuan, 200 million Yuan and 100 million Yuan into the three areas respectively.",
    );
    expect(l.get("200 million Yuan")).not.toMatch(/areas$/);
  });
});

describe("automatic labels: a subject list of names each with its own article", () => {
  it("reads a name with words after its noun as one name, past a fronted phrase", () => {
    const l = read(
      "Among the central funds, the development funds, the relief funds and the development funds for minorities were 700 million Yuan, 200 million Yuan and 90 million Yuan respectively.",
    );
    expect(l.get("700 million Yuan")).toBe("Development funds");
    expect(l.get("200 million Yuan")).toBe("Relief funds");
    expect(l.get("90 million Yuan")).toBe("Development funds for minorities");
  });
});
