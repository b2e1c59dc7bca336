import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { queryTerms } from "../../src/answering/rank.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const glossary = fromTerms({});
const read = (q: string) => understand(q, glossary, { names: ["rain plan"] });

describe("understand: derivations asked for in any wording", () => {
  it("reads per household / each / for every as an average, without the word 'average'", () => {
    expect(read("how much money was there for each household moved?").derivation).toEqual({
      type: "average",
      perUnit: "households",
    });
    expect(read("how much per person trained?").derivation).toEqual({ type: "average", perUnit: "people" });
  });

  it("reads 'per Yuan of' as a ratio of two money figures", () => {
    expect(read("how many yuan of loans did each yuan of discount funds bring in?").derivation).toEqual({
      type: "ratio",
      per: "discount funds",
    });
  });

  it("reads differences from a plan in the direction asked", () => {
    expect(read("how many more villages finished than were planned?").derivation).toEqual({
      type: "versus-plan",
      sign: 1,
    });
    expect(read("how many fewer households moved than planned?").derivation).toEqual({
      type: "versus-plan",
      sign: -1,
    });
    expect(read("by how many people did the training beat its annual plan?").derivation).toEqual({
      type: "versus-plan",
      sign: 1,
    });
    // An adjective before the plan, and "how many X beyond / short of the plan".
    expect(read("how many more wells were dug than the yearly plan asked for?").derivation).toEqual({
      type: "versus-plan",
      sign: 1,
    });
    expect(read("how many households above the target were moved?").derivation).toEqual({
      type: "versus-plan",
      sign: 1,
    });
    expect(read("how many people short of the plan were trained?").derivation).toEqual({
      type: "versus-plan",
      sign: -1,
    });
  });

  it("reads 'by how much did A exceed B' as a difference, and 'in 2010 and 2011' as one thing in two years", () => {
    expect(read("by how much did the 2011 investment exceed the 2010 total?").derivation).toMatchObject({
      type: "difference",
      left: "the 2011 investment",
      right: "the 2010 investment",
    });
    expect(read("how much lottery money was there in 2010 and 2011 combined?").derivation).toEqual({
      type: "sum",
      left: "lottery money was there in 2010",
      right: "lottery money was there in 2011",
    });
  });

  it("reads 'how much more went into A than into B' with the words before the preposition shared", () => {
    expect(
      read("how much more road money went into the north counties than into the hill villages?").derivation,
    ).toEqual({
      type: "difference",
      left: "the north counties",
      right: "the hill villages",
      alike: true,
      way: "more",
    });
  });

  it("reads 'by how many did X <any verb> its plan' as a difference from the plan", () => {
    expect(read("by how many villages did the work outrun its yearly target?").derivation).toEqual({
      type: "versus-plan",
      sign: 1,
    });
    expect(read(`by how many ${"word ".repeat(3000)}x`).derivation).toBeUndefined();
    // Two words naming which plan ("its annual training plan"); a plan word that only modifies
    // another noun after an auxiliary and a year ("did the 2011 planned investment exceed …") is none.
    expect(read("by how many people did the scheme overshoot its annual training plan?").derivation).toEqual({
      type: "versus-plan",
      sign: 1,
    });
    expect(
      read("by how much did the 2011 planned lottery investment exceed the 2010 total?").derivation?.type,
    ).toBe("difference");
  });

  it("reads the plan, totals of listed items and the rest of a whole", () => {
    expect(read("what was the scheduled task for job transfers?").derivation).toEqual({ type: "plan" });
    expect(read("how many villages did the pilots cover altogether?").derivation).toEqual({ type: "total" });
    expect(read("in how many of the villages was the work not yet under way?").derivation).toEqual({
      type: "complement",
    });
  });

  it("searches a plan question without the clause that says how far the result beat the plan", () => {
    const q = read(
      "what was the scheduled number of households moved, given how far the actual figure beat it?",
    );
    expect(q.derivation).toEqual({ type: "plan" });
    expect(q.terms.map((t) => t.surface)).toEqual(["scheduled", "households", "moved"]);
  });

  it("reads the two sides of a sum: 'A + B', 'by A and by B', and sides named before the asking clause", () => {
    expect(read("county + city together, how much did they spend?").derivation).toEqual({
      type: "sum",
      left: "county",
      right: "city",
    });
    expect(read("how many wells were dug by the villagers and by the county in all?").derivation).toEqual({
      type: "sum",
      left: "the villagers",
      right: "the county",
      alike: true,
    });
    expect(read("county + city: how much went into roads combined?").derivation).toMatchObject({
      type: "sum",
      left: "county",
      right: "city",
    });
  });

  it("reads what there was before some were added as the rest of the whole, not a date alone", () => {
    const before = "how many villages were already in the pilot before the 2012 additions?";
    expect(read(before).derivation).toEqual({ type: "complement" });
    expect(read("how many villages were in the pilot before the new ones were added?").derivation).toEqual({
      type: "complement",
    });
    expect(read("how many villages joined the pilot before 2012?").derivation).toBeUndefined();
  });

  it("asks for what remains only when 'not' comes after 'how many'", () => {
    expect(read("i do not know how many villages the pilots covered").derivation).toBeUndefined();
    expect(read("how many villages were not covered?").derivation).toEqual({ type: "complement" });
  });

  it("keeps a lead-in that asks for arithmetic, however little of it the knowledge knows", () => {
    const known = () => false;
    expect(
      understand("together, how many wells and cellars were dug?", glossary, { known }).derivation,
    ).toMatchObject({
      type: "sum",
    });
  });

  it("does not read a name as a cue: the Rain Plan asks for no plan", () => {
    expect(read("how many people did the rain plan train?").derivation).toBeUndefined();
  });

  it("starts the question at its question word after a greeting, keeping a preposition", () => {
    const known = (w: string) => ["households", "relocated"].includes(w);
    expect(understand("yo bot how many households were relocated", glossary, { known }).english).toBe(
      "how many households were relocated",
    );
    expect(understand("real quick by how much did it grow", glossary, { known }).english).toBe(
      "by how much did it grow",
    );
  });

  it("drops a lead-in that only cites the report, though the knowledge has its words", () => {
    const known = (w: string) => ["according", "report", "cities", "provided", "grow", "loans"].includes(w);
    expect(
      understand("According to the report, which cities provided the aid?", glossary, { known }).english,
    ).toBe("which cities provided the aid?");
    expect(understand("Based on the report, by how much did loans grow?", glossary, { known }).english).toBe(
      "by how much did loans grow?",
    );
  });

  it("keeps a lead-in that names a topic beside the report", () => {
    const known = (w: string) => ["report", "loans", "grow"].includes(w);
    expect(understand("For loans in the report, how much did they grow?", glossary, { known }).english).toBe(
      "for loans in the report, how much did they grow?",
    );
  });
});

describe("understand: a share the question works from is an input, not the kind asked for", () => {
  it("reads 'the total target, given the share reached' as a plan in money, not a percentage", () => {
    const q = read(
      "What is the total target of funds for the World Bank project, given the share reached by November 30?",
    );
    expect(q.derivation?.type).toBe("plan");
    expect(q.kinds).not.toContain("percent");
  });

  it("still reads a share asked for as a percentage", () => {
    expect(read("What share of the target had been reached by November 30?").kinds[0]).toBe("percent");
  });
});

describe("understand: a rate compared", () => {
  it("asks for percentages when the question compares how fast things grew", () => {
    expect(
      read("Which grew faster, farmer income in the 22 counties or in the 62 key counties?").kinds[0],
    ).toBe("percent");
  });
});

describe("understand: what the asker rules out", () => {
  it("drops '(not the relocation one)' and ', not the ones for relocation' from what is searched", () => {
    expect(
      read("how many bridges did the whole village thing build (not the relocation one) thx").english,
    ).not.toMatch(/relocation/);
    expect(read("how many bridges were built, not the ones for relocation").english).not.toMatch(
      /relocation/,
    );
  });

  it("keeps a 'not' that is part of what is asked", () => {
    expect(read("how many project villages did not start the work").english).toMatch(/not start the work/);
  });
});

describe("understand: the kind of figure a change question wants", () => {
  it("'by how much did X grow' takes a rate first, then an amount", () => {
    expect(read("By how much did the financial funds grow over the previous year?").kinds).toEqual([
      "percent",
      "money",
      "count",
    ]);
    expect(read("how much did farmers' income grow?").kinds[0]).toBe("percent");
  });

  it("'how much did <someone> <verb>' asks an amount, not a count of the one who acted", () => {
    expect(read("how much did the villagers themselves chip in for the roads?").kinds).toEqual([
      "money",
      "area",
    ]);
    expect(read("By how much did the poor population go down?").kinds).toContain("count");
    expect(read("how much did the number of poor people decrease?").kinds).toContain("count");
  });

  it("aid is money: 'how much of the aid' asks an amount of money, not a count", () => {
    expect(read("How much of the city's aid went to school projects?").kinds).toEqual(["money"]);
    expect(read("How many households received aid?").kinds).toEqual(["count"]);
  });

  it("'how many' things counts them, though a money word follows; 'how many loans' may be an amount", () => {
    expect(read("how many care packages were donated to students in 2011").kinds).toEqual(["count"]);
    expect(read("how many loans were issued to poor households?").kinds).toEqual(["money", "count"]);
    expect(read("how many million were invested?").kinds).toEqual(["money", "count"]);
  });

  it("'each' takes up to three modifiers before the unit it divides by", () => {
    expect(read("how much did each newly registered poor household get?").derivation).toEqual({
      type: "average",
      perUnit: "households",
    });
  });

  it("the verb after the counted things says what they did: 'how many firms invested' counts firms", () => {
    expect(read("how many coastal firms invested in the county in 2012").kinds).toEqual(["count"]);
    expect(read("how many donors contributed to the fund?").kinds).toEqual(["count"]);
    expect(read("how many funds invested in the county?").kinds).toEqual(["money", "count"]);
  });

  it("'how large' asks an area unless a money word says what is large", () => {
    expect(read("How large were the provincial matching funds in 2011?").kinds).toEqual(["money"]);
    expect(read("How large were the relocation houses built?").kinds[0]).toBe("area");
  });

  it("an amount asked for in so many words keeps money first", () => {
    expect(read("How much money did the funds go up by in absolute terms?").kinds[0]).toBe("money");
  });

  it("an amount the question states is given, not the kind of figure asked for", () => {
    expect(read("What was the incidence of poverty under the new 2,300 yuan line?").kinds).not.toContain(
      "money",
    );
    expect(read("How much of the 4.4 billion yuan came from the centre?").kinds[0]).toBe("money");
  });

  it("something that fell is not a change unless the question asks by how much", () => {
    expect(read("how much rain fell in 2011?").kinds).not.toContain("percent");
    expect(read("by how much did the poor population fall?").kinds[0]).toBe("percent");
  });
});

describe("queryTerms: spelling correction", () => {
  const terms = (q: string) => {
    const engine = realEngine();
    return queryTerms(understand(q, glossary, { known: (w) => engine.index.hasTerm(w) }), engine.index).map(
      (t) => t.term,
    );
  };

  it("corrects a misspelling into a report word", () => {
    expect(terms("how many peple did the rain plan trian")).toEqual(
      expect.arrayContaining(["peopl", "train"]),
    );
  });

  it("a respelt word takes the synonyms of the word it was respelt into", () => {
    const engine = realEngine();
    const q = understand("how many poeple were lifted out of poverty", glossary, {
      known: (w) => engine.index.hasTerm(w),
    });
    const people = queryTerms(q, engine.index).find((t) => t.term === "peopl");
    expect(people?.alts.map((a) => a.term)).toContain("resid");
  });

  it("never turns a real English word the report lacks into a report word", () => {
    expect(terms("what was the weather in 2011")).not.toContain("water");
  });

  it("lets a derived form meet its base", () => {
    expect(terms("integrated departmental money")).toContain("depart");
  });
});

describe("queryTerms: a misspelling that is itself an English word", () => {
  const terms = (q: string) => {
    const engine = realEngine();
    return queryTerms(understand(q, glossary, { known: (w) => engine.index.hasTerm(w) }), engine.index).map(
      (t) => t.term,
    );
  };

  it("is respelt when the respelling fits most of the question's other words", () => {
    expect(terms("how many bridges and culverts were bilt in entire village advancment")).toContain("built");
    expect(terms("rain plan annul training plan")).toContain("annual");
  });

  it("is not respelt on the strength of one common word, nor into a word the question already has", () => {
    expect(terms("the grand total of anti poverty money")).not.toContain("grade");
    expect(terms("was the weather good for the water cellars")).toContain("?weather");
  });
});

describe("understand: the words of a comparison's form are not searched", () => {
  it("drops 'difference' when the question weighs two things and asks their difference", () => {
    const q = read("which was larger, the wells or the ponds, and what is the difference?");
    expect(q.form?.type).toBe("comparison");
    expect(q.terms.map((t) => t.surface)).not.toContain("difference");
  });
});

describe("understand: names asked for without a question word", () => {
  it("reads 'name the …', 'list the …' and 'the names of the …' of a plural noun as asking for names", () => {
    expect(read("name the villages that built wells").asksNames).toBe(true);
    expect(read("pls list all the projects in the mountain counties").asksNames).toBe(true);
    expect(read("what were the names of the towns with new schools?").asksNames).toBe(true);
    // A request of something that is not named by its instances is not a names question.
    expect(read("name the amount of money spent").asksNames).toBe(false);
  });
});

describe("understand: a part of a named whole", () => {
  it("measures the part named after the verb, and a plan word in the whole asks for no plan", () => {
    const q = read("how much of the planned road budget was county money?");
    expect(q.head).toEqual(["county", "money"]);
    expect(q.derivation).toBeUndefined();
    // The plan itself asked for is still a plan.
    expect(read("how much was the planned road budget?").derivation).toEqual({ type: "plan" });
  });
});

describe("understand: sums of more than two things", () => {
  it("marks a list of three or more to add, which two sides cannot hold", () => {
    expect(read("how much did the wells, ponds and canals cost altogether?").derivation).toMatchObject({
      type: "sum",
      more: true,
    });
    expect(read("how much did the wells and ponds cost altogether?").derivation).not.toHaveProperty("more");
  });

  it("is refused rather than answered with two of the parts or another total", () => {
    const a = realEngine().answer(
      "how much did the central, provincial and county governments give in total?",
    );
    expect(a.answered).toBe(false);
  });
});

describe("understand: hostile input", () => {
  it("reads a part-of-whole question ending in one very long word without backtracking for ever", () => {
    // The part's words are separated by spaces, so a long run of letters has one reading; a pattern
    // that let the words split anywhere took minutes on 800 letters.
    const q = read(`how much of the planned budget was ${"ab".repeat(2500)}1`);
    expect(q.english).toContain("abab");
  });
});

describe("understand: what people earn is money", () => {
  it("'earn', 'wage' and 'salary' ask for an amount of money", () => {
    expect(read("what did the trainees earn a month on average?").kinds).toEqual(["money"]);
    expect(read("what was the monthly wage of the migrant workers?").kinds).toEqual(["money"]);
    expect(read("what salary did the village doctors get?").kinds).toEqual(["money"]);
  });
});

describe("understand: the part left out and the sides of a sum", () => {
  it("reads 'outside X' as the rest of a whole, and 'A rather than B' as A first", () => {
    expect(read("how many people outside the key counties got safe water?").derivation).toEqual({
      type: "complement",
    });
    expect(read("how much of the loans went to cooperatives rather than households?").derivation).toEqual({
      type: "complement",
      namedFirst: true,
    });
  });

  it("reads 'how much X did A and B get' with the subjects as the sides", () => {
    expect(read("together, how much road money did Tianshui and Pingliang get?").derivation).toMatchObject({
      type: "sum",
      left: "tianshui",
    });
  });
});

describe("understand: a clause saying when, before the question", () => {
  it("asks for the main question's kind, not a date", () => {
    expect(read("When Henan fixed up whole villages, how many km of roads did they get?").kinds).toEqual([
      "length",
    ]);
  });

  it("still reads a question that asks when as asking for a date", () => {
    expect(read("When was the association founded?").kinds).toEqual(["date"]);
    expect(read("When, in 2011, was the association founded?").kinds).toEqual(["date"]);
  });
});

describe("understand: a level asked for by the change that led to it", () => {
  it("reads 'what did X fall to' as X's level: the verb is no search word", () => {
    const surfaces = (q: string) => read(q).terms.map((t) => t.surface);
    expect(surfaces("What did the poverty incidence fall to, according to the report?")).toEqual([
      "poverty",
      "incidence",
      "according",
    ]);
    expect(surfaces("How much did the funds fall by?")).toContain("fall");
  });
});

describe("understand: a place named '… Area'", () => {
  it("asks no measure of land when a capitalised name ends in 'Area'", () => {
    expect(read("What was the net income of farmers in the Qinling Mountain Area of Gansu?").kinds[0]).toBe(
      "money",
    );
  });

  it("reads a name ending in a lower-case 'area' as the place too", () => {
    expect(read("How many poor people lived in the Dabie Mountain area of Anhui?").kinds[0]).toBe("count");
  });

  it("still reads 'the area of' as a measure of land", () => {
    expect(read("What was the area of the terraced fields built?").kinds[0]).toBe("area");
    expect(read("What Area of farmland was improved?").kinds[0]).toBe("area");
  });
});
