import { describe, expect, it } from "vitest";
import { spellingVariants } from "../../src/text/spelling.js";

describe("spellingVariants: the other English spelling of a word, by regular pattern", () => {
  it("turns British endings into American ones", () => {
    expect(spellingVariants("centres")).toContain("centers");
    expect(spellingVariants("labourers")).toContain("laborers");
    expect(spellingVariants("organisation")).toContain("organization");
    expect(spellingVariants("travelled")).toContain("traveled");
    expect(spellingVariants("defence")).toContain("defense");
  });

  it("and American endings into British ones", () => {
    expect(spellingVariants("liters")).toContain("litres");
    expect(spellingVariants("colors")).toContain("colours");
    expect(spellingVariants("analyzed")).toContain("analysed");
  });

  it("leaves short words, which are words of their own, alone", () => {
    expect(spellingVariants("hour")).toEqual([]);
    expect(spellingVariants("acre")).toEqual([]);
  });
});
