// Chinese number forms: 万 and 亿, the measure word after the number, never an English unit.
import { describe, expect, it } from "vitest";
import { entryFigure, formatFigure, formatValueZh } from "../../src/knowledge/figures.js";
import type { Entry } from "../../src/knowledge/schema.js";

const zh = (value: number, unit: string) => formatFigure(value, unit, "zh");

describe("Chinese figures", () => {
  it("writes money in 亿元 or 万元 where that is exact, else in 元", () => {
    expect(zh(4_418_000_000, "Yuan")).toBe("44.18亿元");
    expect(zh(1_029_000_000, "Yuan")).toBe("10.29亿元");
    expect(zh(181_000_000, "Yuan")).toBe("1.81亿元");
    expect(zh(669_370_000, "Yuan")).toBe("6.6937亿元");
    // 6.335068亿 would need six decimals: Chinese statistics write it in 万元.
    expect(zh(633_506_800, "Yuan")).toBe("63350.68万元");
    expect(zh(40_000_000, "Yuan")).toBe("4000万元");
    expect(zh(3_900_000, "Yuan")).toBe("390万元");
    expect(zh(2500, "Yuan")).toBe("2500元");
    expect(zh(30_166.99, "Yuan")).toBe("30166.99元");
  });

  it("writes counts with 万 when it reads exactly, and the measure word", () => {
    expect(zh(1_033_000, "residents")).toBe("103.3万人");
    expect(zh(206_300, "people")).toBe("20.63万人");
    expect(zh(5853, "households")).toBe("5853户");
    expect(zh(21_000, "households")).toBe("2.1万户");
    // 2.4756万 hides nothing but reads worse than the count itself; no thousands separator either.
    expect(zh(24_756, "people")).toBe("24756人");
    expect(zh(1012, "villages")).toBe("1012个村");
    expect(zh(56, "bridges")).toBe("56座桥梁");
  });

  it("writes percentages, lengths and areas", () => {
    expect(zh(12.53, "%")).toBe("12.53%");
    expect(zh(35.2, "%")).toBe("35.2%");
    expect(zh(116, "km")).toBe("116公里");
    expect(zh(810_000, "square meters")).toBe("81万平方米");
    expect(zh(162, "mu")).toBe("162亩");
  });

  it("writes a unit it has no Chinese for as a bare number, never with the English word", () => {
    expect(zh(312, "cellars")).toBe("312");
    expect(zh(120_000, "tractors")).toBe("12万");
    expect(zh(1_234_567, "tractors")).not.toMatch(/[A-Za-z,]/);
  });

  it("leaves English figures as they were", () => {
    expect(formatFigure(4_418_000_000, "Yuan", "en")).toBe("4.418 billion Yuan");
    expect(formatFigure(12.53, "%", "en")).toBe("12.53%");
    expect(formatFigure(5853, "households", "en")).toBe("5,853 households");
    expect(formatValueZh(270_000_000, "Yuan")).toBe("2.7亿元");
  });

  it("writes dates and date ranges in Chinese", () => {
    const date = (value: string, end?: string) =>
      ({ kind: "date", value, unit: "date", written: "as written", ...(end ? { end } : {}) }) as Entry;
    expect(entryFigure(date("2011-01-09"), "zh")).toBe("2011年1月9日");
    expect(entryFigure(date("--09-23"), "zh")).toBe("9月23日");
    expect(entryFigure(date("2010-06-23", "2010-06-26"), "zh")).toBe("2010年6月23日至26日");
    expect(entryFigure(date("--12-07", "--12-09"), "zh")).toBe("12月7日至9日");
    expect(entryFigure(date("--11-28", "--12-02"), "zh")).toBe("11月28日至12月2日");
    expect(entryFigure(date("2011-01-09"), "en")).toBe("as written");
  });
});
