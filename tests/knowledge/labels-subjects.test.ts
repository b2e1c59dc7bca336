// Automatic labels (src/knowledge/labels.ts, label-subjects.ts, nlp.ts) from a clause's subject: counted
// nouns, names and quoted titles, pronouns, subjects holding a figure or a participle. Each case is an
// invented sentence in the series' style showing one general rule.
import { labelsAndUnitsOf, labelsAndYearsOf, labelsOf } from "../support/one-sentence.js";
import { describe, expect, it } from "vitest";

describe("automatic labels: a hyphened modifier inside the subject", () => {
  it("'income of farmers in the poverty-stricken counties reached N' is the income, not the counties", () => {
    const l = labelsAndYearsOf(
      "The per capita net income of farmers in the 58 contiguous poverty-stricken counties reached 4,493 Yuan, up 15.6% over the previous year.",
    );
    expect(l.get("4,493 Yuan")?.label).toBe(
      "Per capita net income of farmers in the contiguous poverty-stricken counties",
    );
    expect(l.get("15.6%")?.label).toMatch(/^Growth of per capita net income of farmers/);
  });
});

describe("automatic labels: a figure opening its clause with 'were'", () => {
  it("'N were students of X' counts students, named by the predicate", () => {
    const l = labelsAndUnitsOf(
      "The county trained 9,300 people. Of these, 4,100 were students of technical schools, who received a subsidy of 1,200 yuan per person, and 5,200 were farmers attending short courses.",
    );
    expect(l.get("4,100")).toEqual({ label: "Students of technical schools", unit: "students" });
    expect(l.get("5,200")?.label).toBe("Farmers attending short courses");
    // "who" stands for the students the clause before it named.
    expect(l.get("1,200 yuan")?.label).toMatch(/^Subsidy received by students of technical schools/);
  });
});

describe("automatic labels: a quoted name counted", () => {
  it("'N “Warm Blankets”' counts the blankets, and 'worth' does not dangle", () => {
    const l = labelsAndUnitsOf(
      "The charity handed out 6,000 “Warm Blankets” worth 3.2 million yuan to old people.",
    );
    const blankets = l.get("6,000 “Warm Blankets”");
    expect(blankets?.unit).toBe("blankets");
    expect(blankets?.label).not.toMatch(/worth$|“/);
  });
});

describe("automatic labels: a count completing a noun", () => {
  it("'the housing problem of N people was solved' names the problem, not solved people", () => {
    const l = labelsAndUnitsOf("In 2012, the housing problem of 20,000 people was solved.");
    expect(l.get("20,000 people")?.label).toMatch(/^Housing problem of people solved/);
  });
});

describe("automatic labels: a measure added by ', and the'", () => {
  it("'issued N yuan of loans …, and the repayment rate was P%' is the loans' repayment rate", () => {
    const l = labelsAndUnitsOf(
      "In 2012, banks issued 820 million yuan of small loans to poor households, and the repayment rate was 97.1%.",
    );
    expect(l.get("97.1%")?.label).toMatch(/^Repayment rate of small loans/);
  });
});

describe("automatic labels: a count opening its sentence", () => {
  it("is read in its own sentence, with its verb's prepositional object", () => {
    const l = labelsAndUnitsOf(
      "The villages built new clinics. 52,000 poor people benefited directly from the projects.",
    );
    expect(l.get("52,000 poor people")?.label).toBe("Poor people that benefited from the projects");
  });
});

describe("automatic labels: ', including N X, M Y and K Z' after a figure", () => {
  it("each item is a part of the figure before the comma, named by its own noun", () => {
    const l = labelsOf(
      "The 900 pilot villages were assigned to 2,400 helping units, including 410 provincial units, 1,100 units of the eastern cities and 890 units of the counties.",
    );
    expect(l.get("410 provincial units")).toMatch(/^Provincial units among helping units assigned/);
    expect(l.get("1,100 units")).toMatch(/^Units of the eastern cities among helping units assigned/);
  });

  it("a number inside an item's modifier is no item", () => {
    const l = labelsOf(
      "Houses were rebuilt for 9,800 poor households, including 4,100 households in the three cities of Alpha, Beta and Gamma.",
    );
    // The place after "the three" stays in the item's label (label-phrases.ts phraseAfter), but not
    // "of Alpha": the first name of a list of three would say the cities were Alpha alone.
    expect(l.get("4,100 households")).toMatch(/^Households in the three cities among poor households/);
    expect(l.get("three cities")).not.toMatch(/among/);
  });
});

describe("automatic labels: subjects with a figure or a name inside", () => {
  it("'the income of farmers in the N relatively poor villages reached M' keeps the adverb's phrase", () => {
    const l = labelsOf(
      "The per capita net income of farmers in the 1,200 relatively poor villages under assistance reached 5,900 yuan.",
    );
    expect(l.get("5,900 yuan")).toBe(
      "Per capita net income of farmers in the relatively poor villages under assistance",
    );
  });

  it("'A, together with B and C, raised N' is A's, and a capitalised word inside a name stays in it", () => {
    const l = labelsOf(
      "The Alpha Charity Foundation, together with the Federation of Industry and Commerce and the Beta Red Cross Society, raised 48 million yuan of donations.",
    );
    expect(l.get("48 million yuan")).toBe("Donations raised by the Alpha Charity Foundation");
  });
});

describe("automatic labels: who acted, when the subject is more than one noun phrase", () => {
  it("reads the subject before an appositive list of names ('X, namely A, B and C, …')", () => {
    const l = labelsOf(
      "The four partner cities, namely Xiamen, Yantai, Zhuhai and Weihai, donated 80 million Yuan of aid funds for the province, up 12% over the previous year, and carried out 140 cooperation projects.",
    );
    expect(l.get("80 million Yuan")).toBe("Aid funds donated by the partner cities for the province");
    // A verb's particle stays with it ("carried out"), and the growth after an object is the object's.
    expect(l.get("140 cooperation projects")).toBe("Cooperation projects carried out by the partner cities");
    expect(l.get("12%")).toBe(
      "Growth of aid funds donated by the partner cities for the province over the previous year (percent)",
    );
  });

  it("reads a subject listed with commas, past a hyphened word, to the things 'worth' a sum", () => {
    const l = labelsOf(
      "First, 30 banks, enterprises and charities carried out fixed-point assistance in 20 key counties and brought in goods and materials worth 90 million Yuan.",
    );
    expect(l.get("90 million Yuan")).toBe("Goods and materials brought by banks, enterprises and charities");
  });

  it("keeps a participle's agent and a bracketed abbreviation inside the subject", () => {
    const l = labelsOf(
      "The project financed by the Asian Development Bank (ADB) covered 60 villages in Lin County and disbursed 9.8 million Yuan in 2012.",
    );
    expect(l.get("9.8 million Yuan")).toBe(
      "Funds disbursed by the project financed by the Asian Development Bank (ADB)",
    );
  });

  it("does not take a list of place names for the subject", () => {
    const l = labelsOf(
      "The pilot work in Anle County, Baihe County and Changping County involved 40 villages.",
    );
    expect(l.get("40 villages")).toBe("Villages involved");
  });

  it("reads a word ending in -ed before a number as the verb the tagger took for an adjective", () => {
    const l = labelsOf("The county resettled 800 households from flood plains.");
    expect(l.get("800 households")).toBe("Households resettled by the county from flood plains");
  });
});

describe("automatic labels: what a figure quantifies, in more sentence shapes", () => {
  it("reads a subject through 'in' after a noun and an adjective the tagger took for an adverb", () => {
    const l = labelsOf(
      "In the health sector, the coverage rate of the new rural pension scheme in remote areas reached 91.2%.",
    );
    expect(l.get("91.2%")).toBe(
      "Coverage rate of the new rural pension scheme in remote areas in the health sector",
    );
  });

  it("gives an infinitive joined by 'and' the verb group and subject of the infinitive before it", () => {
    const l = labelsOf(
      "The farmers were helped to raise 2,000 head of cattle, and to plant 3,000 hectares of oil-tea camellia.",
    );
    expect(l.get("3,000 hectares")).toBe("Oil-tea camellia helped to plant by the farmers");
  });

  it("labels an area 'on N mu' with the thing before 'on', each item of a list its own", () => {
    const l = labelsOf(
      "They planted walnuts on 5,000 mu, tea gardens on 2,000 mu and bamboo groves on 1,500 mu.",
    );
    expect(l.get("5,000 mu")).toBe("Walnuts planted");
    expect(l.get("2,000 mu")).toBe("Tea gardens planted");
    expect(l.get("1,500 mu")).toBe("Bamboo groves planted");
  });

  it("says a bare verb or an irregular past tense as its past participle", () => {
    expect(labelsOf("The cooperatives helped poor households raise 9,000 goats.").get("9,000 goats")).toBe(
      "Goats raised by poor households",
    );
    expect(labelsOf("The firms drove 5,000 households to develop orchards.").get("5,000 households")).toBe(
      "Households driven by the firms to develop orchards",
    );
  });

  it("ties 'up N%' after 'compared with …' to the subject that reached the figure", () => {
    const l = labelsOf(
      "The income of farmers in the pilot counties reached 3,900 Yuan this year, compared with 3,400 Yuan last year, up 14.7%.",
    );
    expect(l.get("14.7%")).toBe("Growth of income of farmers in the pilot counties (percent)");
  });

  it("reads a subject that ends 'those' and a participle", () => {
    expect(labelsOf("The average wage of those employed was 1,900 Yuan.").get("1,900 Yuan")).toBe(
      "Average wage of those employed",
    );
  });

  it("does not name a passive verb's subject as the doer; a recipient's label says what it got", () => {
    // Before: "Stalls held by the spring fair for poor farmers" (the fair held nothing).
    expect(labelsOf("The spring fair for poor farmers was held with 40 stalls.").get("40 stalls")).toBe(
      "Stalls held",
    );
    expect(labelsOf("The school meal funds had been extended to 640 villages.").get("640 villages")).toBe(
      "Villages extended the school meal funds",
    );
  });
});

describe("automatic labels: a quoted title is a name", () => {
  it("takes no verb from inside quotation marks, nor 'according to' as a verb", () => {
    const l = labelsOf(
      "Third, according to the “Circular on Further Improving the Pairing Work” (Xinfuban [2012] No. 7), 640 provincial and city units were arranged to help 900 villages.",
    );
    // Before: "Circular on Further Improving provincial and city units" (the title's verb read as the clause's).
    expect(l.get("640")).not.toMatch(/Circular|Improving/);
    expect(l.get("640")).toMatch(/provincial and city units/);
  });
});

describe("automatic labels: an 'of' phrase after a counted noun", () => {
  it("stays beside the noun it qualifies, before the verb and its doer", () => {
    const l = labelsOf("The website of the county bureau published 320 pieces of information.");
    // Before: "Pieces published by the website of the county bureau of information".
    expect(l.get("320 pieces")).toBe("Pieces of information published by the website of the county bureau");
  });
});

describe("automatic labels: a subject that ends in the report's own region", () => {
  it("the region after a participle's preposition says where: the subject is the phrase before it", () => {
    const l = labelsOf(
      "In 2013, the anti-poverty funds of all sources invested in Anhui Province totaled 5.862 billion Yuan.",
    );
    expect(l.get("5.862 billion Yuan")).toBe("Anti-poverty funds of all sources invested");
  });
});

describe("automatic labels: a pronoun subject", () => {
  it("'they' stands for the subject of the sentence's first verb", () => {
    const l = labelsOf(
      "The provincial departments were paired with the key counties; they directly invested 423 million Yuan.",
    );
    expect(l.get("423 million Yuan")).toBe("Funds invested by the provincial departments");
  });
});

describe("automatic labels: what a subject has", () => {
  it("is counted in that subject, unless the subject is the report's region", () => {
    expect(labelsOf("The pilot area has 120 villages.").get("120 villages")).toBe(
      "Villages in the pilot area",
    );
    expect(
      labelsOf("By the end of 2012, Anhui Province still had 5.42 million rural poor people.").get(
        "5.42 million rural poor people",
      ),
    ).toBe("Rural poor people");
  });
});

describe("automatic labels: ', with X of N' after a clause whose subject is a count", () => {
  it("the attribute is of that count, by its label, not of the verb's object", () => {
    const l = labelsAndUnitsOf(
      "Of the vocational trainees, 64,800 obtained transfer employment, with an average monthly wage of 2,180 Yuan.",
    );
    expect(l.get("2,180 Yuan")?.label).toBe(
      "Average monthly wage of vocational trainees obtained transfer employment",
    );
  });
});

describe("an -ed word read as an adjective before an article", () => {
  it("is the verb of its clause, after 'and' and an adverb", () => {
    const l = labelsOf(
      "The county planned to pave roads in 40 villages, and actually fulfilled the paving of 43 villages.",
    );
    expect(l.get("43 villages")).toMatch(/^Villages fulfilled/);
  });
});

describe("a subject ending in a relative clause", () => {
  it("is the noun before the relative pronoun, not the clause's object", () => {
    const l = labelsOf(
      "The average wage of the herders who finished the course was 2,600 yuan a month in 2012.",
    );
    expect(l.get("2,600 yuan")).toMatch(/^Average wage of the herders\b/);
  });
});
