// A sum asked of a pair ("how much did the central and provincial governments put in combined")
// whose stated figure's label names the pair whole ("… from the central and provincial
// government") is answered with that figure, not with each side's own figure added (engine.ts
// answerAsRead, splitsAName). A made-up Gansu report, invented figures, not from any question set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine({
    "Investment of anti-poverty funds":
      "In 2013, a total of 3.2 billion Yuan of financial anti-poverty funds was issued, of which 1.5 billion Yuan was from the central government, 400 million Yuan was provincial matching funds and 1.3 billion Yuan was from city and county governments.",
    "Rain Plan":
      "In 2013, the Rain Plan received 90 million Yuan of anti-poverty funds from the central and provincial government. It trained 80,000 people.",
  });
});
afterAll(removeMadeUpReports);

describe("a pair whose stated figure names it whole", () => {
  it("gives the pair's stated figure", () => {
    expect(engine.answer("Rain Plan 2013年中央和省级一共投入了多少扶贫资金？")).toMatchObject({
      value: 90_000_000,
    });
  });
});
