// Comparisons whose sides name who acted (actors.ts): each side is the figure whose own clause
// names that actor, back to the clause's subject when the clause opens with "they", even when the
// report's sentence runs two list items together and the figure's label names the other actor.
import { afterAll, describe, expect, it } from "vitest";
import { actorClause } from "../../src/answering/actors.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Social poverty alleviation":
    "In 2011, the province promoted social poverty alleviation. 1. The central state organs and enterprises carrying out fixed-point poverty alleviation in the province invested funds and materials worth 31.5 million Yuan in the key counties. 2. 150 provincial organs, enterprises and institutions were paired with 260 poor villages and dispatched 260 working teams to stay in the villages, and they invested funds and materials worth 44.8 million Yuan. 3. The action was carried out jointly with the provincial federation of industry and commerce, and 90 private enterprises were paired with 110 poor villages, investing 27.1 million Yuan.",
});

describe("sides named by who acted", () => {
  it("take the figure of the clause whose subject is that actor", () => {
    const a = engine.answer(
      "Who invested more: the provincial units paired with poor villages or the central organs doing fixed-point assistance?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 44_800_000 });
    expect(a.text).toContain("31.5 million Yuan");
  });
});

describe("a figure's own clause", () => {
  it("goes back to the subject when the clause opens with a pronoun", () => {
    const s =
      "2. 120 provincial units were paired with 240 poor villages, and they invested funds worth 44.8 million Yuan.";
    expect(actorClause(s, "44.8 million Yuan")).toMatch(/^120 provincial units/);
  });

  it("starts after the list item before it", () => {
    const s =
      "The organs invested 31.5 million Yuan in the key counties. 2. 120 provincial units invested 44.8 million Yuan.";
    expect(actorClause(s, "44.8 million Yuan")).toBe("120 provincial units invested ");
  });
});

describe("a gapped list item's clause", () => {
  it("starts at the name written right before its figure", () => {
    const s = "Among the partners, Dalian invested RMB 120 million in Lhoka, Xiamen RMB 96 million in Nagqu.";
    expect(actorClause(s, "RMB 96 million")).toBe("Xiamen ");
  });
});
