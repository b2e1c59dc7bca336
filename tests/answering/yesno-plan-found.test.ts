// Yes/no checks against a plan on a report nobody annotated, where the plan and the result are
// written in ways the first reading missed: "completing N% of the planned task of M households"
// (a plan named by "planned task"), a result whose label does not say what it is of ("funds
// issued") found through the plan the question names, and a bound that is the plan itself
// ("at least the N villages it planned"). The reply gives the verdict, the achieved figure, the
// plan and the percentage of plan.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Relocation for poverty alleviation":
    "In 2012, the province invested 52.5 million Yuan of anti-poverty funds for relocation and moved 3,520 households and 12,880 poor people out of deep mountains, completing 110% of the planned task of 3,200 households.",
  "Microfinance and mutual funds":
    "In 2012, the province invested a total of 44 million Yuan of small loan discount funds in the key counties. The province planned to issue 1.2 billion Yuan of small loans in the year. As of the end of December, it had issued a total of 1.02 billion Yuan, accounting for 85% of the annual plan, helping 35,100 poor households develop income-generating industries.",
  "Entire village advancement":
    "In 2012, the province planned to carry out entire village advancement in 800 poor villages, and actually completed 836 villages.",
});

const firstLine = (q: string) => engine.answer(q).text.split("\n")[0]!;

describe("a plan written 'the planned task of N'", () => {
  it("is the plan of the result its share is given for", () => {
    const a = engine.answer("Did the relocation program hit its planned number of households in 2012?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 3520 });
    expect(firstLine("Did the relocation program hit its planned number of households in 2012?")).toContain(
      "3,200 households",
    );
  });
});

describe("a result whose own label does not name what the plan names", () => {
  it("is found through the plan the question names", () => {
    const q = "Did Gansu meet its small loan target for 2012?";
    expect(engine.answer(q)).toMatchObject({ type: "yesno", verdict: "no", value: 1_020_000_000 });
    const line = firstLine(q);
    expect(line).toContain("1.2 billion Yuan");
    expect(line).toContain("85% of plan");
  });

  it("cites the plan and the stated percentage of plan beside the result", () => {
    const a = engine.answer("Did Gansu meet its small loan target for 2012?");
    const cited = a.citations.map((c) => c.written);
    expect(cited).toEqual(expect.arrayContaining(["1.02 billion Yuan", "1.2 billion Yuan", "85%"]));
  });

  it("answers a question put in the negative with the verdict to what it asked", () => {
    const a = engine.answer("Did the province fall short of its small loan target?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 1_020_000_000 });
  });
});

describe("a bound that is the plan the question names", () => {
  it("checks the result against it, not the plan against itself", () => {
    const q = "Did the province complete entire village advancement in at least the 800 villages it planned?";
    expect(engine.answer(q)).toMatchObject({ type: "yesno", verdict: "yes", value: 836 });
    expect(firstLine(q)).toContain("of plan");
  });

  it("in the negative, gives the verdict to what was asked", () => {
    const a = engine.answer("Did the province fall short of the 800 villages it planned?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 836 });
  });
});

describe("how far a result fell short of a plan the question names", () => {
  it("is worked out from the result the plan belongs to", () => {
    const a = engine.answer("By how much did small loan issuance fall short of the annual plan?");
    expect(a).toMatchObject({ type: "derived", value: 180_000_000 });
  });
});
