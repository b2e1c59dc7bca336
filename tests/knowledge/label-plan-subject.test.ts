// A plan stated in its own sentence (label-plan-subject.ts): the figure is labelled as that plan.
import { describe, expect, it } from "vitest";
import { planLabel } from "../../src/knowledge/label-plan-subject.js";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: a plan noun as the subject of the figure's clause", () => {
  it("leads the label of a plan 'was to' carry out", () => {
    const l = labelsOf("The annual plan was to relocate 12,000 households from the Yimeng Mountains.");
    expect(l.get("12,000 households")).toBe("Annual plan for households relocated from the Yimeng Mountains");
  });

  it("a plan that acts on the figure itself is written as a target", () => {
    const l = labelsOf("The provincial plan for 2012 covered 1,500 poor villages.");
    expect(l.get("1,500 poor villages")).toBe("Provincial plan target for poor villages covered");
  });

  it("a bare plan for a year says the figure was planned", () => {
    expect(labelsOf("The plan for 2013 was to relocate 30,000 households.").get("30,000 households")).toBe(
      "Plan for households relocated",
    );
  });

  it("a programme named Plan is no target", () => {
    const l = labelsOf("In 2012, the Rain Plan trained 168,000 poor labourers.");
    expect(l.get("168,000 poor labourers")).toBe("Poor labourers trained by the Rain Plan");
    expect(
      labelsOf("The Rain Plan was 5 years old and trained 3,000 people.").get("3,000 people"),
    ).not.toMatch(/^Plan for/);
  });

  it("nor is a task said done", () => {
    expect(labelsOf("The task was completed in 820 villages.").get("820 villages")).not.toMatch(/^Plan for/);
  });

  it("a label that already names a plan is kept", () => {
    expect(planLabel("Annual plan", "Annual plan for people trained")).toBe("Annual plan for people trained");
  });
});
