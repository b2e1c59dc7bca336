// Automatic labels (src/knowledge/labels.ts) for sentence shapes of round seven's reports nobody
// annotated: each case is an invented sentence in the series' style showing one general rule.
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

/** The automatic labels of one sentence's figures, by the figure as written. */
function labels(sentence: string): Map<string, string> {
  const entries = extractEntries(
    TEST_REPORT_META,
    [{ title: "S", text: sentence, sentences: [sentence] }],
    [],
  );
  return new Map(entries.map((e) => [e.written, e.label]));
}

describe("automatic labels: a later verb that finishes an earlier verb's activity", () => {
  it("keeps the activity the planned places and the completed ones share", () => {
    const l = labels(
      "In 2013, the province planned to carry out village renovation projects in 860 poor townships and actually finished 874 townships, accounting for 101.6% of the plan.",
    );
    expect(l.get("874 townships")).toBe("Townships finished in village renovation projects");
    expect(l.get("101.6%")).toBe(
      "Townships finished in village renovation projects as a share of the plan (percent)",
    );
  });

  it("leaves a later figure alone when it counts something else than the earlier one", () => {
    const l = labels(
      "The province planned to carry out village renovation projects in 860 poor townships and actually finished 3,120 houses.",
    );
    expect(l.get("3,120 houses")).toBe("Houses finished");
  });
});

describe("automatic labels: a figure that is the change over the previous year", () => {
  it("a bare number after a comma is the change of the figure before it", () => {
    const l = labels(
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
    const l = labels("The total was 512 million Yuan more than the previous year.");
    expect(l.get("512 million Yuan")).toBe("Increase of total over the previous year");
  });
});

describe("automatic labels: a growth verb with an object before 'by N'", () => {
  it("what grew is the object, raised by the subject, and the share after it grew the same", () => {
    const l = labels(
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
    const l = labels("In 2012, the province reduced its rural poor population by 1.126 million.");
    expect(l.get("1.126 million")).toBe("Decrease of rural poor population");
  });
});

describe("automatic labels: parts after a bracketed 'of which'", () => {
  it("a part after the brackets close is a part of the outer whole again", () => {
    const l = labels(
      "In 2013, a total of 3.2 billion Yuan of relief funds was invested in the county, of which 1.1 billion Yuan was from the central government (of which 800 million Yuan was development funds and 300 million Yuan was work-relief funds), 420 million Yuan was from the province and 96 million Yuan was raised by the masses.",
    );
    expect(l.get("1.1 billion Yuan")).toBe("Relief funds from the central government");
    expect(l.get("420 million Yuan")).toBe("Relief funds from the province");
    expect(l.get("96 million Yuan")).toBe("Relief funds raised by the masses");
  });
});

describe("automatic labels: money with no noun of its own, spent in counted places", () => {
  it("says where it went, past the places' count, and its parts still borrow the short phrase", () => {
    const l = labels(
      "A total of 212 million Yuan was invested in 64 poor townships inhabited by herding families, of which 80 million Yuan was from the central government.",
    );
    expect(l.get("212 million Yuan")).toBe(
      "Funds invested in poor townships inhabited by herding families (total)",
    );
    expect(l.get("80 million Yuan")).toBe("Funds invested from the central government");
  });
});

describe("automatic labels: a subject that ends in the report's own region", () => {
  it("the region after a participle's preposition says where: the subject is the phrase before it", () => {
    const l = labels(
      "In 2013, the anti-poverty funds of all sources invested in Anhui Province totaled 5.862 billion Yuan.",
    );
    expect(l.get("5.862 billion Yuan")).toBe("Anti-poverty funds of all sources invested");
  });
});

describe("automatic labels: a level before a change ('dropping from A to B')", () => {
  it("the figure after 'from' is the year before the sentence's; the one after 'to' is the sentence's", () => {
    const entries = extractEntries(
      TEST_REPORT_META,
      [
        {
          title: "S",
          text: "",
          sentences: [
            "In 2013, the rural poor population decreased to 5.714 million, with the poverty incidence dropping from 11.6% to 9.7%.",
          ],
        },
      ],
      [],
    );
    const year = (w: string) => entries.find((e) => e.written === w)?.year;
    expect(year("11.6%")).toBe(2012);
    expect(year("9.7%")).toBe(2013);
  });
});

describe("automatic labels: an adjunct 'with X of N'", () => {
  it("gives the clause's subject its X", () => {
    const l = labels(
      "The medical assistance for rural residents reached 586,000 person-times with funds of 512 million Yuan.",
    );
    expect(l.get("512 million Yuan")).toBe("Funds of the medical assistance for rural residents");
  });
});

describe("automatic labels: a pronoun subject", () => {
  it("'they' stands for the subject of the sentence's first verb", () => {
    const l = labels(
      "The provincial departments were paired with the key counties; they directly invested 423 million Yuan.",
    );
    expect(l.get("423 million Yuan")).toBe("Funds invested by the provincial departments");
  });
});

describe("automatic labels: an aside in brackets before the verb", () => {
  it("is no part of the subject, which names the figure and its growth", () => {
    const l = labels(
      "The per capita net income of farmers in the 62 key counties (including 39 national key counties and 23 provincial key counties) reached 5,382 Yuan, up 15.4% over the previous year.",
    );
    expect(l.get("5,382 Yuan")).toBe("Per capita net income of farmers in the key counties");
    expect(l.get("15.4%")).toMatch(/^Growth of per capita net income of farmers in the key counties/);
  });
});

describe("automatic labels: a count after a verb that only links", () => {
  it("the counted noun is the unit the subject is measured in", () => {
    const l = labels(
      "In addition, the practical technology training for farmers reached 425,000 person-times.",
    );
    expect(l.get("425,000 person-times")).toBe("Practical technology training for farmers (person-times)");
  });
});

describe("automatic labels: an amount per unit beside another amount", () => {
  it("is that amount's share per unit", () => {
    const l = labels(
      "A total of 480 million Yuan was put into the pilots, of which 150 million Yuan was provincial special funds, 15 million Yuan for each pilot county.",
    );
    expect(l.get("15 million Yuan")).toBe("Provincial special funds per pilot county");
  });
});

describe("automatic labels: what a subject has", () => {
  it("is counted in that subject, unless the subject is the report's region", () => {
    expect(labels("The pilot area has 120 villages.").get("120 villages")).toBe("Villages in the pilot area");
    expect(
      labels("By the end of 2012, Anhui Province still had 5.42 million rural poor people.").get(
        "5.42 million rural poor people",
      ),
    ).toBe("Rural poor people");
  });
});

describe("automatic labels: a gap in percentage points", () => {
  it("names the rate after 'than' whole, after 'which was' too", () => {
    const l = labels(
      "Farmers' income in the key counties grew 18.5%, which was 2.4 percentage points higher than the growth rate of the per capita net income of farmers of the whole province.",
    );
    expect(l.get("2.4 percentage points")).toBe(
      "Percentage points higher than growth rate of the per capita net income of farmers of the whole province",
    );
  });
});
