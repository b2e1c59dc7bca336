// A comparison's right side that a cut would leave as a bare pronoun head ("those that") keeps the
// clause naming it (forms.ts formOf, BARE_HEAD).
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";

describe("a pronoun-headed side keeps its clause", () => {
  it("keeps 'those that <verb> …' whole", () => {
    expect(
      formOf(
        "which was larger in 2012: those trained in short courses or those that attended vocational schools?",
      ),
    ).toMatchObject({
      type: "comparison",
      left: "those trained in short courses",
      right: "those that attended vocational schools",
    });
  });
  it("keeps 'the ones who <verb> …' whole", () => {
    expect(
      formOf("which group was bigger, the ones who moved to towns or the ones who found local jobs?"),
    ).toMatchObject({
      type: "comparison",
      right: "ones who found local jobs",
    });
  });
});
