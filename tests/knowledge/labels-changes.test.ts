// Automatic labels (src/knowledge/labels.ts, label-years.ts) of figures that are a change: growth tied
// to what grew, a level before and after, last year's figure beside this year's. Each case is an
// invented sentence in the series' style showing one general rule.
import { labelsAndUnitsOf, labelsAndYearsOf, labelsOf, readSentence } from "../support/one-sentence.js";
import { describe, expect, it } from "vitest";
import { TEST_REPORT_META } from "../support/knowledge.js";

describe("automatic labels: a growth in a relative clause", () => {
  it("'Among the central funds, which increased by N%, …' is the growth of the central funds", () => {
    const l = labelsOf(
      "Among the central funds, which increased by 24.6% over the previous year, 498.6 million Yuan was development funds.",
    );
    expect(l.get("24.6%")).toBe("Growth of central funds over the previous year (percent)");
  });
});

describe("automatic labels: 'while last year it was N'", () => {
  it("is the measure before it, a year earlier", () => {
    const l = labelsAndYearsOf(
      "This year the provincial budget set aside 612 million Yuan for poverty alleviation, while last year it was 480 million Yuan.",
    );
    const now = l.get("612 million Yuan")!;
    expect(l.get("480 million Yuan")).toEqual({ label: now.label, year: now.year! - 1 });
  });

  it("reads 'the previous year it stood at N' alike", () => {
    const l = labelsAndYearsOf(
      "The province trained 30,000 people; the previous year it stood at 25,000 people.",
    );
    expect(l.get("25,000 people")).toEqual({
      label: "People trained",
      year: l.get("30,000 people")!.year! - 1,
    });
  });
});

describe("automatic labels: a change from last year's level", () => {
  it("leaves 'from N at the end of last year to M' alone: M is this year's", () => {
    const l = labelsAndYearsOf(
      "The poverty incidence in rural areas dropped from 33.2% at the end of last year to 23.8%.",
    );
    expect(l.get("23.8%")?.year).toBe(TEST_REPORT_META.year);
  });
});

describe("automatic labels: a falling count", () => {
  it("'the number of jobless fell by N' is a decrease, not an increase", () => {
    const l = labelsAndUnitsOf("In 2012, the number of jobless workers fell by 1.2 million over the year.");
    expect(l.get("1.2 million")?.label).toMatch(/^Decrease of number of jobless workers/);
  });
});

describe("automatic labels: growth of a passive clause's subject", () => {
  it("'N km of roads were built …, up P%' is the growth of the roads built", () => {
    const l = labelsAndUnitsOf(
      "In 2012, 3,200 km of village roads were built or upgraded in the poor areas, up 8.4% over the previous year.",
    );
    expect(l.get("8.4%")?.label).toBe("Growth of village roads built over the previous year (percent)");
  });
});

describe("automatic labels: a value set by a verb of change", () => {
  it("'bringing the number of X to N' names the number of X", () => {
    const l = labelsAndUnitsOf(
      "The programme enrolled 2,100 new students, bringing the number of students at school to 6,400.",
    );
    expect(l.get("6,400")?.label).toBe("Number of students at school");
  });
});

describe("automatic labels: a rate compared with a year", () => {
  it("'…, N% higher than in 2010' after an amount is that amount's growth over the year", () => {
    const l = labelsOf("Banks issued 2.1 billion yuan of loans to poor households, 24% higher than in 2010.");
    expect(l.get("24%")).toBe("Growth of loans issued by Banks to poor households over 2010 (percent)");
  });

  it("'X was N% higher than in 2010' is the subject's growth", () => {
    const l = labelsOf("The county financial input was 18.5% higher than in 2010.");
    expect(l.get("18.5%")).toBe("Growth of county financial input over 2010 (percent)");
  });
});

describe("automatic labels: a value changed 'from N to M'", () => {
  it("gives both figures the subject's label and each the year written after its 'per X'", () => {
    const sentence =
      "The allowance standard was raised from 300 Yuan per household in 2011 to 450 Yuan per household in 2012.";
    const { entries } = readSentence(sentence);
    const by = new Map(entries.map((e) => [e.written, e]));
    // Before: "Funds raised by the allowance standard per household", both dated 2011.
    expect(by.get("300 Yuan")?.label).toBe("Allowance standard per household");
    expect(by.get("450 Yuan")?.label).toBe("Allowance standard per household");
    expect(by.get("300 Yuan")?.year).toBe(2011);
    expect(by.get("450 Yuan")?.year).toBe(2012);
  });
});

describe("automatic labels: a figure that is the change over the previous year", () => {
  it("a bare number after a comma is the change of the figure before it", () => {
    const l = labelsOf(
      "The interest subsidies supported 318 leading forestry enterprises, 27 more than the previous year.",
    );
    expect(l.get("318 leading forestry enterprises")).toBe(
      "Leading forestry enterprises supported by the interest subsidies",
    );
    expect(l.get("27")).toBe(
      "Increase of leading forestry enterprises supported by the interest subsidies over the previous year",
    );
  });

  it("a figure completing its subject after 'was' is that subject's change", () => {
    const l = labelsOf("The total was 512 million Yuan more than the previous year.");
    expect(l.get("512 million Yuan")).toBe("Increase of total over the previous year");
  });
});

describe("automatic labels: a growth verb with an object before 'by N'", () => {
  it("what grew is the object, raised by the subject, and the share after it grew the same", () => {
    const l = labelsOf(
      "The county finance increased its special relief funds by 26 million Yuan over the previous year, up 18.2%.",
    );
    expect(l.get("26 million Yuan")).toBe(
      "Increase of special relief funds by the county finance over the previous year",
    );
    expect(l.get("18.2%")).toBe(
      "Growth of special relief funds by the county finance over the previous year (percent)",
    );
  });

  it("a verb that lowers an amount ('reduced its X by N') names a decrease of the object", () => {
    const l = labelsOf("In 2012, the province reduced its rural poor population by 1.126 million.");
    expect(l.get("1.126 million")).toBe("Decrease of rural poor population");
  });
});

describe("automatic labels: a level before a change ('dropping from A to B')", () => {
  it("the figure after 'from' is the year before the sentence's; the one after 'to' is the sentence's", () => {
    const { entries } = readSentence(
      "In 2013, the rural poor population decreased to 5.714 million, with the poverty incidence dropping from 11.6% to 9.7%.",
    );
    const year = (w: string) => entries.find((e) => e.written === w)?.year;
    expect(year("11.6%")).toBe(2012);
    expect(year("9.7%")).toBe(2013);
  });
});

describe("automatic labels: a gap in percentage points", () => {
  it("names the rate after 'than' whole, after 'which was' too", () => {
    const l = labelsOf(
      "Farmers' income in the key counties grew 18.5%, which was 2.4 percentage points higher than the growth rate of the per capita net income of farmers of the whole province.",
    );
    expect(l.get("2.4 percentage points")).toBe(
      "Percentage points higher than growth rate of the per capita net income of farmers of the whole province",
    );
  });

  it("names the other rate written in brackets after the 'than' phrase by that phrase", () => {
    const l = labelsOf(
      "Farmers' income in the key counties grew 11.8%, 2.1 percentage points higher than the growth of the provincial average (9.7%).",
    );
    expect(l.get("2.1 percentage points")).toBe("Percentage points higher than growth of provincial average");
    expect(l.get("9.7%")).toBe("Growth of provincial average (percent)");
  });

  it("reads past the other rate written inside the 'than' phrase, to whose rate it is", () => {
    const l = labelsOf(
      "Farmers' income in the key counties grew 11.8%, 2.1 percentage points higher than the growth of 9.7% for the whole province.",
    );
    expect(l.get("2.1 percentage points")).toBe(
      "Percentage points higher than growth for the whole province",
    );
    expect(l.get("9.7%")).toBe("Growth for the whole province (percent)");
  });
});

describe("automatic labels: a standard 'was raised from N to M'", () => {
  it("labels N as the standard before the change and M as the standard", () => {
    const l = labelsOf(
      "The county subsidy standard was raised from 800 yuan per household to 1,200 yuan per household.",
    );
    expect(l.get("800 yuan")).toBe("County subsidy standard per household before it was raised");
    expect(l.get("1,200 yuan")).toBe("County subsidy standard per household");
  });

  it("uses the sentence's own verb of change", () => {
    const l = labelsOf("The minimum wage of trainees was adjusted from 900 yuan to 850 yuan per month.");
    expect(l.get("900 yuan")).toMatch(/before it was adjusted$/);
    expect(l.get("850 yuan")).not.toMatch(/before/);
  });

  it("leaves a growth verb's earlier level to the year before (label-years.ts), unmarked", () => {
    const l = labelsAndYearsOf("The subsidy for each household was increased from 900 yuan to 1,500 yuan.");
    expect(l.get("900 yuan")!.label).not.toMatch(/before/);
    expect(l.get("900 yuan")!.year).toBe(l.get("1,500 yuan")!.year! - 1);
  });
});

describe("automatic labels: the base year's level in brackets", () => {
  it("'rose by P% over the previous year (N)' makes N what rose, a year earlier", () => {
    const l = labelsAndYearsOf(
      "The county trained 5,500 herders, and the number of trained herders rose by 10% over the previous year (5,000 herders).",
    );
    expect(l.get("5,000 herders")).toEqual({
      label: "Number of trained herders",
      year: l.get("5,500 herders")!.year! - 1,
    });
  });

  it("reads a year written out alike ('than in 2010 (N)')", () => {
    const l = labelsAndYearsOf(
      "In 2011, the output of the county's tea gardens was 12% higher than in 2010 (4,000 tons).",
    );
    expect(l.get("4,000 tons")?.year).toBe(2010);
  });
});

describe("a figure dated by a participle and its year", () => {
  it("'compared with N villages completed in 2011' is of 2011", () => {
    const l = labelsAndYearsOf(
      "In 2012, the province completed 940 villages, compared with 820 villages completed in 2011.",
    );
    expect(l.get("820 villages")?.year).toBe(2011);
    expect(l.get("940 villages")?.year).toBe(2012);
  });
});
