// What a comparison counts (understand.ts comparedCount): the head of the noun phrase after the
// comparative, and the comparative said again before the right side is no part of it (forms.ts).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), {});

describe("a comparison of counts", () => {
  it("counts the head noun, not a modifier before it", () => {
    const q = read("Were more village clinics or more cultural activity rooms set up?");
    expect(q.countUnit).toBeUndefined();
    expect(q.form).toMatchObject({ left: "village clinics", right: "cultural activity rooms" });
  });

  it("counts the noun before a participle or a verb", () => {
    expect(
      read("Were more poor villages paired with enterprises or covered by the projects?").countUnit,
    ).toBe("villages");
    expect(read("Did more households borrow from the mutual funds or take out small loans?").countUnit).toBe(
      "households",
    );
  });
});
