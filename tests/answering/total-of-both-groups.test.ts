// A total asked over "the two batches" a report announces and then gives one sentence each: the
// sum of each group's figure (compute.ts totalOfBothGroups, groups found as groups.ts finds them).
// The report and the questions are made up for this test (invented place names).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

const REPORT = [
  "Poverty Alleviation in Dale Province",
  "【Area development pilots】The province ran the area development pilots in six counties in two batches. The pilots in Alder County, Birch County and Cedar County covered 30 poor villages. The pilots in Elm County, Fir County and Gum County involved 26 poverty-stricken villages. The work went on in good order.",
  "【Relocation】Dale Province moved 4,000 households out of the mountains, and rebuilt 12 poor villages.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Dale", 2012, "Dale Province"));
});
afterAll(removeMadeUpReports);

describe("a total over the two batches", () => {
  it("adds the figure of each batch, both cited", () => {
    const a = engine.answer(
      "How many poor villages in total were in the two batches of the area development pilots?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(56);
    expect(a.citations).toHaveLength(2);
  });
});
