// A "respectively" list of figures paired with a list of names before its verb
// (label-lists.ts namedRespectively): each figure is the clause's measure in its own name.
import { describe, expect, it } from "vitest";
import { labelsOf, readSentence } from "../support/one-sentence.js";

const read = labelsOf;

describe("automatic labels: figures paired with names by 'respectively'", () => {
  it("labels each figure with the name at its place", () => {
    const l = read(
      "In 2012, the per capita net income of farmers in Butuo County, Zhaojue County and Meigu County reached 4,286 yuan, 3,978 yuan and 3,912 yuan respectively.",
    );
    expect(l.get("4,286 yuan")).toBe("Per capita net income of farmers in Butuo County");
    expect(l.get("3,978 yuan")).toBe("Per capita net income of farmers in Zhaojue County");
    expect(l.get("3,912 yuan")).toBe("Per capita net income of farmers in Meigu County");
  });

  it("leaves the labels alone when the names are not as many as the figures", () => {
    const l = read(
      "The income of farmers in Butuo County and Zhaojue County reached 4,286 yuan, 3,978 yuan and 3,912 yuan respectively.",
    );
    expect(l.get("3,978 yuan")).not.toBe("Income of farmers in Zhaojue County");
  });
});

describe("automatic labels: a linking verb's subject listing the things a 'respectively' list measures", () => {
  it("labels each figure with the thing at its place, after 'of which' too", () => {
    const l = read(
      "In total, 6.372 billion yuan of anti-poverty money was pumped into the province, of which fiscal funds, credit funds and social funds were 3.145 billion yuan, 2.418 billion yuan and 809 million yuan respectively.",
    );
    expect(l.get("3.145 billion yuan")).toBe("Fiscal funds");
    expect(l.get("2.418 billion yuan")).toBe("Credit funds");
    expect(l.get("809 million yuan")).toBe("Social funds");
  });

  it("keeps a participle that modifies a listed noun", () => {
    const l = read("Hardened village roads and repaired canals were 4,210 km and 862 km respectively.");
    expect(l.get("4,210 km")).toBe("Hardened village roads");
    expect(l.get("862 km")).toBe("Repaired canals");
  });
});

describe("automatic labels: a bare count of a 'respectively' list", () => {
  it("counts the noun written after the list's last figure", () => {
    const l = read("Jining and Linyi trained 28,400 and 31,200 people respectively.");
    expect(l.get("28,400")).toBe("People trained by Jining");
    expect(l.get("31,200 people")).toBe("People trained by Linyi");
  });
});

describe("automatic labels: names listed before ', with' and a 'respectively' list", () => {
  it("gives each figure the whole's label in the name at its place", () => {
    const l = read(
      "The county moved 9,300 households out of flood plains, of which 7,200 households were moved in the two valleys of the north, namely Xiahe and Shangping, with 4,100 and 3,100 households respectively.",
    );
    expect(l.get("4,100")).toBe("Households moved in Xiahe");
    expect(l.get("3,100 households")).toBe("Households moved in Shangping");
  });

  it("reads names after 'namely', with their articles, and a bare first count in the list's noun", () => {
    const { entries } = readSentence(
      "The province has 31 counties in two mountain belts, namely the Daba Belt and the Wuyi Belt, with 19 and 12 counties respectively.",
    );
    const first = entries.find((e) => e.value === 19)!;
    expect(first.unit).toBe("counties");
    expect(first.label).toMatch(/in the Daba Belt$/);
    expect(entries.find((e) => e.value === 12)!.label).toMatch(/in the Wuyi Belt$/);
  });
});
