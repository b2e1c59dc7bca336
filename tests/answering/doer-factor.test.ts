// A figure credited to a named doer the question does not name is that doer's part (rank.ts doerFactor).
import { describe, expect, it } from "vitest";
import { doerFactor } from "../../src/answering/rank.js";
import type { Question } from "../../src/answering/understand.js";

const asked = (english: string, language: "en" | "zh" = "en") => ({ english, language }) as Question;

describe("doerFactor", () => {
  it("pushes down a place's part when the question names no place", () => {
    expect(doerFactor(asked("how many farmers were trained?"), "Farmers trained by Hanzhong")).toBeLessThan(
      1,
    );
  });
  it("keeps the part when the question names its doer, and labels with no named doer", () => {
    expect(doerFactor(asked("how many farmers did Hanzhong train?"), "Farmers trained by Hanzhong")).toBe(1);
    expect(doerFactor(asked("how many farmers were trained?"), "Farmers trained by the county")).toBe(1);
  });
  it("takes a region named without its title word as naming the doer", () => {
    expect(doerFactor(asked("how many wells did gansu dig?"), "Wells dug by Gansu Province")).toBe(1);
    expect(doerFactor(asked("how much did tianjin spend?"), "Funds spent by Tianjin Municipality")).toBe(1);
    expect(doerFactor(asked("how many wells were dug?"), "Wells dug by Gansu Province")).toBeLessThan(1);
  });
  it("leaves a Chinese question alone: its names are not spelled as the label's", () => {
    expect(doerFactor(asked("how many farmers were trained?", "zh"), "Farmers trained by Hanzhong")).toBe(1);
  });
});
