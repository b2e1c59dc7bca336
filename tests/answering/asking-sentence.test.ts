// A question that states something in a sentence of its own and asks in the next ("18,900
// households were supported and income grew 1,700 per household. Total income increase across all
// of them?") asks in its last sentence: the earlier one is given, so its "per household" asks for no
// average (understand.ts questionClause). An abbreviation ("i.e. not central") ends no sentence.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);
const read = (q: string) => understand(q, fromTerms({}), {});

describe("the asking sentence", () => {
  it("is the last sentence after a statement", () => {
    const q = read(
      "for the funds, 900 households were helped and income grew 800 per household. total income increase across all of them?",
    );
    expect(q.clause).toBe("total income increase across all of them?");
    expect(q.derivation).toEqual({ type: "total" });
  });

  it("does not start after an abbreviation's full stop", () => {
    expect(read("how much came from the province (i.e. not central)?").clause).toBe(
      "how much came from the province (i.e. not central)?",
    );
  });

  it("gives the total of a per-household figure over its households", () => {
    const engine = madeUpGansuEngine({
      "Mutual funds":
        "In 2012, mutual funds supported 9,000 poor households, and the income of each supported household increased by 800 Yuan.",
    });
    const a = engine.answer(
      "For the mutual funds, 9000 households were supported and income grew 800 per household. Total income increase across all of them?",
    );
    expect(a).toMatchObject({ type: "derived", value: 7_200_000 });
  });
});

describe("an aside after the question mark", () => {
  const known = (w: string) => ["funds", "central", "government"].includes(w);
  const readKnowing = (q: string) => understand(q, fromTerms({}), { known });

  it("is dropped when it names nothing the knowledge has", () => {
    expect(readKnowing("how much did the central government give?? need it for a slide").english).toBe(
      "how much did the central government give??",
    );
  });

  it("stays when it names a topic of the knowledge, asks, or gives a number", () => {
    expect(readKnowing("how much did they give? the central government").english).toContain("central");
    expect(readKnowing("how much? what about 2012").english).toContain("2012");
  });
});
