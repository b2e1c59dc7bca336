import { describe, expect, it } from "vitest";
import { amountsInDigits } from "../../src/text/number-words.js";

describe("amountsInDigits", () => {
  it("reads a number word before a scale word as digits", () => {
    expect(amountsInDigits("were more than one million lifted")).toBe("were more than 1 million lifted");
    expect(amountsInDigits("over a thousand villages")).toBe("over 1 thousand villages");
    expect(amountsInDigits("twenty-five thousand people")).toBe("25 thousand people");
    expect(amountsInDigits("Ninety Million yuan")).toBe("90 Million yuan");
    expect(amountsInDigits("half a million households")).toBe("0.5 million households");
  });

  it("leaves a number word that no scale word follows", () => {
    expect(amountsInDigits("which one got more")).toBe("which one got more");
    expect(amountsInDigits("one of the key counties")).toBe("one of the key counties");
    expect(amountsInDigits("someone thousand")).toBe("someone thousand");
  });
});
