// A glossary term's several renderings of one word (glossary-renderings.ts): a rendering the
// knowledge never writes is left out when WordNet gives it as the same thing as a rendering it
// does write; a word of its own stays. Words of our own.
import { describe, expect, it } from "vitest";
import { renderingsAsKnown } from "../../src/answering/glossary-renderings.js";

const knows =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("renderingsAsKnown", () => {
  it("drops a rendering the knowledge lacks that names what a known one does", () => {
    expect(renderingsAsKnown("poor areas impoverished regions", knows("poor", "areas"))).toBe("poor areas");
    expect(renderingsAsKnown("poor hamlets impoverished hamlets", knows("poor", "hamlets"))).toBe(
      "poor hamlets hamlets",
    );
  });

  it("keeps an unknown word that is a topic of its own, and a term the knowledge has none or all of", () => {
    expect(renderingsAsKnown("Ministry of Finance", knows("finance"))).toBe("Ministry of Finance");
    expect(renderingsAsKnown("poor areas impoverished regions", knows())).toBe(
      "poor areas impoverished regions",
    );
    expect(renderingsAsKnown("poor areas", knows("poor", "areas"))).toBe("poor areas");
  });
});
