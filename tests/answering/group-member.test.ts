import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

const ask = (q: string) => realEngine().answer(q);

describe("a named member of a breakdown", () => {
  // One sentence gives the 2010 pilots' total (62.806 million), the central lottery fund (17 million)
  // and the integrated funds (45.806 million): all match about equally; the head phrase decides.
  it("is the member whose own label names what the question measures", () => {
    expect(ask("What was the central lottery fund amount for Queshan and Fan County in 2010?").value).toBe(
      17_000_000,
    );
    expect(ask("What was the integrated funds amount for the 2010 lottery pilots?").value).toBe(45_806_000);
    expect(ask("What was the total investment for Queshan and Fan County's lottery pilots?").value).toBe(
      62_806_000,
    );
  });
});
