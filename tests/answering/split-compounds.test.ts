// A compound typed as two words is the report's one word (split-compounds.ts joinSplitCompounds).
import { describe, expect, it } from "vitest";
import { joinSplitCompounds } from "../../src/answering/split-compounds.js";
import { stem } from "../../src/text/words.js";

const w = (surface: string) => ({ surface, stem: stem(surface) });
const report = (...words: string[]) => {
  const terms = new Set(words.map(stem));
  return (t: string) => terms.has(t);
};

describe("joinSplitCompounds", () => {
  it("reads 'pipe lines' as the report's 'pipelines'", () => {
    const out = joinSplitCompounds(
      [w("pipe"), w("lines"), w("laid")],
      "how many km of pipe lines were laid",
      report("pipelines", "laid"),
    );
    expect(out.map((x) => x.surface)).toEqual(["pipelines", "laid"]);
  });

  it("reads a hyphened report compound too", () => {
    const out = joinSplitCompounds(
      [w("cross"), w("border")],
      "the cross border trade",
      report("cross-border"),
    );
    expect(out.map((x) => x.surface)).toEqual(["cross-border"]);
  });

  it("keeps words the report has as they are", () => {
    const out = joinSplitCompounds([w("work"), w("force")], "the work force", report("work", "workforce"));
    expect(out.map((x) => x.surface)).toEqual(["work", "force"]);
  });

  it("joins only words written next to each other", () => {
    const out = joinSplitCompounds([w("pipe"), w("lines")], "pipe and other lines", report("pipelines"));
    expect(out.map((x) => x.surface)).toEqual(["pipe", "lines"]);
  });
});
