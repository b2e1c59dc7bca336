// A rate belongs to the figure its own clause names: a question that names what a stated change
// names ("the provincial outlay rose 20%") is worked back from that change's figure, not from the
// best-ranked total with its own growth (compute.ts changeNamedByQuestion, named-change.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("the year before, of the figure a stated change names", () => {
  const engine = madeUpGansuEngine({
    "Investment of funds":
      "In 2012, the fiscal poverty alleviation funds of the province totaled 1.5 billion yuan, up 10 percent. Among them, 400 million yuan came from the central finance, 600 million yuan from the provincial finance and 500 million yuan from the finances of cities and counties. The provincial outlay for poverty alleviation increased by 20 percent over the previous year.",
  });

  it("applies the named change to the figure it names, a word no label has left aside", () => {
    const a = engine.answer("How big was the provincial poverty alleviation outlay the year before 2012?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(500_000_000, -3);
  });

  it("does so when the question asks an amount and a total ranks first", () => {
    const a = engine.answer(
      "How much money did the provincial poverty alleviation outlay come to the year before 2012?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(500_000_000, -3);
  });

  it("still works the total back with its own change when the question asks the total", () => {
    const a = engine.answer("How much were the fiscal poverty alleviation funds the year before 2012?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(1_363_636_363.64, -3);
  });
});

describe("a change written with its own amount is not lent to another figure", () => {
  const engine = madeUpGansuEngine({
    "Investment of funds":
      "The central and provincial fiscal funds reached 2 billion yuan in 2012, up 20 percent. The provincial finance increased its special funds by 100 million yuan over the previous year, up 25 percent.",
  });

  it("works the year before back from the amount and its rate, not from the total", () => {
    const a = engine.answer("How much special money did the provincial finance put in the year before 2012?");
    if (a.type === "derived") expect(a.value).toBeCloseTo(400_000_000, -3);
    expect(a.value).not.toBeCloseTo(1_900_000_000, -3);
  });
});
