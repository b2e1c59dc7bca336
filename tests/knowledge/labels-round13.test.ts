// Automatic labels (src/knowledge/labels.ts, label-fronted.ts) for sentence shapes of round
// thirteen's reports nobody annotated: each case is an invented sentence in the series' style
// showing one general rule.
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

/** The automatic label of one sentence's figures, by the figure as written (a repeat gets "#2"). */
function read(sentence: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readSentence(sentence).entries)
    out.set(out.has(e.written) ? `${e.written}#2` : e.written, e.label);
  return out;
}

describe("automatic labels: a participle's particle before its agent", () => {
  it("'the funds put in by governments at all levels amounted to N' are the funds, not the governments", () => {
    const l = read(
      "In 2013, the special funds put in by governments at all levels of the province amounted to 1.25 billion Yuan, up 9.5% over the previous year.",
    );
    expect(l.get("1.25 billion Yuan")).toBe(
      "Special funds put in by governments at all levels of the province",
    );
    expect(l.get("9.5%")).toMatch(/^Growth of special funds put in by governments/);
  });
});

describe("automatic labels: places fronted before parallel clauses", () => {
  const s =
    "In the Eastern Hill area, the two pilot counties covered 35 poor villages; in the Western Lake area, the two pilot counties covered 28 poor villages.";
  it("tells the figures of each clause apart by the place fronted before it", () => {
    const l = read(s);
    expect(l.get("35 poor villages")).toMatch(/in the Eastern Hill area$/);
    expect(l.get("28 poor villages")).toMatch(/in the Western Lake area$/);
    // The same words written twice are each read at their own place.
    expect(l.get("two pilot counties")).toMatch(/in the Eastern Hill area$/);
    expect(l.get("two pilot counties#2")).toMatch(/in the Western Lake area$/);
  });

  it("leaves a lone fronted setting alone (the section already says it)", () => {
    const l = read("In the Eastern Hill area, the two pilot counties covered 35 poor villages.");
    expect(l.get("35 poor villages")).not.toMatch(/Eastern Hill/);
  });
});
