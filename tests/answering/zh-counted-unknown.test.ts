// The thing a question word with a measure word counts (多少所学校) stays in the question even when no
// report writes it, in the plural "how many" asks with: without it the count read as a count of
// whatever else the question named, a wrong figure where the report counts no such thing.
import { describe, expect, it } from "vitest";
import { countedPlural, translateChinese } from "../../src/answering/glossary.js";
import { isDictionaryClassifier } from "../../src/answering/zh-gloss.js";
import { countedHead } from "../../src/answering/zh-noun-verbs.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const w = (word: string, tag: string) => ({ word, tag });
const none = fromTerms({});

describe("countedHead", () => {
  it("finds the last noun after the question word and its measure word", () => {
    const words = [w("多少", "m"), w("座", "q"), w("山区", "n"), w("医院", "n"), w("建成", "v")];
    expect(countedHead(words, () => false)).toBe(3);
  });

  it("takes a word the dictionary gives as a classifier for a measure word, whatever its tag", () => {
    expect(isDictionaryClassifier("所")).toBe(true);
    expect(isDictionaryClassifier("学校")).toBe(false);
    const words = [w("多少", "m"), w("所", "c"), w("学校", "n")];
    expect(countedHead(words, isDictionaryClassifier)).toBe(2);
  });

  it("never takes a bound morpheme for the head: a modal particle jieba tags zg ends no noun", () => {
    const words = [w("多少", "m"), w("个", "q"), w("水塔", "n"), w("呀", "zg")];
    expect(countedHead(words, () => false)).toBe(2);
  });

  it("finds nothing without a measure word (多少人口 is an amount)", () => {
    expect(countedHead([w("多少", "m"), w("贫困人口", "n")], () => false)).toBe(-1);
  });
});

describe("countedPlural", () => {
  it("writes the plural a count asks with", () => {
    expect(countedPlural("school")).toBe("schools");
    expect(countedPlural("facility")).toBe("facilities");
    expect(countedPlural("box")).toBe("boxes");
    expect(countedPlural("villages")).toBe("villages");
  });
});

describe("translateChinese: the thing counted", () => {
  // The reports write "mountain", "area" and "hospitals" but never "school".
  const reportWords = new Set(["mountain", "area", "hospitals"]);
  const keep = (x: string) => reportWords.has(x);

  it("keeps the counted noun no report writes, in the plural", () => {
    expect(translateChinese("山区有多少所学校？", none, keep)).toMatch(/\bschools\b/);
  });

  it("still drops a dictionary word no report writes elsewhere in the question", () => {
    expect(translateChinese("学校有多少钱？", none, keep)).not.toMatch(/school/);
  });
});
