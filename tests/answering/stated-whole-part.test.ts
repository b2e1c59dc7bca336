// "How much was left for the first batch?" after the question gives the whole and one part: the
// whole minus the part (understand.ts reads "was left" as a remainder; compute.ts statedWholeAndPart).
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);
const read = (q: string) => understand(q, fromTerms({}));

describe("a remainder asked with 'left'", () => {
  it("reads 'was left for' as the rest of a whole, and 'left-behind' as no such thing", () => {
    expect(read("How much was left for the first batch?").derivation).toEqual({ type: "complement" });
    expect(read("How many left-behind children were helped?").derivation).toBeUndefined();
  });

  const engine = madeUpGansuEngine({
    "Contiguous development":
      "In 2012, the province launched pilots of contiguous development in 10 key counties in two batches, with a total investment of 480 million Yuan. The second batch involved 48 villages; the provincial government issued project funds of 210 million Yuan.",
  });

  it("subtracts the part the question gives from the whole it gives", () => {
    const a = engine.answer(
      "The contiguous development pilots had 480 million Yuan in total and the second batch got 210 million. How much was left for the first batch?",
    );
    expect(a).toMatchObject({ type: "derived", value: 270_000_000 });
  });
});
