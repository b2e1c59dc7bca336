import { describe, expect, it } from "vitest";
import { formOf, planShareIn, thresholdIn } from "../../src/answering/forms.js";

describe("formOf: comparisons", () => {
  it("reads 'did A or B do better (against its target)' as which is larger, 'worse' as smaller", () => {
    expect(formOf("did the training or the job transfers do better against their target?")).toMatchObject({
      type: "comparison",
      left: "training",
      right: "job transfers",
      wants: "larger",
    });
    expect(formOf("which did worse, the wells or the ponds?")).toMatchObject({ wants: "smaller" });
  });

  it("says whether a comparison's words, a programme's name masked, name a plan", () => {
    const masked = "under the programme, were more people trained or placed in jobs?";
    expect(
      formOf("under the rain plan, were more people trained or placed in jobs?", masked),
    ).not.toHaveProperty("plans");
    expect(formOf("2010 total investment vs 2011 planned investment, which was higher?")).toMatchObject({
      type: "comparison",
      plans: true,
    });
  });

  it("keeps the right side's own phrase when both sides are built alike ('the N for A or the M for B')", () => {
    expect(
      formOf("which was larger: the road funds for towns or the well money for the villages?"),
    ).toMatchObject({
      type: "comparison",
      left: "road funds for towns",
      right: "well money for the villages",
    });
    // A side without a phrase of its own leaves the phrase after the other side shared.
    expect(formOf("which was larger, the road funds or the well money for the villages?")).toMatchObject({
      right: "well money",
    });
  });

  it("reads 'which …, A or B' with a shared frame before a colon", () => {
    expect(
      formOf("which was bigger in 2011's funds: the central contribution or the social funds?"),
    ).toMatchObject({
      type: "comparison",
      left: "central contribution",
      right: "social funds",
      wants: "larger",
      yesNo: false,
    });
  });

  it("shares the measure before the comma after a colon's frame ('<programme>: which had the bigger M, A or B?')", () => {
    expect(formOf("road pilots: which town had the larger planned budget, dongcun or xicun?")).toMatchObject({
      type: "comparison",
      left: "dongcun",
      right: "xicun",
      wants: "larger",
    });
  });

  it("keeps a right side's own phrase when cutting it would leave only words of the left side", () => {
    expect(
      formOf("did more people get road training for driving jobs or training in tea growing?"),
    ).toMatchObject({ type: "comparison", right: "training in tea growing" });
  });

  it("keeps a choice a choice when the difference is asked after it ('…, and by how much?')", () => {
    for (const tail of [", and by how much?", " and how much bigger?", ", and what is the difference?"])
      expect(formOf(`which was larger, the wells or the ponds${tail}`), tail).toMatchObject({
        type: "comparison",
        left: "wells",
        right: "ponds",
      });
    // "How many more A than B" alone still asks for the difference itself.
    expect(formOf("how many more wells than ponds were dug?")).toBeUndefined();
  });

  it("shares a setting put before the asking clause, and the bare verb after do-support, between the sides", () => {
    const form = formOf("for the road projects, did the towns or the villages build more bridges?");
    expect(form).toMatchObject({ type: "comparison", left: "towns", right: "villages" });
    expect(form?.type === "comparison" && form.shared).toContain("road projects");
    expect(form?.type === "comparison" && form.shared).toContain("build more bridges");
  });

  it("keeps the phrase a participle governs with a side that opens with it ('… or repaired by B in 2012')", () => {
    expect(formOf("were more wells dug by the towns or repaired by the counties in 2012?")).toMatchObject({
      type: "comparison",
      right: "repaired by the counties",
      shared: "in 2012",
    });
  });

  it("marks the difference as what is singled out when asked after the choice, keeping its unit", () => {
    expect(formOf("which paid more, the wells or the ponds, and by how much per village?")).toMatchObject({
      type: "comparison",
      left: "wells",
      right: "ponds",
      difference: true,
    });
    expect(formOf("were more wells dug than ponds, and by how many?")).toMatchObject({
      type: "comparison",
      yesNo: true,
      difference: true,
    });
    expect(formOf("which paid more, the wells or the ponds?")).not.toHaveProperty("difference");
  });

  it("reads 'between A and B, which …' and the imperative 'compare A with B' as a choice", () => {
    expect(formOf("between the wells and the ponds, which number is higher?")).toMatchObject({
      type: "comparison",
      left: "wells",
      right: "ponds",
      wants: "larger",
    });
    expect(formOf("please compare the wells with the ponds")).toMatchObject({
      type: "comparison",
      left: "wells",
      right: "ponds",
    });
  });

  it("ends the second side where the shared words begin", () => {
    expect(
      formOf("were there more reservoirs or water cellars built under village advancement?"),
    ).toMatchObject({ left: "reservoirs", right: "water cellars" });
  });

  it("reads 'was A more than B' as a yes/no comparison, singling out the smaller when asked", () => {
    expect(formOf("was the discount funding bigger than what the enterprises donated?")).toMatchObject({
      type: "comparison",
      yesNo: true,
      wants: "larger",
    });
    expect(formOf("were fewer households helped by loans than by mutual funds?")).toMatchObject({
      type: "comparison",
      wants: "smaller",
    });
  });

  it("reads sides after a shared preposition as places or means, the words before them as shared", () => {
    expect(formOf("were more wells dug in the hill villages or in the river villages?")).toMatchObject({
      left: "the hill villages",
      right: "the river villages",
      shared: "wells dug",
      alike: true,
    });
    // "than" with the same preposition on both sides: the subject is what both measure, and
    // "the 2010 ones" is the same thing in another year.
    expect(
      formOf("was the county's grant larger for the 2012 projects than for the 2010 ones?"),
    ).toMatchObject({
      left: "the 2012 projects",
      right: "the 2010 projects",
      shared: "county's grant",
      yesNo: true,
      alike: true,
    });
  });

  it("keeps a participle with a side that has its own article", () => {
    expect(formOf("which was larger, the county funds or the money raised by the villagers?")).toMatchObject({
      left: "county funds",
      right: "money raised by the villagers",
      shared: "",
    });
    expect(formOf("were there more wells or ponds built under the programme?")).toMatchObject({
      right: "ponds",
      shared: "built under the programme",
    }); // Any participle, not only the verbs a report happens to use.
    expect(
      formOf("which was larger, the county funds or the money collected by the villagers?"),
    ).toMatchObject({
      right: "money collected by the villagers",
    });
    expect(formOf("were there more wells or ponds dug under the programme?")).toMatchObject({
      right: "ponds",
      shared: "dug under the programme",
    });
  });

  it("leaves 'how many more … than' to the derivations and 'compared with the year before' to changes", () => {
    expect(formOf("how many more reservoirs than cellars were built?")).toBeUndefined();
    expect(formOf("by what percentage did funds grow compared with the year before?")).toBeUndefined();
  });
});

describe("formOf: checks", () => {
  it("measures a result against its plan, the comparator read from the verb", () => {
    expect(formOf("did the rain plan meet its target?")).toEqual({
      type: "check",
      against: "plan",
      op: ">=",
    });
    expect(formOf("did job transfers exceed the scheduled task?")).toEqual({
      type: "check",
      against: "plan",
      op: ">",
    });
    expect(formOf("did the programme move more households than planned?")).toEqual({
      type: "check",
      against: "plan",
      op: ">",
    });
    expect(formOf("did relocation fall short of the plan?")).toEqual({
      type: "check",
      against: "plan",
      op: "<",
    });
  });

  it("prefers a stated threshold, and reads 'all N' as one", () => {
    expect(formOf("were the care packages worth over 5 million yuan?")).toMatchObject({
      against: "threshold",
      op: ">",
      threshold: 5_000_000,
    });
    expect(formOf("was work under way in all 251 villages?")).toMatchObject({
      against: "threshold",
      op: ">=",
      threshold: 251,
    });
  });

  it("reads changes on the previous year and parts that should add up", () => {
    expect(formOf("did the funds go up from last year?")).toEqual({
      type: "check",
      against: "previous",
      op: ">",
    });
    expect(formOf("do the sources of the funds add up to the total?")).toEqual({
      type: "check",
      against: "parts",
    });
  });

  it("is no form for a plain question, and the plan words of a name are masked by the caller", () => {
    expect(formOf("how many households were relocated?")).toBeUndefined();
    expect(formOf("did the rain plan train people?", "did the programme train people?")).toBeUndefined();
  });
});

describe("formOf: a result against a share of its plan", () => {
  it("reads a fraction or a percentage of the plan, and a margin over it, as a bound on the share of plan", () => {
    expect(planShareIn("did it spend more than half of its total budget target?")).toEqual({
      op: ">",
      share: 50,
    });
    expect(planShareIn("had it reached a third of the plan?")).toEqual({ op: ">=", share: 100 / 3 });
    expect(planShareIn("did it top the annual target by at least 20 percent?")).toEqual({
      op: ">=",
      share: 120,
    });
    expect(planShareIn("were there over 5% more trainees than planned?")).toEqual({ op: ">", share: 105 });
    expect(planShareIn("did it exceed the target?")).toBeUndefined();
  });

  it("reads a fraction of a total or a budget as a fraction of the plan it was to be", () => {
    expect(planShareIn("had the county spent more than a third of its total funds?")).toEqual({
      op: ">",
      share: 100 / 3,
    });
    expect(planShareIn("was at least half the budget used?")).toEqual({ op: ">=", share: 50 });
  });

  it("makes it a plan check before any threshold the percentage would be", () => {
    expect(formOf("did the programme beat its quota by more than 8%?")).toEqual({
      type: "check",
      against: "plan",
      op: ">",
      share: 108,
    });
  });

  it("is a yes/no question when it opens with when it asks about, comma or not", () => {
    expect(formOf("by the end of june had the county reached three quarters of its target?")).toMatchObject({
      against: "plan",
      share: 75,
    });
  });
});

describe("thresholdIn", () => {
  it("reads a bound written before its comparator ('N or more')", () => {
    expect(thresholdIn("by 1,500 yuan or more")).toMatchObject({ op: ">=", value: 1500 });
    expect(thresholdIn("20 villages or fewer")).toMatchObject({ op: "<=", value: 20 });
    expect(thresholdIn("2010 or later")).toBeUndefined();
  });

  it("scales amounts and tells an amount from a year", () => {
    expect(thresholdIn("more than a million people")).toMatchObject({ op: ">", value: 1_000_000 });
    expect(thresholdIn("at least 2,000 yuan")).toMatchObject({ op: ">=", value: 2000 });
    expect(thresholdIn("more than 2000 yuan")).toMatchObject({ value: 2000 });
    expect(thresholdIn("more than 2010")).toBeUndefined();
    expect(thresholdIn("over 30%")).toMatchObject({ value: 30, percent: true });
  });

  it("reads a bound after the rate it is of, leaving the rate's words out of the bound", () => {
    expect(thresholdIn("did the wells reach a coverage rate of 80%?")).toMatchObject({
      op: ">=",
      value: 80,
      percent: true,
      text: "80%",
    });
    expect(thresholdIn("had the loans hit a repayment ratio of 98 percent")).toMatchObject({
      value: 98,
      text: "98 percent",
    });
    expect(formOf("had the loans reached a repayment rate of 98%?")).toMatchObject({
      type: "check",
      against: "threshold",
      threshold: 98,
    });
  });
});

describe("formOf: a statement and its negation as the alternative", () => {
  it("reads '… or not?' and '…, yes or no?' as yes/no questions", () => {
    expect(formOf("the wells beat their plan or not?")).toMatchObject({ type: "check", against: "plan" });
    expect(formOf("they dug over 50 wells, yes or no?")).toMatchObject({
      type: "check",
      against: "threshold",
      op: ">",
      threshold: 50,
    });
  });
});

describe("formOf: rates compared", () => {
  it("reads 'which grew faster: A or B?' as a comparison wanting the larger", () => {
    expect(
      formOf("which grew faster in 2013: farmer income in the 22 counties or in the 62 key counties?"),
    ).toMatchObject({
      type: "comparison",
      left: "the 22 counties",
      right: "the 62 key counties",
      wants: "larger",
    });
  });

  it("still reads a yes/no question that names a gap as a comparison ('did A have 10 more X than B?')", () => {
    expect(formOf("did the first batch have 10 more villages than the second batch?")).toMatchObject({
      type: "comparison",
      yesNo: true,
    });
  });

  it("reads a gap the question states ('grew 2.9 points faster than B') as no comparison", () => {
    expect(
      formOf(
        "if income in the key counties grew 2.9 points faster than the provincial average, what was the provincial average growth?",
      ),
    ).toBeUndefined();
  });
});

describe("formOf: a result against its plan", () => {
  it("reads 'fewer <object> <place> than it planned' as below the plan, however long the object", () => {
    expect(
      formOf(
        "did the county build fewer drinking water ponds in the mountain areas than it planned in 2012?",
      ),
    ).toMatchObject({
      type: "check",
      against: "plan",
      op: "<",
    });
  });
});

describe("formOf: every one of them, asked yes or no", () => {
  it("reads 'every (single) X' in a yes/no question as all of them", () => {
    expect(formOf("was work under way in every single village of the project?")).toEqual({
      type: "check",
      against: "whole",
    });
    expect(formOf("did every county finish its projects?")).toEqual({ type: "check", against: "whole" });
  });

  it("leaves 'for every X' in a question for an amount to the average", () => {
    expect(formOf("how much was spent for every village of the project?")).toBeUndefined();
  });
});

describe("formOf: a bound followed by a programme's name", () => {
  it("does not read the plan word of a name after the bound as the bound being a plan", () => {
    const english = "did more than 200,000 rain plan folks get placed in jobs?";
    const cues = "did more than 200,000 the programme folks get placed in jobs?";
    expect(formOf(english, cues)).not.toHaveProperty("boundIsPlan");
    expect(formOf("did it train more than 200,000 planned trainees?")).toHaveProperty("boundIsPlan", true);
  });
});

describe("thresholdIn: an amount written with its currency before it", () => {
  it("reads 'more than RMB 700 million' as a bound of 700 million, and the question as a check", () => {
    expect(thresholdIn("did the villages earn more than rmb 700 million?")).toMatchObject({
      op: ">",
      value: 700_000_000,
    });
    expect(thresholdIn("was it over ¥1,500?")).toMatchObject({ op: ">", value: 1500 });
    expect(formOf("did the villages earn more than rmb 700 million?")).toMatchObject({
      type: "check",
      against: "threshold",
    });
  });
});

describe("formOf: a comparative inside a side's name", () => {
  it("reads 'which had more …: A or the Greater and Lesser B area' with B whole", () => {
    expect(
      formOf("which had more poor people: the dabie mountain area or the greater and lesser huai area?"),
    ).toMatchObject({
      type: "comparison",
      left: "dabie mountain area",
      right: "greater and lesser huai area",
    });
  });
});
