// Computed answers on a made-up report loaded from disk: averages, totals, ratios, shares, remainders,
// earlier years, stated rates not computed again, bounds written as report figures.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("compute: averages and totals from made-up sentences", () => {
  const engine = () =>
    madeUpGansuEngine({
      Overview:
        " The association distributed love packages worth 2.86 million Yuan to 28,600 students in poor areas. A total of 84 million Yuan of central and provincial funds was arranged for the training, 9.5 million Yuan more than in the previous year. The projects were launched in three counties, with a planned investment of 156.3 million Yuan, of which 60 million Yuan was central lottery public welfare fund and 96.3 million Yuan was integrated funds.",
    });

  it("divides by a count of students for a figure per student", () => {
    const a = engine().answer("What were the love packages worth per student?");
    expect(a).toMatchObject({ type: "derived", value: 100 });
  });

  it("averages the part the question names, not its whole nearer the count", () => {
    const a = engine().answer(
      "How much central lottery public welfare fund money did each of the three counties get on average?",
    );
    expect(a).toMatchObject({ type: "derived", value: 20000000 });
  });

  it("works a year back from 'N more than in the previous year'", () => {
    const a = engine().answer(
      "How much central and provincial training money was arranged in the year before 2012?",
    );
    expect(a).toMatchObject({ type: "derived", value: 74500000 });
  });
});

describe("compute: ratio and share from made-up sentences", () => {
  const engine = () =>
    madeUpGansuEngine({
      Overview:
        " The whole province invested a total of 1.862 billion Yuan in poverty alleviation. Of the total, financial poverty alleviation funds came to 736 million Yuan, of which 428 million Yuan was from the central government and 308 million Yuan was from the province; 874 million Yuan was integrated funds of industry departments; and 252 million Yuan was raised from the society. The province arranged 12.4 million Yuan of discount interest funds for leading enterprises, and bank loans of 620 million Yuan were issued by discount interest funds to leading enterprises.",
    });

  it("a ratio per Yuan divides what the other side names by the divisor, paired in one sentence", () => {
    const a = engine().answer(
      "For every Yuan of discount interest given to leading enterprises, how many Yuan of bank loans were issued?",
    );
    expect(a).toMatchObject({ type: "derived", value: 50 });
  });

  it("a share of 'the total' a sentence opens with is of the total of the sentence before", () => {
    const a = engine().answer(
      "What percentage of the total poverty alleviation investment came from integrated funds of industry departments?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(46.94, 2);
  });
});

describe("compute: remainders, averages, totals and earlier years from made-up sentences", () => {
  const engine = () =>
    madeUpGansuEngine({
      Relocation:
        " A total of 2.41 billion Yuan was invested in relocation, of which 928 million Yuan was financial poverty alleviation funds and the remainder was raised from local governments and bank credit.",
      "Village advancement":
        " In 2012, the province planned to implement village advancement in 1,600 poor villages. By the end of December, 1,688 villages had completed their projects. The total investment was 3.127 billion Yuan, of which 1.146 billion Yuan was financial funds.",
      "Foreign projects":
        " The World Bank project covered 204 project villages, and the investment completed by the project was 213.6 million Yuan.",
      Education:
        " The province granted a one-off subsidy of 5,000 Yuan each to 37,800 college freshmen from poor families.",
      Cooperation:
        " The paired cities provided 212 million Yuan of aid funds for the province, up 18.4% over the previous year.",
    });

  it("gives the whole other than the part named", () => {
    const a = engine().answer(
      "How much of the relocation investment came from sources other than financial poverty alleviation funds?",
    );
    expect(a).toMatchObject({ type: "derived", value: 1_482_000_000 });
  });

  it("averages the programme's own amount and count, not another programme's better-matching amount", () => {
    const a = engine().answer(
      "On average, how much was invested per village that completed village advancement?",
    );
    expect(a).toMatchObject({ type: "derived", value: 1_852_488.15 });
  });

  it("multiplies 'N Yuan each to M freshmen'", () => {
    const a = engine().answer(
      "How much did the province spend altogether on the one-off grants to college freshmen?",
    );
    expect(a).toMatchObject({ type: "derived", value: 189_000_000 });
  });

  it("works back a year the report has no figure of from the next year's figure and its growth", () => {
    const a = engine().answer("How much aid did the paired cities provide in 2011?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(179_054_054.05, 0);
  });
});

describe("compute: stated rates, bounds as report figures, list items, margins and averages", () => {
  const engine = madeUpGansuEngine({
    "Microfinance and mutual funds":
      "By the end of December, a total of 61.87 million Yuan of loans was issued for the mutual aid societies, supporting 18,900 poor households, and the income growth per household reached 1,700 Yuan. A total of 864 million Yuan of microcredit loans had been extended to 43,200 poor households, and 38.6 million Yuan of discount interest funds were allocated.",
    Industrialization:
      "The allocation of 70 million Yuan of discount funds encouraged the issuance of 2.333 billion Yuan of loans for poor areas. The province invested a total of 40 million Yuan of small loan discount funds.",
    "Science and technology":
      "The province arranged 86 million Yuan of funds for 214 science and technology projects. Suqian City and Lianyungang City received 22.6 million Yuan and 16.8 million Yuan respectively.",
    "Entire village advancement":
      "The province planned to carry out entire village advancement in 230 villages in 2012. Construction actually started in 241 villages, 104.8% of the plan.",
  });

  it("gives the income growth per household the report states, not loans over households", () => {
    const a = engine.answer("By how much did income grow per household supported by the mutual funds?");
    expect(a).toMatchObject({ type: "figure", value: 1700 });
  });

  it("checks the discount funds against the bound the question names as a report figure", () => {
    const a = engine.answer(
      "Were the industrialization discount funds larger than the 40 million Yuan of small loan discount funds?",
    );
    expect(a).toMatchObject({ verdict: "yes", value: 70_000_000 });
  });

  it("takes a share of a listed item from the figure stated before the list, never from its sibling", () => {
    const a = engine.answer("What percentage of the science and technology funds went to Suqian City?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(26.28, 2);
  });

  it("reads 'go beyond what was planned' as a margin over the plan", () => {
    const a = engine.answer(
      "By how many villages did entire village advancement go beyond what was planned?",
    );
    expect(a).toMatchObject({ type: "derived", value: 11 });
  });

  it("averages the amount extended to the households, not one allocated after them", () => {
    const a = engine.answer("On average, how much microcredit did each poor household get?");
    expect(a).toMatchObject({ type: "derived", value: 20_000 });
  });
});
