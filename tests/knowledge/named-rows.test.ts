// Lines of "Name: N noun, M noun" after a title line read as named rows (src/knowledge/named-rows.ts).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";
import { namedRows } from "../../src/knowledge/named-rows.js";
import { rowAt } from "../../src/knowledge/named-rows.js";
import { rowLabel } from "../../src/knowledge/named-rows.js";

describe("named rows: lines of 'Name: N noun, M noun' after a title line", () => {
  const sentence =
    "The trained workers by county were: Alpha: 1,200 workers, 300 households Beta County: 900 workers, 210 households A total of 12 training bases were built.";

  it("finds each row and the list's title", () => {
    const list = namedRows(sentence);
    expect(list?.title).toBe("Trained workers by county");
    expect(list?.rows.map((r) => r.name)).toEqual(["Alpha", "Beta County"]);
  });

  it("labels a figure by its own row, adding the unit the title does not name", () => {
    const list = namedRows(sentence)!;
    const at = (figure: string) => rowAt(list, sentence.indexOf(figure))!;
    expect(rowLabel(list, at("900 workers"), "workers")).toBe("Trained workers by county: Beta County");
    expect(rowLabel(list, at("300 households"), "households")).toBe(
      "Trained workers by county: Alpha (households)",
    );
    expect(rowAt(list, sentence.indexOf("12 training"))).toBeUndefined();
  });

  it("one 'Name: N' is no list", () => {
    expect(namedRows("The hotline received calls as follows: Total: 1,300 calls.")).toBeUndefined();
  });

  it("gives the rows' figures of a report sentence those labels", () => {
    const l = labelsOf(sentence);
    expect(l.get("210 households")).toBe("Trained workers by county: Beta County (households)");
    expect(l.get("1,200 workers")).toBe("Trained workers by county: Alpha");
  });
});

describe("named rows: a table flattened into a sentence, rows between semicolons without colons", () => {
  const sentence =
    "The households and workers trained in the main counties were as follows: Alpha 1,200 households, 3,100 workers; Beta County 900 households, 2,050 workers; and Gamma 640 households, 1,720 workers.";

  it("finds each row after the lead's colon and the list's title", () => {
    const list = namedRows(sentence);
    expect(list?.title).toBe("Households and workers trained in the main counties");
    expect(list?.rows.map((r) => r.name)).toEqual(["Alpha", "Beta County", "Gamma"]);
  });

  it("adds the unit to each label when the title names both of the rows' nouns", () => {
    const l = labelsOf(sentence);
    expect(l.get("2,050 workers")).toBe(
      "Households and workers trained in the main counties: Beta County (workers)",
    );
    expect(l.get("640 households")).toBe(
      "Households and workers trained in the main counties: Gamma (households)",
    );
  });

  it("a name and a figure not after a colon are no row", () => {
    expect(namedRows("In 2013 Alpha 1,200 households; Beta 900 households were helped.")).toBeUndefined();
  });
});

describe("named rows: a sentence of rows set apart by semicolons, names ending in a place noun", () => {
  const sentence =
    "Dabie Mountain area: 12 counties, 1.24 million poor people; Upper and Lower Huai area: 9 counties, 560,000 poor people.";

  it("finds each row, its name whole, with no title", () => {
    const list = namedRows(sentence);
    expect(list?.title).toBe("");
    expect(list?.rows.map((r) => r.name)).toEqual(["Dabie Mountain area", "Upper and Lower Huai area"]);
  });

  it("labels each figure by its own noun and its row", () => {
    const l = labelsOf(sentence);
    expect(l.get("1.24 million poor people")).toBe("Poor people in Dabie Mountain area");
    expect(l.get("9 counties")).toBe("Counties in Upper and Lower Huai area");
  });
});
