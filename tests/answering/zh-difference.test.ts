// A difference asked in Chinese ("A比B多多少"): each side read head first, and a result that
// contradicts the way round the question puts it is turned (少多少: B − A) or refused, never shown
// as a negative "more". Examples are of our own making, not from any question set.
import { describe, expect, it } from "vitest";
import type { Derived } from "../../src/answering/compute.js";
import { differenceAsAsked } from "../../src/answering/localize.js";
import { chineseForms, differenceAsked, headFirst } from "../../src/answering/zh-forms.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { realEngine } from "../support/knowledge.js";

describe("a gap asked between two sides (A和B差多少)", () => {
  it("is the difference between them, neither named the larger", () => {
    expect(chineseForms("甲县投资和乙县投资差多少")).toBe("difference between 甲县投资 and 乙县投资 ？");
    expect(chineseForms("甲县的投资与乙县的投资相差多少钱")).toContain(
      "difference between 投资 of 甲县 and 投资 of 乙县",
    );
    expect(differenceAsked("甲县投资和乙县投资差多少")).toBeUndefined();
  });
});

describe("the sides of a Chinese difference", () => {
  it("put the head after the last 的 first, as English does", () => {
    expect(headFirst("2012年的道路投资")).toBe("道路投资 of 2012年");
    expect(headFirst("甲县项目的计划资金")).toBe("计划资金 of 甲县项目");
    expect(headFirst("甲县")).toBe("甲县");
    expect(chineseForms("甲县的修路资金比乙县的修路资金多多少")).toBe(
      "how many more 修路资金 of 甲县 than 修路资金 of 乙县 ？",
    );
  });

  it("say which way round the question asks, but not a plan or the year before", () => {
    expect(differenceAsked("甲县的投资比乙县多多少？")).toBe("more");
    expect(differenceAsked("修路资金，甲县比乙县高出多少")).toBe("more");
    expect(differenceAsked("甲县比乙县少了多少户？")).toBe("fewer");
    expect(differenceAsked("培训人数比计划多多少？")).toBeUndefined();
    expect(differenceAsked("投资比去年多多少？")).toBeUndefined();
    expect(differenceAsked("甲县投资了多少？")).toBeUndefined();
  });
});

const entry = (label: string, value: number): NumericEntry =>
  ({ label, value, unit: "Yuan", written: `${value} Yuan`, kind: "money" }) as unknown as NumericEntry;
const minus = (x: NumericEntry, y: NumericEntry): Derived => ({
  value: x.value - y.value,
  unit: "Yuan",
  figure: `${x.value - y.value} Yuan`,
  label: `${x.label} minus ${y.label}`,
  arithmetic: `${x.written} − ${y.written} = ${x.value - y.value} Yuan`,
  inputs: [x, y],
  coverage: 1,
});

describe("a computed difference the way the question asks it", () => {
  const small = entry("Funds of A", 300);
  const large = entry("Funds of B", 500);

  it("refuses a negative 'more', and keeps a positive difference the engine has oriented", () => {
    expect(differenceAsAsked(minus(small, large), "more")).toBeUndefined();
    const d = minus(large, small);
    expect(differenceAsAsked(d, "fewer")).toBe(d);
  });

  it("gives 'fewer' as the larger minus the smaller", () => {
    const d = differenceAsAsked(minus(small, large), "fewer");
    expect(d).toMatchObject({ value: 200, inputs: [large, small] });
    expect(d?.arithmetic).toBe("500 Yuan − 300 Yuan = 200 Yuan");
  });

  it("keeps a difference that agrees with the question, and any other computation", () => {
    const d = minus(large, small);
    expect(differenceAsAsked(d, "more")).toBe(d);
    expect(differenceAsAsked(minus(small, large), undefined)?.value).toBe(-200);
  });
});

describe("the engine on a Chinese difference", () => {
  it("takes each side's head, not the programme that qualifies it", () => {
    // 2011's planned investment (141.48 million) less 2010's integrated funds (45.806 million).
    const a = realEngine().answer("2011年彩票公益金项目的计划投资比2010年的整合资金多多少？");
    expect(a).toMatchObject({ type: "derived", value: 95_674_000 });
  });

  it("gives how much less as a positive amount", () => {
    const a = realEngine().answer("2010年的中央彩票公益金比2011年的中央彩票公益金少多少？");
    expect(a).toMatchObject({ type: "derived", value: 28_000_000 });
    expect(a.text).not.toContain("-");
  });

  it("refuses a difference that comes out the other way round", () => {
    const a = realEngine().answer("2011年的中央彩票公益金比2010年的中央彩票公益金少多少？");
    expect(a).toMatchObject({ answered: false, type: "none", value: null });
  });
});

describe("chineseForms: a net change on the year before", () => {
  it("reads 比上年净增了多少 as the change over the previous year, not a check", () => {
    expect(chineseForms("农民人均纯收入比上年净增了多少元？")).toMatch(
      /how much did .+ increase over the previous year/,
    );
    expect(chineseForms("贫困人口比上年净减了多少？")).toMatch(
      /how much did .+ decrease over the previous year/,
    );
  });
});
