// A change whose base is named by its year alone ("grow … compared with 2010") is a change over
// time, as "than 2010" is, not two figures to weigh (src/answering/forms.ts formOf).
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";

describe("formOf: 'compared with <year>' after a change", () => {
  it("reads a growth asked against a named year as no comparison", () => {
    expect(formOf("by what percentage did the funds grow in 2011 compared with 2010?")).toBeUndefined();
    expect(formOf("how far did the poor population fall in 2011 compared to 2010")).toBeUndefined();
  });

  it("still weighs two things compared with each other", () => {
    expect(formOf("relocation funds compared with rain plan funds, which was larger?")).toMatchObject({
      type: "comparison",
    });
  });
});
