import { describe, expect, it } from "vitest";
import { namesOneSex } from "../../src/answering/one-sex.js";

describe("namesOneSex", () => {
  it("is true of persons WordNet files under a sex", () => {
    for (const w of ["women", "girls", "boys", "wives"]) expect(namesOneSex(w)).toBe(true);
  });

  it("is false of persons of any sex, and of 'men' (also the workforce) and 'workers' ('common man')", () => {
    for (const w of ["people", "students", "farmers", "workers", "kids", "men"])
      expect(namesOneSex(w)).toBe(false);
  });

  it("is false of chat words WordNet files only as kinds of man, which people use of anyone", () => {
    for (const w of ["guys", "dude"]) expect(namesOneSex(w)).toBe(false);
  });

  it("is true of words of one sex by another path: a male child, a young woman", () => {
    for (const w of ["lads", "gals", "mothers", "ladies"]) expect(namesOneSex(w)).toBe(true);
  });
});
