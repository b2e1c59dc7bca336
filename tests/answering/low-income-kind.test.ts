// "low-income households" are households: "income" inside a hyphenated modifier names no money, so a
// comparison of them weighs counts (understand.ts MONEY_CUE); a question about an income still asks for money.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const kinds = (q: string) => understand(q, fromTerms({}), {}).kinds;

describe("understand: money cued by 'income'", () => {
  it("is not cued by a hyphenated modifier", () => {
    expect(
      kinds(
        "Which was larger: the member households of cooperatives or the low-income households brought along?",
      ),
    ).not.toContain("money");
  });

  it("is still cued by an income asked about", () => {
    expect(
      kinds("Which was larger: the per capita net income of farmers or of low-income households?"),
    ).toContain("money");
  });
});
