// Which CC-CEDICT sense a Chinese word the glossary lacks is read in (zh-gloss.ts sensesKnown): the
// first gloss when a report uses any of its words, else the sense whose words a report uses. The
// words kept here stand for an invented report's vocabulary.
import { describe, expect, it } from "vitest";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
const using =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("glossChinese: the sense a report uses", () => {
  it("tries the later senses of a word jieba does not read as a noun (重建: 'to rebuild; … reconstruction')", () => {
    expect(taggedWords("重建")[0]!.tag).not.toMatch(/^n/);
    const english = glossChinese("灾后重建修了多少路", none, using("reconstruction", "road"));
    expect(english).toContain("reconstruction");
    expect(english).not.toContain("rebuild");
  });

  it("reads a verbal noun in a noun sense first (活动 'to exercise; to move about; … event')", () => {
    const english = glossChinese("募捐活动", none, using("move", "event"));
    expect(english).toContain("event");
    expect(english).not.toContain("move");
  });

  it("reads a sense whose bracket lists examples of its kind ('(outdoor etc) activity'), not a usage note", () => {
    // Before: every sense opening with a bracket was skipped, and 活动 fell to its verb, "move".
    const english = glossChinese("募捐活动", none, using("move", "activity"));
    expect(english).toContain("activity");
    expect(english).not.toContain("move");
  });

  it("a single character takes another word of its first reading only (林 'woods; forest')", () => {
    expect(glossChinese("油茶林", none, using("forest"))).toContain("forest");
    // 钱's later readings (a unit of weight) are other words' meanings, never tried.
    expect(glossChinese("多少钱", none, using("weight", "tael"))).not.toMatch(/weight|tael/);
  });

  it("keeps a first gloss any of whose words a report uses (还有 'still remain')", () => {
    expect(glossChinese("还有多少", none, using("remain", "addition"))).not.toContain("addition");
  });

  it("leaves a verb's first sense (补助 v 'to subsidize'; its noun sense is what was given)", () => {
    expect(taggedWords("补助")[0]!.tag).toBe("v");
    expect(glossChinese("补助", none, using("subsidy"))).not.toContain("subsidy");
  });

  it("tries a verb's other verb senses, never its noun ones (举办 v 'to conduct; to hold (an event)')", () => {
    expect(taggedWords("举办")[0]!.tag).toBe("v");
    expect(glossChinese("举办", none, using("hold", "conduct", "event"))).toBe("conduct");
    expect(glossChinese("举办", none, using("hold"))).toBe("hold");
  });

  it("reads a verb in its first reading only: its later readings are other actions (安置 'to find a place for', … 'to arrange for')", () => {
    expect(taggedWords("安置")[0]!.tag).toBe("v");
    expect(glossChinese("安置", none, using("arrange"))).not.toContain("arrange");
  });

  it("reads a verb sense in the past participle a report writes when it lacks the base form (lay → laid)", () => {
    expect(glossChinese("举办", none, using("held"))).toBe("held");
    expect(glossChinese("铺设", none, using("laid", "pipelines"))).toBe("laid");
    // Only into a form the report uses: else the first gloss stands (and is dropped as no report word).
    expect(glossChinese("铺设", none, using("lain"))).toBe("lay");
  });
});

describe("glossChinese: a common word jieba tags as a name", () => {
  it("reads 慈善 (tagged nr, no name entry: 'benevolent; charitable') in the sense a report uses", () => {
    expect(taggedWords("慈善募捐")[0]!.tag).toMatch(/^nr/);
    const english = glossChinese("慈善募捐", none, using("charitable"));
    expect(english).toContain("charitable");
    expect(english).not.toContain("benevolent");
  });

  it("leaves a real name alone (天津 has a name entry)", () => {
    expect(glossChinese("天津", none, using("heaven"))).not.toContain("heaven");
  });
});
