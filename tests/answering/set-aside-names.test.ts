// "Besides X, which other …": the sentences naming X list what the question sets aside.
import { describe, expect, it } from "vitest";
import { namesSetAside, setAsideStems } from "../../src/answering/set-aside-names.js";

describe("names a question sets aside", () => {
  it("reads the group named before 'which other' / 'what other'", () => {
    const stems = setAsideStems("apart from the three model towns, which other towns dug wells?");
    expect(stems).toBeDefined();
    expect(namesSetAside("Wells were dug in the three model towns, namely Ash, Elm and Oak.", stems!)).toBe(
      true,
    );
    expect(namesSetAside("Wells were also dug in Fir Town and Yew Town.", stems!)).toBe(false);
    expect(setAsideStems("besides wells, what other projects were built?")).toBeDefined();
  });

  it("sets nothing aside without 'other' after the question word", () => {
    expect(setAsideStems("apart from the model towns, which towns dug wells?")).toBeUndefined();
    expect(setAsideStems("which other towns dug wells?")).toBeUndefined();
  });
});
