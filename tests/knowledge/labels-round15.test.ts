// Automatic labels (src/knowledge/labels.ts, label-respective.ts, named-rows.ts, label-years.ts,
// nlp.ts) for the sentence shapes of round fifteen's translator style: names paired with figures by
// "respectively", lists of "Name: figures" lines, rates compared with a year, relative clauses
// after a figure. Each case is an invented sentence in that style showing one general rule.
import { describe, expect, it } from "vitest";
import { namedRows, rowAt, rowLabel } from "../../src/knowledge/named-rows.js";
import { labelsOf } from "../support/one-sentence.js";

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

describe("named rows: lines of 'Name: N noun, M noun' after a title line", () => {
  const sentence =
    "The trained workers by county were: Alpha: 1,200 workers, 300 households Beta County: 900 workers, 210 households A total of 12 training bases were built.";

  it("finds each row and the list's title", () => {
    const list = namedRows(sentence);
    expect(list?.title).toBe("Trained workers by county");
    expect(list?.rows.map((r) => r.name)).toEqual(["Alpha", "Beta County"]);
  });

  it("labels a figure by its own row, adding the unit the title does not name", () => {
    const list = namedRows(sentence)!;
    const at = (figure: string) => rowAt(list, sentence.indexOf(figure))!;
    expect(rowLabel(list, at("900 workers"), "workers")).toBe("Trained workers by county: Beta County");
    expect(rowLabel(list, at("300 households"), "households")).toBe(
      "Trained workers by county: Alpha (households)",
    );
    expect(rowAt(list, sentence.indexOf("12 training"))).toBeUndefined();
  });

  it("one 'Name: N' is no list", () => {
    expect(namedRows("The hotline received calls as follows: Total: 1,300 calls.")).toBeUndefined();
  });

  it("gives the rows' figures of a report sentence those labels", () => {
    const l = labelsOf(sentence);
    expect(l.get("210 households")).toBe("Trained workers by county: Beta County (households)");
    expect(l.get("1,200 workers")).toBe("Trained workers by county: Alpha");
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
    expect(l.get("4,100 households")).toMatch(/^Households among poor households/);
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
