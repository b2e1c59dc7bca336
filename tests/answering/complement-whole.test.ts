// "How many … did not …": the whole minus the part, where the report writes the whole in the
// sentence's opening ("Of the 809 million Yuan of social funds, …") or gives it by the rate stated
// with the part ("…, an employment rate of 84.5%"): complement-whole.ts, via compute.ts complementOf.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("the whole of a part, written apart from it", () => {
  const engine = madeUpGansuEngine({
    "Social poverty alleviation":
      "Paired units put in 312 million Yuan of money and goods. Of the 809 million Yuan of social funds, 426 million Yuan came from enterprises.",
    "Rain Plan":
      "In 2012, the Rain Plan trained up 168,000 people, 105% of the annual plan of 160,000; of them, 52,300 took part in vocational education. 142,000 trainees found jobs, an employment rate of 84.5%.",
  });

  it("takes the whole from an 'Of the N …,' opening", () => {
    const a = engine.answer("How much of the social funds did not come from enterprises?");
    expect(a).toMatchObject({ type: "derived", value: 383_000_000 });
  });

  it("takes the whole the stated rate is of: the part ÷ the whole is the rate", () => {
    const a = engine.answer("How many Rain Plan trainees did not find a job?");
    expect(a).toMatchObject({ type: "derived", value: 26_000 });
  });
});

describe("the whole less every part the question excepts", () => {
  const engine = madeUpGansuEngine({
    "Pairing assistance":
      "The coastal cities provided a total of 900 million Yuan of assistance funds, of which Xiamen and Fuzhou contributed 300 million Yuan and 200 million Yuan respectively.",
  });

  it("takes out both listed parts the question names, each cited", () => {
    const a = engine.answer(
      "How much did the coastal cities other than Xiamen and Fuzhou contribute to the assistance funds?",
    );
    expect(a).toMatchObject({ type: "derived", value: 400_000_000 });
    expect(a.text).toContain("900 million Yuan − 300 million Yuan − 200 million Yuan");
  });

  it("takes out only the part named when the question names one", () => {
    const a = engine.answer(
      "How much did the coastal cities other than Xiamen contribute to the assistance funds?",
    );
    expect(a).toMatchObject({ type: "derived", value: 600_000_000 });
  });

  it("reads an exception set before the question that then asks for the others", () => {
    const a = engine.answer(
      "Apart from Xiamen and Fuzhou, how much did the other coastal cities contribute to the assistance funds?",
    );
    expect(a).toMatchObject({ type: "derived", value: 400_000_000 });
  });
});
