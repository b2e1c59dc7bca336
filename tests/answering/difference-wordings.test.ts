// Differences in more wordings: "versus" and "compared with" as "than", a clause after the second
// side shared by both, the measure before an auxiliary shared, and two counted things subtracted.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("reading the sides of a difference", () => {
  it("ends the second side where an auxiliary opens what both share", () => {
    expect(
      read("how many more bridges than culverts did the relocation projects build").derivation,
    ).toMatchObject({
      type: "difference",
      left: "bridges",
      right: "culverts",
    });
  });

  it("reads 'versus' and 'compared with' as 'than', and the measure before the auxiliary as shared", () => {
    expect(read("how much more money did the north get versus the south?").derivation).toMatchObject({
      type: "difference",
      left: "the north get",
      right: "the south",
    });
    expect(read("how much more income per household did A bring compared with B?").derivation).toMatchObject({
      type: "difference",
      left: "a bring",
      right: "b",
    });
  });
});

describe("answering those differences", () => {
  it("subtracts two counts of different things each side names", () => {
    const a = realEngine().answer("how many more culverts than bridges did entire village advancement build");
    expect(a.type).toBe("derived");
    expect(a.value).toBe(260);
  });

  it("subtracts figures per household asked 'compared with'", () => {
    const a = realEngine().answer(
      "How much more income per household came from small loans compared with mutual funds?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(800);
  });
});
