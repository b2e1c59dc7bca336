// A count's label stops before the phrase that introduces the next amount (label-next-amount.ts).
import { describe, expect, it } from "vitest";
import { withoutNextAmount } from "../../src/knowledge/label-next-amount.js";

describe("withoutNextAmount", () => {
  it("drops 'with … of RMB' and 'worth RMB' that open the next amount", () => {
    expect(withoutNextAmount("Bridges repaired by the county with a total cost of RMB")).toBe(
      "Bridges repaired by the county",
    );
    expect(withoutNextAmount("Quilts donated by the charity worth RMB")).toBe(
      "Quilts donated by the charity",
    );
    expect(withoutNextAmount("Farms supported with Yuan")).toBe("Farms supported");
  });
  it("drops a verb right before the currency word, with its dangling relative word", () => {
    expect(withoutNextAmount("Townships that totalled RMB")).toBe("Townships");
  });
  it("leaves labels that do not end in a currency word, or would be emptied", () => {
    expect(withoutNextAmount("Funds invested with the help of banks")).toBe(
      "Funds invested with the help of banks",
    );
    expect(withoutNextAmount("Worth RMB")).toBe("Worth RMB");
  });
});
