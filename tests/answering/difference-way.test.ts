// A difference reads the way the question asks: "how many fewer A than B" is B − A, "the
// difference between A and B" the larger minus the smaller, and a "more" that comes out negative
// is refused rather than shown.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("the way a difference is asked", () => {
  it("reads 'fewer' and 'more', and no way for 'the difference between'", () => {
    expect(read("how many fewer wells than ponds were dug?").derivation).toMatchObject({ way: "fewer" });
    expect(read("how many more wells than ponds were dug?").derivation).toMatchObject({ way: "more" });
    expect(read("what is the difference between the wells and the ponds?").derivation).not.toHaveProperty(
      "way",
    );
  });

  it("gives 'how many fewer' and 'the difference between' as positive figures", () => {
    const engine = realEngine();
    expect(
      engine.answer("how many fewer rain plan trainees got transferred jobs than were trained?").value,
    ).toBe(17300);
    expect(
      engine.answer(
        "what is the difference between rain plan trainees given transferred employment and those trained?",
      ).value,
    ).toBe(17300);
  });

  it("refuses a 'more' that the report's figures contradict", () => {
    const a = realEngine().answer("how many more rain plan trainees got transferred jobs than were trained?");
    expect(a.type).toBe("none");
  });
});
