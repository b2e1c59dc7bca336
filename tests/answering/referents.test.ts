import { describe, expect, it } from "vitest";
import { referentKey, referentsOf } from "../../src/answering/referents.js";

describe("referentsOf", () => {
  const first = "The sixth World Bank poverty reduction project in the province covered 11 counties.";
  const second =
    "By November, the project had completed 213.6 million Yuan in 180 of the 204 project villages.";

  it("gives a sentence that names a noun again the words the sentence before put before it", () => {
    const r = referentsOf([{ report: "r", title: "T", sentences: [first, second] }]);
    expect(r.get(referentKey("r", "T", second))).toBe("sixth World Bank poverty reduction");
  });

  it("gives nothing to a sentence whose noun the sentence before does not name", () => {
    const r = referentsOf([
      { report: "r", title: "T", sentences: ["The province built 42 bridges.", second] },
    ]);
    expect(r.get(referentKey("r", "T", second))).toBeUndefined();
  });
});
