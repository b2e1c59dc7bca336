// One case per grammar rule of the automatic labels (src/knowledge/labels.ts), each on an invented
// sentence in the series' style: the rule's general form, not any report's or question's wording.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: where the subject ends", () => {
  it("reads through a year between the subject and its verb, and keeps 'total' before its noun", () => {
    const l = labelsOf(
      "The total value of the school kits handed out in 2011 reached 2.7 million Yuan and the work was praised by the county.",
    );
    expect(l.get("2.7 million Yuan")).toBe("Total value of the school kits handed out");
  });
});

describe("automatic labels: figures written as a list", () => {
  it("pairs each figure of a 'respectively' list with the figure at its position before it", () => {
    const l = labelsOf(
      "The county trained 3,200 farmers and 410 cadres in 2011, respectively 8% and 12% more than the plan.",
    );
    expect(l.get("8%")).toBe("Farmers trained by the county more than the plan (percent)");
    expect(l.get("12%")).toBe("Cadres trained by the county more than the plan (percent)");
  });

  it("pairs a list closed by 'respectively' the same way", () => {
    const l = labelsOf(
      "The county trained 3,200 farmers and 410 cadres, 8% and 12% above the plan respectively.",
    );
    expect(l.get("8%")).toMatch(/^Farmers trained/);
    expect(l.get("12%")).toMatch(/^Cadres trained/);
  });

  it("gives every item of a list the words after its last item", () => {
    const l = labelsOf("The county moved 1,200 households and 4,800 people out of flood areas.");
    expect(l.get("1,200 households")).toBe("Households moved by the county out of flood areas");
    expect(l.get("4,800 people")).toBe("People moved by the county out of flood areas");
  });

  it("starts the next item at 'and' when that item has its own figure, not otherwise", () => {
    const l = labelsOf(
      "It dug 40 wells and canals of 12 km, and 300 units and entrepreneurs joined the scheme.",
    );
    expect(l.get("40 wells")).toBe("Wells dug");
    expect(l.get("12 km")).toBe("Canals dug");
    expect(l.get("300 units")).toMatch(/^Units\b.*\bentrepreneurs\b/);
  });

  it("reads a participle between a number and its noun as an adjective, not the verb", () => {
    const l = labelsOf("The county built 120 centralized supply projects and 900 storage cellars.");
    expect(l.get("900 storage cellars")).toBe("Storage cellars built by the county");
  });
});

describe("automatic labels: a figure acted on by a participle, an infinitive or a relative clause", () => {
  it("reads a participle after a comma as done by the main clause's subject", () => {
    const l = labelsOf(
      "The schemes trained 900 nurses and opened 40 clinics in remote towns, benefiting 52,000 rural people.",
    );
    expect(l.get("52,000 rural people")).toBe("Rural people benefited by the schemes");
  });

  it("reads a participle after a passive clause as done by that clause's subject", () => {
    const l = labelsOf(
      "A total of 18 million Yuan of loans was issued to the societies, supporting 2,400 households.",
    );
    expect(l.get("2,400 households")).toBe("Households supported by loans issued to the societies");
  });

  it("reads an infinitive of purpose, and a participle whose subject is only the region, as done by what the main verb acted on", () => {
    const l = labelsOf(
      "The province issued 90 million Yuan of small loans to help 6,000 households start family farms, covering 210 villages.",
    );
    expect(l.get("6,000 households")).toBe("Households helped by small loans issued to start family farms");
    expect(l.get("210 villages")).toBe("Villages covered by small loans issued");
  });

  it("reads a relative clause as done by the figure before 'which'", () => {
    const l = labelsOf("Loans went to 80 leading enterprises, which drove 9,000 households to raise cattle.");
    expect(l.get("9,000 households")).toMatch(/^Households driven by leading enterprises/);
  });
});

describe("automatic labels: what the figure's people were helped to do", () => {
  it("keeps the verb after the figure ('helped N people find jobs', 'supported N households to …')", () => {
    const l = labelsOf(
      "The fund helped 4,000 poor people find jobs and supported 900 households to open shops.",
    );
    expect(l.get("4,000 poor people")).toBe("Poor people helped by the fund to find jobs");
    expect(l.get("900 households")).toMatch(/^Households supported\b.*\bto open shops$/);
  });
});

describe("automatic labels: a count that says where, and a part of a stated whole", () => {
  it("labels the place of a clause with that clause, not as what the verb acted on", () => {
    const l = labelsOf(
      "A total of 5 million Yuan was allocated and pilot credit schemes were launched in 64 poor villages.",
    );
    expect(l.get("64 poor villages")).toBe("Poor villages where pilot credit schemes were launched");
  });

  it("takes the subject of a verb series, and reads only the first place of a clause as the place", () => {
    const l = labelsOf(
      "The county trained 40 cadres and started new clinics in 12 remote towns in two batches.",
    );
    expect(l.get("12 remote towns")).toBe("Remote towns where the county started new clinics");
    expect(l.get("two batches")).not.toMatch(/where/);
  });

  it("reads a share of the plan against the figure before the place, not the place", () => {
    const l = labelsOf(
      "By December the county had repaired the roofs of 9,000 rural people in 120 villages, accounting for 104% of the plan.",
    );
    expect(l.get("104%")).toMatch(/^Rural people\b.*as a share of the plan \(percent\)$/);
  });

  it("reads 'N of the M nouns' as a part counting the whole's noun, and the whole as its total", () => {
    const l = labelsOf("Currently, the repair work was finished in 61 of the 70 project schools.");
    expect(l.get("61")).toBe("Project schools where the repair work was finished");
    expect(l.get("70 project schools")).toBe("Project schools (total)");
  });

  it("does not read a subject cut down to the report's region as the place's clause", () => {
    const l = labelsOf(
      "Clinics funded by the lottery fund in Anhui Province were opened in three pilot counties.",
    );
    expect(l.get("three pilot counties")).not.toMatch(/where Anhui/);
  });
});

describe("automatic labels: subjects and wholes", () => {
  it("keeps 'in the N …' inside a subject without its number, cut at a phrase boundary", () => {
    const l = labelsOf(
      "The per capita net income of farmers in the 12 pilot counties for poverty alleviation and development reached 4,100 Yuan.",
    );
    expect(l.get("4,100 Yuan")).toBe("Per capita net income of farmers in the pilot counties");
  });

  it("keeps a participle between an article and its noun in the subject", () => {
    const l = labelsOf("The annual wage income of the transferred workers reached 900 million Yuan.");
    expect(l.get("900 million Yuan")).toBe("Annual wage income of the transferred workers");
  });

  it("gives the parts of a sentence that opens 'Of the X,' that whole's noun", () => {
    const l = labelsOf("Of the special funds, 80 million Yuan was from the central government.");
    expect(l.get("80 million Yuan")).toBe("Special funds from the central government");
  });

  it("calls money with no noun of its own, the subject of a passive verb, funds (and lends that to its parts)", () => {
    const l = labelsOf(
      "A total of 300 million Yuan was invested, of which 200 million Yuan was from the central government.",
    );
    expect(l.get("300 million Yuan")).toBe("Funds invested (total)");
    expect(l.get("200 million Yuan")).toBe("Funds invested from the central government");
  });

  it("ties growth to the noun after 'a total of N Yuan of'", () => {
    const l = labelsOf(
      "A total of 500 million Yuan of relief funds was invested in the county, up 12% over the previous year.",
    );
    expect(l.get("12%")).toBe("Growth of relief funds over the previous year (percent)");
  });

  it("reads a counted noun as the subject of a passive verb after it", () => {
    const l = labelsOf(
      "A total of 9 million Yuan was issued and 40 projects of irrigation and drainage were arranged for the county.",
    );
    expect(l.get("40 projects")).toBe("Projects of irrigation and drainage arranged for the county");
  });
});

describe("automatic labels: a plan stated with its figure", () => {
  it("labels 'the annual plan (N …)' and 'the annual plan of N …' as the plan for the figure before it", () => {
    const a = labelsOf(
      "By December it had trained 5,150 people, accounting for 103% of the annual plan (5,000 people).",
    );
    expect(a.get("5,000 people")).toBe("Annual plan for people trained");
    const b = labelsOf("The county moved 940 people, accounting for 94% of the annual plan of 1,000 people.");
    expect(b.get("1,000 people")).toBe("Annual plan for people moved by the county");
  });
});

describe("automatic labels: an action noun before the figure's noun", () => {
  it("drops 'the issuance of' and names the doer with the figure in its subject", () => {
    const l = labelsOf(
      "The allocation of 9 million Yuan of interest subsidies encouraged the issuance of 300 million Yuan of loans for farms.",
    );
    expect(l.get("300 million Yuan")).toBe(
      "Loans encouraged by the allocation of interest subsidies for farms",
    );
  });
});

describe("automatic labels: verbs in a series", () => {
  it("gives each verb of a series the series' first subject, past the infinitives inside it", () => {
    const l = labelsOf(
      "The new scheme trained 500 farmers, directly supported 300 households to open shops and helped 200 people find jobs.",
    );
    expect(l.get("300 households")).toBe("Households supported by the new scheme to open shops");
    expect(l.get("200 people")).toBe("People helped by the new scheme to find jobs");
  });

  it("walks past a participle describing a noun: those it describes did not act", () => {
    const l = labelsOf(
      "The county carried out the resettlement scheme for the herders living on the steep slopes, and moved 900 households.",
    );
    expect(l.get("900 households")).toBe("Households moved by the county");
  });
});

describe("automatic labels: a plan stated in brackets", () => {
  it("reads every item of the bracketed plan as the plan for what it counts", () => {
    const l = labelsOf(
      "The county moved 2,100 households and 8,400 people, accounting for 104% of the annual plan (2,000 households and 8,000 people).",
    );
    expect(l.get("2,000 households")).toBe("Annual plan for households moved by the county");
    expect(l.get("8,000 people")).toBe("Annual plan for people moved by the county");
  });
});

describe("automatic labels: 'and' after a figure that completes its clause", () => {
  it("opens the next clause: neither label runs across it", () => {
    const l = labelsOf(
      "The county invested 90 million yuan, of which credit funds were 30 million yuan, social funds were 12 million yuan and funds raised by the masses were 8 million yuan.",
    );
    expect(l.get("12 million yuan")).toBe("Social funds");
    expect(l.get("8 million yuan")).toBe("Funds raised by the masses");
  });

  it("reads a new subject with its own verb after the figure alike", () => {
    const l = labelsOf("The county invested 120 million yuan and enterprises donated 30 million yuan.");
    expect(l.get("120 million yuan")).toBe("Funds invested by the county");
    expect(l.get("30 million yuan")).toBe("Funds donated by enterprises");
  });
});

describe("automatic labels: clause boundaries inside the subject", () => {
  it("does not read a figure of the clause before 'and' into the next clause's subject", () => {
    const l = labelsOf(
      "The central government issued 2 million Yuan for the repair of two schools and the county government allocated funds for 12 schools.",
    );
    expect(l.get("12 schools")).toBe("Schools allocated funds by the county government");
  });

  it("still reads 'X of N Yuan at discounted interest was granted to M' as what M was granted", () => {
    const l = labelsOf(
      "Microloans of 90 million Yuan at discounted interest were granted to 4,000 households.",
    );
    // A passive subject is what was acted on: the households were granted microloans (not "by").
    expect(l.get("4,000 households")).toMatch(/granted Microloans$/);
  });

  it("keeps nouns before 'of N' that are not an action noun restating the verb", () => {
    const l = labelsOf("The county planned to solve the water supply problems of 8,000 rural people.");
    expect(l.get("8,000 rural people")).toMatch(/water supply problems/);
  });

  it("names no doer when the subject was only a figure ('N km were hardened, and built …')", () => {
    const l = labelsOf("It built roads of 400 km, of which 210 km were hardened, and built 38 bridges.");
    expect(l.get("38 bridges")).toBe("Bridges built");
  });
});

describe("automatic labels: a plan bracketed after a share names its result by its noun", () => {
  it("ties the share and the plan to the figure that counts the plan's noun", () => {
    const l = labelsOf(
      "The county resettled 5,200 households with 21,000 people, accounting for 104% of the annual plan (5,000 households).",
    );
    expect(l.get("104%")).toMatch(/^Households resettled\b.* as a share of the annual plan/);
    expect(l.get("5,000 households")).toMatch(/^Annual plan for households resettled/);
  });
});
