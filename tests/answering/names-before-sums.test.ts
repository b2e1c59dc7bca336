// A names question is answered with names even when it holds a word that asks for adding.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

describe("names before sums", () => {
  const q =
    "Together with which bodies did the office hold the summary and commendation meeting on the enterprises project?";

  it("the question asks for names and holds a sum of two sides", () => {
    const read = understand(q, fromTerms({}), { names: [] });
    expect(read.asksNames).toBe(true);
    expect(read.derivation?.type).toBe("sum");
  });

  it("is answered with the names, not refused as a sum that cannot be made", () => {
    const a = realEngine().answer(q);
    expect(a.type).toBe("list");
    expect(a.items).toEqual(["United Front Work Department", "Association of Industry and Commerce"]);
  });
});
