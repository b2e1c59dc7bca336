// "More … than it had planned": a pronoun and a perfect auxiliary before the plan word name the plan
// as the bare participle does ("than planned"), so a yes/no question checks the result against it.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";

describe("a yes/no against a plan written with a pronoun and 'had'", () => {
  it("reads 'more … than it had scheduled' as beating the plan", () => {
    expect(
      formOf("did the county dig more wells in the hills than it had scheduled for 2015?"),
    ).toMatchObject({
      type: "check",
      against: "plan",
      op: ">",
    });
  });

  it("reads 'fewer … than they have targeted' as falling short of it", () => {
    expect(formOf("did the towns train fewer herders than they have targeted?")).toMatchObject({
      type: "check",
      against: "plan",
      op: "<",
    });
  });

  it("keeps a comparison of two figures when no plan follows 'than'", () => {
    expect(formOf("did the county dig more wells than it had roads?")).toMatchObject({ type: "comparison" });
  });
});
