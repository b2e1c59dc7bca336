import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

// A joint total of two givers and one giver's part, in one section.
const engine = () =>
  madeUpGansuEngine({
    "Poverty alleviation by science and technology":
      " In 2012, a total of 56 million Yuan of financial anti-poverty funds was issued by the central and provincial government for 90 science and technology projects. The central government issued 6 million Yuan for the implementation of five projects.",
  });

describe("a giver's part when the question states the joint total and the other part", () => {
  it("is the joint total minus the other giver's part, though both are the question's own figures", () => {
    const a = engine().answer(
      "If the central government gave 6 million, how much of the 56 million came from the provincial government?",
    );
    expect(a).toMatchObject({ type: "derived", value: 50_000_000 });
    expect(a.arithmetic).toContain("56 million Yuan − 6 million Yuan");
  });

  it("is never one of the figures the question gives", () => {
    const a = engine().answer("Of the 56 million Yuan, how much came from the central government?");
    expect(a.value).not.toBe(56_000_000);
  });
});
