// Verbs joined by "or"/"and" share the subject written before the first of them
// (src/knowledge/label-subjects.ts subjectBefore): the label still names who acted.
import { describe, expect, it } from "vitest";
import { labelsOf as read } from "../support/one-sentence.js";

describe("automatic labels: coordinated verbs", () => {
  it("names the subject before 'built or rebuilt' for each object of the verbs", () => {
    const l = read("Through the programme, the pilot towns built or rebuilt 640 km of roads and 90 bridges.");
    expect(l.get("640 km")).toBe("Roads rebuilt by the pilot towns");
    expect(l.get("90 bridges")).toBe("Bridges rebuilt by the pilot towns");
  });

  it("and before 'repaired and widened'", () => {
    expect(read("The pilot towns repaired and widened 640 km of roads.").get("640 km")).toBe(
      "Roads widened by the pilot towns",
    );
  });
});
