// Who a figure's label names as its doer (src/knowledge/label-agents.ts adjunctAgent), through the
// whole extraction of one invented sentence.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("adjunctAgent: a relative clause 'each of which'", () => {
  it("makes the figure one per each of the things before it, in the singular", () => {
    const l = labelsOf(
      "The dilapidated houses of 2,400 poor households were renovated, each of which received a subsidy of 9,000 yuan.",
    );
    expect(l.get("9,000 yuan")).toBe("Subsidy received by each poor household");
  });

  it("leaves a plain 'which' clause to the things as a whole", () => {
    const l = labelsOf(
      "The province supported 310 leading enterprises, which received a subsidy of 9 million yuan.",
    );
    expect(l.get("9 million yuan")).not.toMatch(/\beach\b/);
  });
});

describe("adjunctAgent: a relative clause after a name", () => {
  it("names the noun phrase before ', which' when no figure stands before it", () => {
    const l = labelsOf(
      "Hebei Province, which provided 90 million yuan of assistance funds in 2012, paired its cities with ours.",
    );
    expect(l.get("90 million yuan")).toBe("Assistance funds provided by Hebei Province");
  });

  it("reads past a phrase between the pronoun and its verb", () => {
    const l = labelsOf(
      "Hebei Province, which under the east-west cooperation mechanism provided 90 million yuan of assistance funds, paired its cities with ours.",
    );
    expect(l.get("90 million yuan")).toBe("Assistance funds provided by Hebei Province");
  });

  it("keeps a name whose middle is in brackets whole", () => {
    const l = labelsOf(
      "Alpha City and Beta City jointly built the Alpha (Beta) Industrial Transfer Park, which attracted 43 enterprises.",
    );
    expect(l.get("43 enterprises")).toBe("Enterprises attracted by Alpha (Beta) Industrial Transfer Park");
  });
});

describe("ownerOfAddedMeasure: a measure added after a clause with no amount of money before it", () => {
  it("is what a measured subject measures ('the area of X reached N and the output value was M')", () => {
    const l = labelsOf(
      "The planting area of Alpha County and Beta County reached 16,000 mu and the output value was nearly 3 billion yuan.",
    );
    expect(l.get("3 billion yuan")).toBe("Output value of Alpha County and Beta County");
  });

  it("is the subject of an acting clause ('the website published N pieces, and the number of visits was M')", () => {
    const l = labelsOf(
      "The website of the provincial office published more than 1,600 pieces of news, and the number of visits was about 1.2 million.",
    );
    expect(l.get("1.2 million")).toBe("Number of visits of the website of the provincial office");
  });

  it("leaves a measure after a passive clause unowned (its subject was acted on)", () => {
    const l = labelsOf(
      "The projects were launched in three pilot counties, involving 36 villages, and the planned investment was 152.6 million yuan.",
    );
    expect(l.get("152.6 million yuan")).toBe("Planned investment");
  });
});
