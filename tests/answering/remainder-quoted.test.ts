// A word of remainder the report itself writes with what follows it is its wording, not a subtraction.
import { describe, expect, it } from "vitest";
import { remainderQuoted } from "../../src/answering/remainder-quoted.js";

describe("remainderQuoted", () => {
  const section =
    "The county spent 3 million yuan on roads in the hamlets outside the pilot  villages. It paved 40 km.";
  it("is true when the text writes the cue with the question's next two words", () => {
    expect(remainderQuoted("how many km were paved outside the pilot villages?", section)).toBe(true);
  });
  it("is false when the text lacks them, or the question has no cue", () => {
    expect(remainderQuoted("how many km were paved outside the model towns?", section)).toBe(false);
    expect(remainderQuoted("how many km were paved in the pilot villages?", section)).toBe(false);
  });
});
