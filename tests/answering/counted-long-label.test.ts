// A count of the very thing a "how many" question counts, whose sentence has every word of the
// question, is answered even when its label (worded after a long sentence) is mostly other words.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a count whose label is mostly the sentence's other names", () => {
  const engine = madeUpGansuEngine({
    "Team building":
      "In 2012, the Gansu Provincial Poverty Alleviation and Development Office held 12 training courses for 2,860 poverty alleviation cadres at all levels. In 2012, 1,460 cadres were sent from provincial organs.",
  });

  it("answers how many of the thing went through what its sentence says", () => {
    expect(engine.answer("how many cadres went through the training courses").value).toBe(2860);
  });

  it("still refuses when the sentence lacks some of the question's words", () => {
    expect(engine.answer("how many cadres went through the training courses abroad in Japan").answered).toBe(
      false,
    );
  });
});
