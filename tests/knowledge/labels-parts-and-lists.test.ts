// Automatic labels (src/knowledge/labels.ts, label-lists.ts, label-respective.ts, label-places.ts) of
// figures in lists and breakdowns: "respectively", "including", "of which", parts after a colon, shares
// and measures added to a clause. Each case is an invented sentence in the series' style.
import { labelsAndUnitsOf, labelsOf, labelsWithRepeatsOf } from "../support/one-sentence.js";
import { describe, expect, it } from "vitest";

describe("automatic labels: places fronted before parallel clauses", () => {
  const s =
    "In the Eastern Hill area, the two pilot counties covered 35 poor villages; in the Western Lake area, the two pilot counties covered 28 poor villages.";
  it("tells the figures of each clause apart by the place fronted before it", () => {
    const l = labelsWithRepeatsOf(s);
    expect(l.get("35 poor villages")).toMatch(/in the Eastern Hill area$/);
    expect(l.get("28 poor villages")).toMatch(/in the Western Lake area$/);
    // The same words written twice are each read at their own place.
    expect(l.get("two pilot counties")).toMatch(/in the Eastern Hill area$/);
    expect(l.get("two pilot counties#2")).toMatch(/in the Western Lake area$/);
  });

  it("adds a lone fronted place too: the clause no longer names it (label-fronted.ts)", () => {
    const l = labelsWithRepeatsOf(
      "In the Eastern Hill area, the two pilot counties covered 35 poor villages.",
    );
    expect(l.get("35 poor villages")).toMatch(/in the Eastern Hill area$/);
  });
});

describe("automatic labels: a 'respectively' list of names", () => {
  it("gives each figure the subject for the name at its position", () => {
    const l = labelsAndUnitsOf(
      "The average wage of workers in Alpha County, Beta County and Gamma County reached 2,100 yuan, 1,900 yuan and 1,700 yuan respectively.",
    );
    expect(l.get("2,100 yuan")?.label).toBe("Average wage of workers in Alpha County");
    expect(l.get("1,900 yuan")?.label).toBe("Average wage of workers in Beta County");
    expect(l.get("1,700 yuan")?.label).toBe("Average wage of workers in Gamma County");
  });
});

describe("automatic labels: 'it' after a semicolon", () => {
  it("stands for the singular subject of the clause just before", () => {
    const l = labelsAndUnitsOf(
      "The accounts were published in every village, and a complaints office was opened to the public; it received 740 letters in the year.",
    );
    expect(l.get("740 letters")?.label).toMatch(/complaints office/);
  });
});

describe("automatic labels: a share after places", () => {
  it("'completed in N villages, fulfilling P% of the annual task' is the share of those villages", () => {
    const l = labelsAndUnitsOf(
      "By the end of December the work had been completed in 1,320 villages, fulfilling 102.5% of the annual task.",
    );
    expect(l.get("1,320 villages")?.label).toBe("Villages where the work had been completed");
    expect(l.get("102.5%")?.label).toBe(
      "Villages where the work had been completed as a share of the annual task (percent)",
    );
  });
});

describe("automatic labels: a measure added after ';'", () => {
  it("belongs to the nearest amount before it", () => {
    const l = labelsAndUnitsOf(
      "The province invested 40 million yuan of discount funds, and banks issued 900 million yuan of small loans to poor households; the income growth per household reached 2,300 yuan.",
    );
    expect(l.get("2,300 yuan")?.label).toMatch(/^Income growth per household of small loans/);
  });
});

describe("automatic labels: parts after a colon", () => {
  it("'…, fulfilling P% …, with a total investment of N: X of M and K raised by Y' keep their own names", () => {
    const l = labelsAndUnitsOf(
      "The task was completed in 820 villages, fulfilling 102.5% of the annual task, with a total investment of RMB 1.2 billion: fiscal funds of 700 million yuan and 500 million yuan raised by the farmers themselves.",
    );
    expect(l.get("700 million yuan")?.label).toBe("Fiscal funds");
    expect(l.get("500 million yuan")?.label).toBe("Funds raised by the farmers themselves");
  });
});

describe("automatic labels: no owner for a measure per unit", () => {
  it("'the income growth per household reached N, and the repayment rate was P%' keeps the bare rate", () => {
    const l = labelsAndUnitsOf(
      "The funds supported 6,300 member households, the income growth per household reached 1,100 yuan, and the repayment rate was 98.7%.",
    );
    expect(l.get("98.7%")?.label).toBe("Repayment rate");
  });
});

describe("automatic labels: 'A and B <verb> N and M respectively'", () => {
  it("gives each figure the name at its position as the doer", () => {
    const l = labelsOf(
      "Alpha City and Beta City received 12.4 million yuan and 9.8 million yuan respectively.",
    );
    expect(l.get("12.4 million yuan")).toBe("Funds received by Alpha City");
    expect(l.get("9.8 million yuan")).toBe("Funds received by Beta City");
  });

  it("keeps each name's article and reads the 'of' phrase after the list as the noun", () => {
    const l = labelsOf(
      "In May, the Red Cross Society and the Charity Foundation donated 35 million yuan and 21 million yuan respectively of relief funds.",
    );
    expect(l.get("35 million yuan")).toBe("Relief funds donated by the Red Cross Society");
    expect(l.get("21 million yuan")).toBe("Relief funds donated by the Charity Foundation");
  });

  it("a part of an 'of which' list borrows the whole's noun", () => {
    const l = labelsOf(
      "The eastern cities provided a total of 800 million yuan of assistance funds, of which Alpha and Beta contributed 300 million yuan and 200 million yuan respectively.",
    );
    expect(l.get("300 million yuan")).toBe("Assistance funds contributed by Alpha");
    expect(l.get("200 million yuan")).toBe("Assistance funds contributed by Beta");
  });

  it("leaves a subject that is no list of as many names alone", () => {
    const l = labelsOf(
      "The income of farmers in the mountain areas reached 4,100 yuan and 3,900 yuan respectively.",
    );
    expect(l.get("4,100 yuan")).not.toMatch(/ by /);
  });
});

describe("automatic labels: shares and attributes further along the clause", () => {
  it("'N X had an income of over M Yuan, accounting for P% of the X' is a share of the count", () => {
    const l = labelsOf(
      "A total of 1,480 village collectives had a stable annual income of over 30,000 yuan, accounting for 86.2% of the assisted villages.",
    );
    expect(l.get("86.2%")).toMatch(/^Village collectives had a stable annual income as a share/);
  });

  it("'… in N villages of M counties (cities, districts) with a total investment of K' is the subject's", () => {
    const l = labelsOf(
      "In 2012, entire village advancement was carried out in 620 poor villages of 31 counties (cities, districts) with a total investment of 910 million yuan.",
    );
    expect(l.get("910 million yuan")).toBe("Total investment of entire village advancement");
  });
});

describe("automatic labels: items listed 'as follows:'", () => {
  it("each amount after 'X were divided as follows:' is X for its purpose", () => {
    const l = labelsOf(
      "The special funds were divided as follows: 420 million yuan for the four pilot counties, 130 million yuan for training, and 60 million yuan as rewards.",
    );
    expect(l.get("420 million yuan")).toBe("Special funds for pilot counties");
    expect(l.get("130 million yuan")).toBe("Special funds for training");
    expect(l.get("60 million yuan")).toBe("Special funds as rewards");
  });
});

describe("automatic labels: a 'respectively' that leads the next list", () => {
  it("does not pair the list before it with earlier figures", () => {
    const l = labelsOf(
      "The county spent 40 million Yuan, of which 30 million Yuan was building subsidies and 10 million Yuan was used for roads, and moved 800 households and 3,100 people from flood plains, respectively 6% and 9% above the target.",
    );
    // Before: "Building subsidies …" and "Funds spent … used for roads …" (the list was read as
    // closed by "respectively" and paired with the two amounts before it).
    expect(l.get("800 households")).toBe("Households moved from flood plains");
    expect(l.get("3,100 people")).toBe("People moved from flood plains");
    expect(l.get("6%")).toBe("Households moved from flood plains above the target (percent)");
  });
});

describe("automatic labels: a 'with' phrase after a comma", () => {
  it("gives an attribute of the clause's subject, not something its verb did", () => {
    const l = labelsOf(
      "The road projects supported by the provincial fund were launched in three counties, with a total investment of 25 million Yuan.",
    );
    expect(l.get("25 million Yuan")).toBe(
      "Total investment of the road projects supported by the provincial fund",
    );
  });
});

describe("automatic labels: parts after a bracketed 'of which'", () => {
  it("a part after the brackets close is a part of the outer whole again", () => {
    const l = labelsOf(
      "In 2013, a total of 3.2 billion Yuan of relief funds was invested in the county, of which 1.1 billion Yuan was from the central government (of which 800 million Yuan was development funds and 300 million Yuan was work-relief funds), 420 million Yuan was from the province and 96 million Yuan was raised by the masses.",
    );
    expect(l.get("1.1 billion Yuan")).toBe("Relief funds from the central government");
    expect(l.get("420 million Yuan")).toBe("Relief funds from the province");
    expect(l.get("96 million Yuan")).toBe("Relief funds raised by the masses");
  });
});

describe("automatic labels: money with no noun of its own, spent in counted places", () => {
  it("says where it went, past the places' count, and its parts still borrow the short phrase", () => {
    const l = labelsOf(
      "A total of 212 million Yuan was invested in 64 poor townships inhabited by herding families, of which 80 million Yuan was from the central government.",
    );
    expect(l.get("212 million Yuan")).toBe(
      "Funds invested in poor townships inhabited by herding families (total)",
    );
    expect(l.get("80 million Yuan")).toBe("Funds invested from the central government");
  });
});

describe("automatic labels: an adjunct 'with X of N'", () => {
  it("gives the clause's subject its X", () => {
    const l = labelsOf(
      "The medical assistance for rural residents reached 586,000 person-times with funds of 512 million Yuan.",
    );
    expect(l.get("512 million Yuan")).toBe("Funds of the medical assistance for rural residents");
  });
});

describe("automatic labels: an amount per unit beside another amount", () => {
  it("is that amount's share per unit", () => {
    const l = labelsOf(
      "A total of 480 million Yuan was put into the pilots, of which 150 million Yuan was provincial special funds, 15 million Yuan for each pilot county.",
    );
    expect(l.get("15 million Yuan")).toBe("Provincial special funds per pilot county");
  });
});

describe("automatic labels: 'N of them' is a part of the count before it", () => {
  it("as the subject: the earlier figure's phrase and the part's predicate, in its unit", () => {
    const l = labelsAndUnitsOf(
      "In 2014, a total of 95,300 laborers were trained, and 71,200 of them found stable jobs in cities.",
    );
    expect(l.get("71,200")).toEqual({
      label: "Laborers trained that found stable jobs in cities",
      unit: "laborers",
    });
  });

  it("as the object of a verb: the earlier figure's noun and that verb", () => {
    const l = labelsAndUnitsOf("The province planned to rebuild 45 rural bridges and finished 41 of them.");
    expect(l.get("41")).toEqual({ label: "Rural bridges finished", unit: "bridges" });
  });

  it("after a preposition: the earlier figure's noun where the clause happened", () => {
    const l = labelsAndUnitsOf(
      "The project covered 320 pilot villages, and roads had been paved in 290 of them.",
    );
    expect(l.get("290")).toEqual({ label: "Pilot villages where roads had been paved", unit: "villages" });
  });
});

describe("automatic labels: 'N of the M things' is a part of the whole written after it", () => {
  it("as the subject: the whole's noun without its plan words, and the clause's verb", () => {
    const l = labelsAndUnitsOf(
      "By the end of the year, 25 of the 28 planned pilot projects had been completed.",
    );
    expect(l.get("25")).toEqual({ label: "Pilot projects completed", unit: "projects" });
  });

  it("as the object: the whole's noun and the verb before the part", () => {
    const l = labelsAndUnitsOf("The province rebuilt 41 of the 45 rural bridges damaged by floods.");
    expect(l.get("41")).toEqual({ label: "Rural bridges rebuilt", unit: "bridges" });
  });
});

describe("a list of counts that is the subject of the verb after it", () => {
  it("gives each item the verb and object after the list's last item", () => {
    const l = labelsOf(
      "Some 640 volunteers, 38 hospitals and 1.2 million residents joined in the health campaign.",
    );
    expect(l.get("640 volunteers")).toBe("Volunteers that joined in the health campaign");
    expect(l.get("38 hospitals")).toBe("Hospitals that joined in the health campaign");
  });
});

describe("a rate per unit after the last figure of a list", () => {
  it("is that figure's own, not words the list shares", () => {
    const l = labelsOf("The new houses covered 412,000 square meters, 31.6 square meters per capita.");
    expect(l.get("412,000 square meters")).toBe("Area covered by the new houses");
    expect(l.get("31.6 square meters")).toBe("Area covered by the new houses per capita");
  });
});

describe("automatic labels: 'accounting for N%' with no whole after it", () => {
  it("is the part before it as a share of the 'of which' total", () => {
    const l = labelsOf("The county trained 5,000 people, of which 3,000 were women, accounting for 60%.");
    expect(l.get("60%")).toBe("Women as a share of people trained by the county (percent)");
  });

  it("is the sentence's first figure as a share of a fronted 'Of the X,'", () => {
    const l = labelsOf(
      "Of the county funds, 2,000 10,000 yuan was allocated directly to the 12 poor townships, accounting for 40%.",
    );
    expect(l.get("40%")).toBe("County funds allocated directly as a share of county funds (percent)");
  });

  it("never reads a change over a year as the whole", () => {
    const l = labelsOf(
      "The county invested 900 million yuan, an increase of 100 million yuan over the previous year, of which financial funds were 400 million yuan, accounting for 44.4%.",
    );
    expect(l.get("44.4%") ?? "").not.toMatch(/share of increase/i);
  });
});
