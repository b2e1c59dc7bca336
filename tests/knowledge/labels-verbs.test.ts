// Automatic labels (src/knowledge/labels.ts, label-verbs.ts, label-agents.ts) where a verb decides what a
// figure quantifies: passives, participles, relative clauses, adjuncts, linking verbs. Each case is an
// invented sentence in the series' style showing one general rule.
import { labelsAndUnitsOf, labelsOf, labelsWithRepeatsOf } from "../support/one-sentence.js";
import { describe, expect, it } from "vitest";
import { TEST_REPORT_META } from "../support/knowledge.js";

describe("automatic labels: an irregular participle before the report's region", () => {
  it("'the funds put into <region> totaled N' is the funds, not the region", () => {
    const l = labelsOf(
      `In 2012, the poverty alleviation funds put into ${TEST_REPORT_META.region} Province totaled 3.862 billion Yuan.`,
    );
    expect(l.get("3.862 billion Yuan")).toMatch(/^Poverty alleviation funds/);
  });
});

describe("automatic labels: a participle's particle before its agent", () => {
  it("'the funds put in by governments at all levels amounted to N' are the funds, not the governments", () => {
    const l = labelsWithRepeatsOf(
      "In 2013, the special funds put in by governments at all levels of the province amounted to 1.25 billion Yuan, up 9.5% over the previous year.",
    );
    expect(l.get("1.25 billion Yuan")).toBe(
      "Special funds put in by governments at all levels of the province",
    );
    expect(l.get("9.5%")).toMatch(/^Growth of special funds put in by governments/);
  });
});

describe("automatic labels: a later subject written without its verb", () => {
  it("'the city allocated N yuan and the county M yuan': M is funds allocated by the county", () => {
    const l = labelsAndUnitsOf(
      "Of the road funds, the city allocated 45 million yuan and the county 12 million yuan.",
    );
    expect(l.get("12 million yuan")?.label).toMatch(/allocated by the county$/);
  });
});

describe("automatic labels: an adverbial 'in turn'", () => {
  it("'the X in turn comprised N yuan of Y' keeps X as the doer", () => {
    const l = labelsAndUnitsOf(
      "The county allocated 90 million yuan; the county allocation in turn comprised 60 million yuan of road funds and 30 million yuan of water funds.",
    );
    expect(l.get("60 million yuan")?.label).toBe("Road funds comprised by the county allocation");
  });
});

describe("automatic labels: a present participle inside the subject", () => {
  it("'the organs carrying out X invested N' names the organs as doers, not X", () => {
    const l = labelsAndUnitsOf(
      "The central organs and enterprises carrying out paired assistance in the province invested funds and materials worth 46.2 million yuan in the key counties.",
    );
    expect(l.get("46.2 million yuan")?.label).toMatch(
      /by the central organs and enterprises carrying out paired assistance/,
    );
  });
});

describe("automatic labels: a relative clause after a figure", () => {
  it("'…, stood at N%, which rose by M percentage points' is a rise of what N measures", () => {
    const l = labelsOf(
      "The employment rate of the trainees stood at 88.2%, which rose by 2.4 percentage points over the previous year.",
    );
    expect(l.get("2.4 percentage points")).toBe(
      "Increase of employment rate of the trainees over the previous year",
    );
  });
});

describe("automatic labels: a bare verb after 'of' before a noun", () => {
  it("'the coverage of tap water' is one subject, not cut at 'tap'", () => {
    const l = labelsOf(
      "The coverage of tap water in the pilot villages rose by 9.2 percentage points to 81.5%.",
    );
    expect(l.get("81.5%")).toBe("Coverage of tap water in the pilot villages");
    expect(l.get("9.2 percentage points")).toBe("Increase of coverage of tap water in the pilot villages");
  });
});

describe("automatic labels: passives", () => {
  it("'N mu of low-yield X was improved' is X improved, the hyphened word kept", () => {
    const l = labelsOf(
      "During the year, 1,200 km of roads were paved, bridges were rebuilt and 8,400 mu of low-yield cropland was improved.",
    );
    expect(l.get("8,400 mu")).toBe("Low-yield cropland improved");
  });

  it("'X were hardened, totalling N km' totals X", () => {
    const l = labelsOf(
      "In 2012, the roads to remote hamlets in the hills were hardened, totalling 3,100 km.",
    );
    expect(l.get("3,100 km")).toBe("Roads to remote hamlets in the hills hardened (total)");
  });

  it("'gave X of N each to M people, totalling T' totals the active verb's object (activeTotalled)", () => {
    const l = labelsOf(
      "The county paid tuition grants of 3,000 yuan per student to 1,500 students from poor families, totalling 4.5 million yuan.",
    );
    expect(l.get("4.5 million yuan")).toBe("Tuition grants paid (total)");
  });

  it("'X was completed for N households' names the households by what was done for them", () => {
    const l = labelsOf("The renovation of unsafe homes was completed for 18,900 poor households.");
    expect(l.get("18,900 poor households")).toBe(
      "Poor households for which the renovation of unsafe homes was completed",
    );
  });

  it("'X was raised to no less than N, from M' gives N the subject's label past the bound", () => {
    const l = labelsOf(
      "The monthly allowance in the mountain areas was raised to no less than 260 yuan per person, from 210 yuan in the previous year.",
    );
    expect(l.get("260 yuan")).toBe("Monthly allowance in the mountain areas per person");
    expect(l.get("210 yuan")).toBe("Monthly allowance in the mountain areas");
  });
});

describe("automatic labels: figures that are the subject of their own passive verb", () => {
  it("'…, and N Yuan of X were allocated' is X allocated, not the verb of the clause before", () => {
    const l = labelsOf(
      "The pilot was expanded, and 12.5 million yuan of discount interest funds were allocated.",
    );
    expect(l.get("12.5 million yuan")).toBe("Discount interest funds allocated");
  });

  it("'X of about N Yuan were raised' is X raised", () => {
    const l = labelsOf("Social funds of about 640 million yuan were raised in the year.");
    expect(l.get("640 million yuan")).toBe("Social funds raised");
  });

  it("'P% of the X were settled' is the share of X settled", () => {
    const l = labelsOf(
      "The hotline received 2,310 calls in the year, and 97.1% of the complaints were settled.",
    );
    expect(l.get("97.1%")).toBe("Complaints settled (percent)");
  });
});

describe("automatic labels: a measure set at a figure", () => {
  it("'set the poverty line at N Yuan of per capita net income' is the poverty line", () => {
    const l = labelsOf(
      "The opinions set the new county poverty line at 2,800 yuan of per capita net income.",
    );
    expect(l.get("2,800 yuan")).toBe("New county poverty line (per capita net income)");
  });

  it("'taking the per capita net income of N as the poverty line' is the poverty line", () => {
    const l = labelsOf(
      "In 2012, the county started a new round of work, taking the per capita net income of 3,500 yuan as the new poverty line.",
    );
    expect(l.get("3,500 yuan")).toBe("New poverty line (per capita net income)");
  });
});

describe("automatic labels: a counted noun that is its verb's subject", () => {
  it("reads through the noun's modifiers and a floating 'each' to its verb and object", () => {
    const l = labelsOf(
      "In 2012, 2,300 students of herding families living in boarding schools each received a grant of 800 Yuan.",
    );
    expect(l.get("2,300 students")).toBe(
      "Students of herding families living in boarding schools that received grant",
    );
  });

  it("keeps a compound noun whose middle word the tagger reads as a verb", () => {
    const l = labelsOf(
      "Of the trainees, 4,200 people received skill transfer training and 900 people received job transfer support.",
    );
    expect(l.get("4,200 people")).toBe("People that received skill transfer training");
    expect(l.get("900 people")).toBe("People that received job transfer support");
  });
});

describe("automatic labels: a later verb that finishes an earlier verb's activity", () => {
  it("keeps the activity the planned places and the completed ones share", () => {
    const l = labelsOf(
      "In 2013, the province planned to carry out village renovation projects in 860 poor townships and actually finished 874 townships, accounting for 101.6% of the plan.",
    );
    expect(l.get("874 townships")).toBe("Townships finished in village renovation projects");
    expect(l.get("101.6%")).toBe(
      "Townships finished in village renovation projects as a share of the plan (percent)",
    );
  });

  it("leaves a later figure alone when it counts something else than the earlier one", () => {
    const l = labelsOf(
      "The province planned to carry out village renovation projects in 860 poor townships and actually finished 3,120 houses.",
    );
    expect(l.get("3,120 houses")).toBe("Houses finished");
  });
});

describe("automatic labels: an aside in brackets before the verb", () => {
  it("is no part of the subject, which names the figure and its growth", () => {
    const l = labelsOf(
      "The per capita net income of farmers in the 62 key counties (including 39 national key counties and 23 provincial key counties) reached 5,382 Yuan, up 15.4% over the previous year.",
    );
    expect(l.get("5,382 Yuan")).toBe("Per capita net income of farmers in the key counties");
    expect(l.get("15.4%")).toMatch(/^Growth of per capita net income of farmers in the key counties/);
  });
});

describe("automatic labels: a count after a verb that only links", () => {
  it("the counted noun is the unit the subject is measured in", () => {
    const l = labelsOf(
      "In addition, the practical technology training for farmers reached 425,000 person-times.",
    );
    expect(l.get("425,000 person-times")).toBe("Practical technology training for farmers (person-times)");
  });
});

describe("automatic labels: a participle of any form inside the subject", () => {
  it("the report's region after 'put into' says where; the subject is the funds", () => {
    const l = labelsAndUnitsOf(
      "In 2012, the poverty alleviation funds put into Anhui Province totaled 3.862 billion Yuan.",
    );
    expect(l.get("3.862 billion Yuan")?.label).toBe("Poverty alleviation funds put");
  });
});
