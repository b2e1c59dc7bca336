// A figure a label gives for a named place the question does not name is that place's part.
import { describe, expect, it } from "vitest";
import { placeFactorOf } from "../../src/answering/unasked-place.js";
import type { Question } from "../../src/answering/understand.js";

const factor = (english: string, label: string, language: "en" | "zh" = "en") =>
  placeFactorOf({ english, language } as Question)(label);

describe("placeFactorOf", () => {
  it("pushes down a place's part when the question names no such place", () => {
    expect(
      factor("how many households got loans?", "Households granted loans in Lankao County"),
    ).toBeLessThan(1);
    expect(
      factor("how many people were moved?", "Moved people in Ganzi Tibetan Autonomous Prefecture"),
    ).toBeLessThan(1);
  });
  it("keeps the part when the question names the place, and labels naming no place", () => {
    expect(
      factor("how many households in lankao got loans?", "Households granted loans in Lankao County"),
    ).toBe(1);
    expect(factor("how many households got loans?", "Households granted loans in poor villages")).toBe(1);
  });
  it("leaves a Chinese question alone", () => {
    expect(factor("how many households got loans?", "Households granted loans in Lankao County", "zh")).toBe(
      1,
    );
  });
});
