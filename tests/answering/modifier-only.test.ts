// A passage that names the thing asked only as a modifier of another noun ("GDP growth") is about
// that noun, and answers no "what was the GDP" question (modifier-only.ts).
import { describe, expect, it } from "vitest";
import { namesOnlyAsModifier } from "../../src/answering/modifier-only.js";

describe("namesOnlyAsModifier", () => {
  const growth = "The assessment was centred on poverty reduction rather than on GDP growth.";

  it("is true when every mention modifies the noun after it", () => {
    expect(namesOnlyAsModifier([growth, "Farmers' income rose by 12%."], "GDP")).toBe(true);
  });

  it("is false when a sentence names the thing itself, or none names it", () => {
    expect(namesOnlyAsModifier([growth, "The GDP of the key counties rose."], "GDP")).toBe(false);
    expect(namesOnlyAsModifier(["Farmers' income rose by 12%."], "GDP")).toBe(false);
  });
});
