// "Where did the money come from?": a whole's breakdown, not one figure (where-from.ts).
import { describe, expect, it } from "vitest";
import { asksWhereFrom } from "../../src/answering/where-from.js";
import { realEngine } from "../support/knowledge.js";

describe("asksWhereFrom: a question about where money came from", () => {
  it("reads 'where … come from' and 'the sources of' about money", () => {
    expect(asksWhereFrom("where did the road money come from?", ["money"])).toBe(true);
    expect(asksWhereFrom("what were the sources of the well funds?", ["money"])).toBe(true);
    expect(asksWhereFrom("where was the road money from?", ["money"])).toBe(true);
  });

  it("is no such question when it asks how much, or about something else than money", () => {
    expect(asksWhereFrom("how much of the road money came from the county?", ["money"])).toBe(false);
    expect(asksWhereFrom("where did the trainees come from?", ["count"])).toBe(false);
  });
});

describe("a breakdown answers where a whole came from", () => {
  it("lists the parts of the best matched whole, each cited", () => {
    const a = realEngine().answer("What were the sources of Henan's anti-poverty funds in 2011?");
    expect(a.type).toBe("list");
    expect(a.items).toHaveLength(5);
    expect(a.citations.map((c) => c.value)).toContain(1029000000);
  });

  it("gives the figure when a whole has no breakdown in the report", () => {
    const a = realEngine().answer("where did the relocation money come from?");
    expect(a.type).toBe("figure");
  });
});
