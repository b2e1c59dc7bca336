// A plan stated as its clause's subject (label-plan-subject.ts): its predicate's figures are planned.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: 'The plan for 2013 was …'", () => {
  it("says the figure was planned", () => {
    expect(labelsOf("The plan for 2013 was to relocate 30,000 households.").get("30,000 households")).toBe(
      "Plan for households relocated",
    );
  });

  it("not a programme named Plan, nor a task said done", () => {
    expect(
      labelsOf("The Rain Plan was 5 years old and trained 3,000 people.").get("3,000 people"),
    ).not.toMatch(/^Plan for/);
    expect(labelsOf("The task was completed in 820 villages.").get("820 villages")).not.toMatch(/^Plan for/);
  });
});
