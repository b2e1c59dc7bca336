// A sentence opening "Of this amount," breaks down the amount of the sentence before, whose noun
// its parts take (whole-before.ts, extract.ts).
import { describe, expect, it } from "vitest";
import { refersBackNameless, wholeNoun } from "../../src/knowledge/whole-before.js";

describe("a whole named in the sentence before", () => {
  it("is referred back to by a fronted whole that names nothing", () => {
    expect(refersBackNameless("Of this amount, 3.214 billion Yuan came from the central government.")).toBe(
      true,
    );
    expect(refersBackNameless("Of the total, 586 million Yuan came from the centre.")).toBe(true);
    expect(refersBackNameless("Of the trainees, 97,600 received skills training.")).toBe(false);
    expect(refersBackNameless("In 2013, 3.214 billion Yuan came from the central government.")).toBe(false);
  });

  it("lends the noun its label opens with, up to a participle or preposition", () => {
    expect(wholeNoun("Financial anti-poverty funds invested in Guizhou Province (total)")).toBe(
      "Financial anti-poverty funds",
    );
    expect(wholeNoun("Anti-poverty funds put into the province")).toBe("Anti-poverty funds");
    expect(wholeNoun("Total")).toBeUndefined();
  });
});
