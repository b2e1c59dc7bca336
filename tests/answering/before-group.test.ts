import { afterAll, describe, expect, it } from "vitest";
import { ordinalNumber } from "../../src/answering/before-group.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a total as it stood before a batch the question names", () => {
  const engine = () =>
    madeUpGansuEngine({
      "Leading enterprises":
        " In 2012, the province identified the 2nd batch of 36 leading enterprises of poverty alleviation, bringing the total to 95, which drove 20,000 poor households to increase their income.",
    });

  it("reads ordinals in words and digits", () => {
    expect(ordinalNumber("third")).toBe(3);
    expect(ordinalNumber("3rd")).toBe(3);
    expect(ordinalNumber("batch")).toBeUndefined();
  });

  it("gives the running total less that batch, both cited", () => {
    const a = engine().answer(
      "How many leading enterprises of poverty alleviation were there before the second batch?",
    );
    expect(a).toMatchObject({ type: "derived", value: 59 });
    expect(a.arithmetic).toContain("95 − 36");
  });

  it("does not subtract a batch the report does not name as the one asked", () => {
    const a = engine().answer(
      "How many leading enterprises of poverty alleviation were there before the 3rd batch?",
    );
    expect(a.value).not.toBe(59);
  });
});
