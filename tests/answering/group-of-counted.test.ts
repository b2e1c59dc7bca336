// "Which group of villages was larger: A or B?" weighs counts of villages: the noun the groups
// are of is what is counted, never the money either group was lent.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("which group of <count noun> was bigger", () => {
  it("counts the noun the groups are of", () => {
    const q = read("Which group of villages was larger: those with new roads or those with new wells?");
    expect(q.kinds).toEqual(["count"]);
    expect(q.countUnit).toBe("villages");
  });

  it("leaves what a group got alone: that is no size of the group", () => {
    expect(read("Which group of projects got more money: roads or bridges?").kinds).not.toEqual(["count"]);
  });
});
