// A difference whose sides each name one of a kind ("each orchard worker", "a borrowing household")
// weighs the amounts per one of each (rate-sides.ts, used by compute.ts combine).
import { afterAll, describe, expect, it } from "vitest";
import { oneOfAKind, ratePerUnits } from "../../src/answering/rate-sides.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("oneOfAKind", () => {
  it("reads the counted noun of a one-of-a-kind subject past its modifiers", () => {
    expect(oneOfAKind("did each orchard worker earn from fruit")).toBe("people");
    expect(oneOfAKind("a borrowing household gained")).toBe("households");
  });
  it("reads nothing from a side whose subject is no one of a kind", () => {
    expect(oneOfAKind("the orchard workers earned")).toBeUndefined();
    expect(oneOfAKind("a total of the loans")).toBeUndefined();
  });
});

describe("ratePerUnits", () => {
  it("reads what a figure is given per, past a modifier", () => {
    const e = {
      label: "Income increase",
      context: "each borrowing household increased its income by 1,700 Yuan",
    };
    expect([...ratePerUnits(e as Entry)]).toEqual(["households"]);
  });
});

const engine = madeUpGansuEngine({
  Orchards:
    "The 40,000 poor people working in the orchards earned 3,100 Yuan per person from fruit sales, and the orchards sold fruit worth 620 million Yuan.",
  "Cooperative loans":
    "The cooperatives lent 96 million Yuan to 12,000 households, and each borrowing household increased its income by 1,700 Yuan.",
});

describe("a difference of amounts per one of two kinds", () => {
  it("takes each side's amount per its own kind", () => {
    const a = engine.answer(
      "How much more income did each orchard worker get from fruit than a borrowing household of the cooperatives?",
    );
    expect(a).toMatchObject({ type: "derived", value: 1400 });
  });
});
