// Automatic labels (src/knowledge/labels.ts, label-lists.ts, label-gapped.ts, label-places.ts,
// extract.ts, nlp.ts) for the sentence shapes of round fourteen's translator style (figures opening
// their sentence, quoted names counted, "respectively" lists of names, subjects written without
// their verb): each case is an invented sentence in that style showing one general rule.
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

/** The automatic label and unit of one sentence's figures, by the figure as written. */
function read(sentence: string): Map<string, { label: string; unit: string }> {
  const out = new Map<string, { label: string; unit: string }>();
  for (const e of readSentence(sentence).entries) out.set(e.written, { label: e.label, unit: e.unit });
  return out;
}

describe("automatic labels: a figure opening its clause with 'were'", () => {
  it("'N were students of X' counts students, named by the predicate", () => {
    const l = read(
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
    const l = read("The charity handed out 6,000 “Warm Blankets” worth 3.2 million yuan to old people.");
    const blankets = l.get("6,000 “Warm Blankets”");
    expect(blankets?.unit).toBe("blankets");
    expect(blankets?.label).not.toMatch(/worth$|“/);
  });
});

describe("automatic labels: a 'respectively' list of names", () => {
  it("gives each figure the subject for the name at its position", () => {
    const l = read(
      "The average wage of workers in Alpha County, Beta County and Gamma County reached 2,100 yuan, 1,900 yuan and 1,700 yuan respectively.",
    );
    expect(l.get("2,100 yuan")?.label).toBe("Average wage of workers in Alpha County");
    expect(l.get("1,900 yuan")?.label).toBe("Average wage of workers in Beta County");
    expect(l.get("1,700 yuan")?.label).toBe("Average wage of workers in Gamma County");
  });
});

describe("automatic labels: a later subject written without its verb", () => {
  it("'the city allocated N yuan and the county M yuan': M is funds allocated by the county", () => {
    const l = read("Of the road funds, the city allocated 45 million yuan and the county 12 million yuan.");
    expect(l.get("12 million yuan")?.label).toMatch(/allocated by the county$/);
  });
});

describe("automatic labels: a falling count", () => {
  it("'the number of jobless fell by N' is a decrease, not an increase", () => {
    const l = read("In 2012, the number of jobless workers fell by 1.2 million over the year.");
    expect(l.get("1.2 million")?.label).toMatch(/^Decrease of number of jobless workers/);
  });
});

describe("automatic labels: 'it' after a semicolon", () => {
  it("stands for the singular subject of the clause just before", () => {
    const l = read(
      "The accounts were published in every village, and a complaints office was opened to the public; it received 740 letters in the year.",
    );
    expect(l.get("740 letters")?.label).toMatch(/complaints office/);
  });
});

describe("automatic labels: a count completing a noun", () => {
  it("'the housing problem of N people was solved' names the problem, not solved people", () => {
    const l = read("In 2012, the housing problem of 20,000 people was solved.");
    expect(l.get("20,000 people")?.label).toMatch(/^Housing problem of people solved/);
  });
});

describe("automatic labels: a share after places", () => {
  it("'completed in N villages, fulfilling P% of the annual task' is the share of those villages", () => {
    const l = read(
      "By the end of December the work had been completed in 1,320 villages, fulfilling 102.5% of the annual task.",
    );
    expect(l.get("1,320 villages")?.label).toBe("Villages where the work had been completed");
    expect(l.get("102.5%")?.label).toBe(
      "Villages where the work had been completed as a share of the annual task (percent)",
    );
  });
});

describe("automatic labels: a measure added by ', and the'", () => {
  it("'issued N yuan of loans …, and the repayment rate was P%' is the loans' repayment rate", () => {
    const l = read(
      "In 2012, banks issued 820 million yuan of small loans to poor households, and the repayment rate was 97.1%.",
    );
    expect(l.get("97.1%")?.label).toMatch(/^Repayment rate of small loans/);
  });
});

describe("automatic labels: growth of a passive clause's subject", () => {
  it("'N km of roads were built …, up P%' is the growth of the roads built", () => {
    const l = read(
      "In 2012, 3,200 km of village roads were built or upgraded in the poor areas, up 8.4% over the previous year.",
    );
    expect(l.get("8.4%")?.label).toBe("Growth of village roads built over the previous year (percent)");
  });
});

describe("automatic labels: a value set by a verb of change", () => {
  it("'bringing the number of X to N' names the number of X", () => {
    const l = read(
      "The programme enrolled 2,100 new students, bringing the number of students at school to 6,400.",
    );
    expect(l.get("6,400")?.label).toBe("Number of students at school");
  });
});

describe("automatic labels: a count opening its sentence", () => {
  it("is read in its own sentence, with its verb's prepositional object", () => {
    const l = read(
      "The villages built new clinics. 52,000 poor people benefited directly from the projects.",
    );
    expect(l.get("52,000 poor people")?.label).toBe("Poor people that benefited from the projects");
  });
});

describe("automatic labels: an adverbial 'in turn'", () => {
  it("'the X in turn comprised N yuan of Y' keeps X as the doer", () => {
    const l = read(
      "The county allocated 90 million yuan; the county allocation in turn comprised 60 million yuan of road funds and 30 million yuan of water funds.",
    );
    expect(l.get("60 million yuan")?.label).toBe("Road funds comprised by the county allocation");
  });
});

describe("automatic labels: a measure added after ';'", () => {
  it("belongs to the nearest amount before it", () => {
    const l = read(
      "The province invested 40 million yuan of discount funds, and banks issued 900 million yuan of small loans to poor households; the income growth per household reached 2,300 yuan.",
    );
    expect(l.get("2,300 yuan")?.label).toMatch(/^Income growth per household of small loans/);
  });
});

describe("automatic labels: parts after a colon", () => {
  it("'…, fulfilling P% …, with a total investment of N: X of M and K raised by Y' keep their own names", () => {
    const l = read(
      "The task was completed in 820 villages, fulfilling 102.5% of the annual task, with a total investment of RMB 1.2 billion: fiscal funds of 700 million yuan and 500 million yuan raised by the farmers themselves.",
    );
    expect(l.get("700 million yuan")?.label).toBe("Fiscal funds");
    expect(l.get("500 million yuan")?.label).toBe("Funds raised by the farmers themselves");
  });
});

describe("automatic labels: no owner for a measure per unit", () => {
  it("'the income growth per household reached N, and the repayment rate was P%' keeps the bare rate", () => {
    const l = read(
      "The funds supported 6,300 member households, the income growth per household reached 1,100 yuan, and the repayment rate was 98.7%.",
    );
    expect(l.get("98.7%")?.label).toBe("Repayment rate");
  });
});

describe("automatic labels: a present participle inside the subject", () => {
  it("'the organs carrying out X invested N' names the organs as doers, not X", () => {
    const l = read(
      "The central organs and enterprises carrying out paired assistance in the province invested funds and materials worth 46.2 million yuan in the key counties.",
    );
    expect(l.get("46.2 million yuan")?.label).toMatch(
      /by the central organs and enterprises carrying out paired assistance/,
    );
  });
});
