// Rules clauseLabel (src/knowledge/labels.ts) applies itself, through one invented sentence each.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("clauseLabel: 'X totalling N'", () => {
  it("makes the figure the whole of the noun before the participle, acted on by the clause's verb", () => {
    const l = labelsOf("Special funds totalling 120 million yuan were allocated to the 8 pilot counties.");
    expect(l.get("120 million yuan")).toBe("Special funds allocated (total)");
  });

  it("takes the verb before the noun when the clause is active", () => {
    const l = labelsOf(
      "By the end of December, the mutual aid societies had issued loans totalling 46.2 million yuan.",
    );
    expect(l.get("46.2 million yuan")).toBe("Loans issued by the mutual aid societies (total)");
  });
});
