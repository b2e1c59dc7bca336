// A yes/no against a bound the question states: a figure near the bound whose description the
// question names nearly whole is the figure asked about, even when the rest is in other words.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("judging against a stated bound near the figure", () => {
  it("takes the figure the bound is near when the rest of the question is reworded", () => {
    const a = realEngine().answer("Did the village-upgrade drive put up more than 50 bridges?");
    expect(a.type).toBe("yesno");
    expect(a.verdict).toBe("yes");
    expect(a.value).toBe(52);
  });

  it("but not a figure far from the bound, which the question may not be about", () => {
    expect(realEngine().answer("Did the village-upgrade drive put up more than 500 bridges?").type).toBe(
      "none",
    );
  });
});
