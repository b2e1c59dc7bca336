// "Was the work under way in all of its project villages?": a whole named after a preposition is
// the same part-against-whole check as "were all of the villages …?" (it was answered as a bare
// figure, 239, with no verdict).
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";

describe("formOf: 'all of its X' after a preposition", () => {
  it("checks a part against its whole", () => {
    expect(formOf("was the project work under way in all of its project villages?")).toEqual({
      type: "check",
      against: "whole",
    });
    expect(formOf("were all of the project villages under way?")).toEqual({
      type: "check",
      against: "whole",
    });
  });

  it("not for a number of them, nor outside a yes/no question", () => {
    expect(formOf("was the work under way in all 251 villages?")).not.toEqual({
      type: "check",
      against: "whole",
    });
    expect(formOf("how many villages was the work under way in, of all of its villages?")).toBeUndefined();
  });
});
