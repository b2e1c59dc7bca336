// Breakdown items named before their figure with no verb between (label-named-item.ts): a marked row
// "(2) name, figure;", a row "name figure;" after "Of which:", and a gapped list "A were N, B M and C K".
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("namedItemLabel: a breakdown item's name labels its figure", () => {
  it("reads numbered rows written 'name, figure'", () => {
    const labels = labelsOf(
      "Of which: (1) provincial special funds, RMB 320 million; (2) loans of commercial banks, RMB 95 million; (3) county funds, RMB 41 million.",
    );
    expect(labels.get("RMB 320 million")).toBe("Provincial special funds");
    expect(labels.get("RMB 95 million")).toBe("Loans of commercial banks");
    expect(labels.get("RMB 41 million")).toBe("County funds");
  });

  it("reads rows written 'name figure' after a list's lead, the last after '; and'", () => {
    const labels = labelsOf(
      "Including: repair of village schools 1,420 households; building of biogas pits 2,310 households; and resettlement of herders 640 households.",
    );
    expect(labels.get("1,420 households")).toBe("Repair of village schools");
    expect(labels.get("2,310 households")).toBe("Building of biogas pits");
    expect(labels.get("640 households")).toBe("Resettlement of herders");
  });

  it("reads the gapped items of a list whose first item writes its verb", () => {
    const labels = labelsOf(
      "Of the total, county funds were RMB 52 million, bank loans RMB 18 million, and money raised by farmers (including labour) RMB 9 million.",
    );
    expect(labels.get("RMB 18 million")).toBe("Bank loans");
    expect(labels.get("RMB 9 million")).toMatch(/^Money raised by farmers/);
  });

  it("leaves a clause's own subject and verb alone", () => {
    const labels = labelsOf(
      "By the end of June, RMB 12 million had been paid, and the county built 35 bridges.",
    );
    expect(labels.get("RMB 12 million")).not.toBe("By the end of June");
    expect(labels.get("35 bridges")).not.toMatch(/^The county built/i);
  });

  it("needs a marked row for the comma form", () => {
    const labels = labelsOf("In the western hills, 4,100 people moved to towns.");
    expect(labels.get("4,100 people")).not.toBe("In the western hills");
  });
});
