// "Did A give more than B did in 2013?": the auxiliary that repeats the question's verb closes the
// second side (forms.ts); a time after it frames both sides and is no part of B.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";

describe("a second side closed by an elided verb", () => {
  it("ends the side at the auxiliary and shares what follows", () => {
    const form = formOf("did the county spend more on schools than the city did in 2012?");
    expect(form).toMatchObject({ type: "comparison", right: "city", yesNo: true });
    expect(form && "shared" in form ? form.shared : "").toContain("2012");
  });

  it("keeps a side with no auxiliary whole", () => {
    const form = formOf("did the county spend more on schools than the city?");
    expect(form).toMatchObject({ type: "comparison", right: "city" });
  });
});
