import { describe, expect, it } from "vitest";
import { reportNamesIn } from "../../src/answering/report-names.js";
import type { SearchIndex } from "../../src/answering/search-index.js";

// Only the sections are read: a stand-in index with two sections.
const index = {
  kb: {
    sections: [
      {
        title: "Rain Plan",
        sentences: ["The Rain Plan trained 200,000 people in Song County and Hua County."],
      },
      { title: "Entire village advancement", sentences: ["It built 3005 km of village roads."] },
    ],
  },
} as unknown as SearchIndex;

describe("reportNamesIn", () => {
  it("finds the report's capitalised names and section titles written in lower case", () => {
    expect(reportNamesIn("how many experts did the rain plan send to song county", index)).toEqual([
      "rain plan",
      "song county",
    ]);
    expect(reportNamesIn("pipelines laid in the entire village advancement villages", index)).toEqual([
      "entire village advancement",
    ]);
  });

  it("finds nothing in a question that writes none of them", () => {
    expect(reportNamesIn("how much rain fell in the county", index)).toEqual([]);
  });
});
