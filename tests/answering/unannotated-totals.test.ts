// A total the report does not state (compute.ts totalOf) on a report nobody annotated: a stated
// total of something else that matches the question as well is not the total asked for.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Microfinance and mutual funds":
    "In 2012, Gansu invested a total of 36 million Yuan of small loan discount funds. By the end of December, the province had issued a total of 520 million Yuan of small loans to help 18,000 poor households develop income-generating industries, and the income growth per household reached 2,400 Yuan.",
  "Rain Plan":
    "In 2012, 12,400 students from poor families studying in secondary vocational schools received a subsidy of 1,500 Yuan per person.",
});

describe("totalOf: the total of what the question measures", () => {
  it("multiplies the income per household by the households, past the stated total of the loans", () => {
    const a = engine.answer(
      "Taken together, how much extra income did the small loans give all the households they supported?",
    );
    expect(a).toMatchObject({ type: "derived", value: 43_200_000 });
  });

  it("still answers a stated total of what is asked with that total", () => {
    const a = engine.answer("How much money in small loans was issued in total?");
    expect(a.value).toBe(520_000_000);
  });
});

describe("totalOf: a rate per person times the persons its sentence counts", () => {
  it("students are persons: a subsidy per person for all of them is the product", () => {
    const a = engine.answer("What did the vocational school subsidies for the students add up to?");
    expect(a).toMatchObject({ type: "derived", value: 18_600_000 });
  });
});

describe("totalOf: a whole and the parts written after its 'of which'", () => {
  const sichuan = madeUpGansuEngine({
    "Rain Plan":
      "As of the end of December, the province had trained 271,700 people, accounting for 104.5% of the annual plan, of which 118,300 people received vocational education and 153,400 people received short-term skill training; it transferred employment for 228,000 people.",
  });

  it("are never added as peers: the stated figure answers", () => {
    const a = sichuan.answer("How many people in total had the Rain Plan trained?");
    expect(a.value).toBe(271_700);
  });
});

describe("totalOf: a rate per unit of land times the land its sentence gives", () => {
  const belt = madeUpGansuEngine({
    "Paddy fields":
      "A total of 126,000 mu of paddy fields was converted into dry land, with a compensation of 550 Yuan per mu per year for the farmers.",
  });

  it("is the rate times the area", () => {
    const a = belt.answer("How much compensation do the farmers get in total each year?");
    expect(a).toMatchObject({ type: "derived", value: 69_300_000 });
  });
});

describe("a sum whose two sides are one name the stated total writes whole", () => {
  const anhui = madeUpGansuEngine({
    Investment:
      "In 2012, the province invested a total of 6.254 billion Yuan in poverty alleviation and development, of which 2.718 billion Yuan was fiscal poverty alleviation funds and 444 million Yuan was raised by the masses.",
  });

  it("is answered with the stated total, not the sum of two of its parts", () => {
    const a = anhui.answer("How much money in total went into poverty alleviation and development in 2012?");
    expect(a.value).toBe(6_254_000_000);
  });
});
