// A phrase fronted before a clause says which programme, group or place its figures belong to
// (label-fronted.ts); times, the report's own region and sentence adverbs say nothing of them.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("frontedPlace: a lone fronted phrase", () => {
  it("adds the programme a clause is under", () => {
    const l = labelsOf(
      "Under the paired assistance programme, the city channelled 42 million yuan of aid to the county.",
    );
    expect(l.get("42 million yuan")).toMatch(/under the paired assistance programme$/);
  });

  it("adds the place a clause is in", () => {
    const l = labelsOf("In the project villages, 2,300 km of village roads were built.");
    expect(l.get("2,300 km")).toMatch(/in the project villages$/);
  });

  it("adds a place written without 'the' when it is plural or a name", () => {
    expect(labelsOf("In poor villages, 320 clinics were built.").get("320 clinics")).toMatch(
      /in poor villages$/,
    );
    expect(labelsOf("In Lu County, 320 clinics were built.").get("320 clinics")).toMatch(/in Lu County$/);
  });

  it("reads a fronted list of names whole", () => {
    const l = labelsOf("In Lu County, Fu County and Tai County, 320 clinics were built.");
    expect(l.get("320 clinics")).toMatch(/in Lu County, Fu County and Tai County$/);
  });

  it("leaves out times, sentence adverbs and the report's own region", () => {
    expect(labelsOf("In late December, 320 clinics were built.").get("320 clinics")).not.toMatch(/December/);
    expect(labelsOf("In the same year, 320 clinics were built.").get("320 clinics")).not.toMatch(/year/);
    expect(labelsOf("In addition, 320 clinics were built.").get("320 clinics")).not.toMatch(/addition/);
    expect(labelsOf("Across the whole province, 320 clinics were built.").get("320 clinics")).not.toMatch(
      /province/,
    );
  });
});

describe("frontedPlace: parallel clauses", () => {
  it("tells apart the clauses by the place each fronts", () => {
    const l = labelsOf(
      "In the Lu Mountain area, the four pilot counties covered 42 poor villages; in the Fu Mountain area, the three pilot counties covered 31 poor villages.",
    );
    expect(l.get("42 poor villages")).toMatch(/in the Lu Mountain area$/);
    expect(l.get("31 poor villages")).toMatch(/in the Fu Mountain area$/);
  });
});
