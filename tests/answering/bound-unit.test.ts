// A yes/no against a bound the question states: the bound's own unit says what kind of figure is
// checked, and a question that bounds a plan checks the plan itself.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("checking a figure against a stated bound", () => {
  it("checks a count when the bound counts something, though the question names money", () => {
    const a = realEngine().answer("Did the relocation funds move at least 20,000 people?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 24756 });
    const b = realEngine().answer("Did the mutual-fund pilot money reach over 300 poor villages?");
    expect(b).toMatchObject({ type: "yesno", verdict: "yes", value: 500 });
  });

  it("checks the plan when the bounded figure is the plan", () => {
    const a = realEngine().answer("Was the Rain Plan's planned training above 150,000 people?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 200000 });
    const b = realEngine().answer(
      "Was the planned number of impoverished villages for entire village advancement under 800?",
    );
    expect(b).toMatchObject({ type: "yesno", verdict: "no", value: 1000 });
  });
});
