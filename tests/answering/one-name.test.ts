import { describe, expect, it } from "vitest";
import { asksOneName } from "../../src/answering/one-name.js";

describe("asksOneName", () => {
  it("reads 'which' before a singular noun as asking for one name of that kind", () => {
    expect(asksOneName("which bank granted the farm loans in aville?", "bank")).toBe(true);
    expect(asksOneName("Which school trained the most nurses?", "school")).toBe(true);
  });

  it("leaves plurals and 'what' questions, which a passage may answer in its own words", () => {
    expect(asksOneName("which measures did aville take for its roads?", "measures")).toBe(false);
    expect(asksOneName("what work were the survey's results used for?", "work")).toBe(false);
    expect(asksOneName("which bank granted the loans?", undefined)).toBe(false);
  });
});
