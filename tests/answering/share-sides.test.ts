// A stated percentage answers "what share of X were Y" only when its label names the part Y
// (src/answering/share-sides.ts namesSharePart).
import { describe, expect, it } from "vitest";
import { namesSharePart } from "../../src/answering/share-sides.js";
import { figureIn } from "../support/entries.js";

const rate = (label: string) => ({ ...figureIn("76.5%", "s", "percent"), label });

describe("namesSharePart", () => {
  it("rejects a rate of the same whole that names another part", () => {
    const q = "what share of the part-time workers were men?";
    expect(namesSharePart(q, rate("Retention rate of people of the part-time workers"))).toBe(false);
    expect(namesSharePart(q, rate("Men as a share of the part-time workers (percent)"))).toBe(true);
  });

  it("holds for a question that names no part as a kind of member", () => {
    expect(namesSharePart("what was the retention rate of the workers?", rate("Retention rate"))).toBe(true);
    expect(
      namesSharePart(
        "what percentage of the target was reached?",
        rate("Wells dug as a share of the target"),
      ),
    ).toBe(true);
    const where = "what share of the funds was actualy sent to the 12 hill counties?";
    expect(namesSharePart(where, rate("Share of funds actually sent"))).toBe(true);
  });
});
