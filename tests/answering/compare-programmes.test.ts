// A side that only names a programme stands for the programme's whole (judge.ts programmeWhole):
// "which got more money, A or B?" weighs the totals the sections state, not one part of a total
// ("of which N was provincial funds") that the side's words happened to rank first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { madeUpEngine, madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Drinking water safety":
    "In 2011, the province solved the drinking water safety problems of 900,000 rural people. A total of 700 million Yuan of poverty alleviation funds was invested, of which 450 million Yuan was from the central government, 150 million Yuan was provincial funds and 100 million Yuan was raised by the masses.",
  "Relocation for poverty alleviation":
    "In 2011, the province invested a total of 420 million Yuan for relocation and moved 30,000 poor people out of mountain areas.",
});

describe("a side naming a programme", () => {
  it("is the programme's stated total, not one of its parts", () => {
    const a = engine.answer(
      "Which got more money, drinking water safety or relocation for poverty alleviation?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 700_000_000 });
  });

  it("is the stated total on a report nobody annotated, where a part's words rank first", () => {
    const gansu = join(PROJECT_ROOT, "tests", "fixtures", "reports", "gansu-2011");
    const alone = madeUpEngine(
      readFileSync(join(gansu, "report.txt"), "utf8"),
      JSON.parse(readFileSync(join(gansu, "meta.json"), "utf8")),
    );
    const a = alone.answer("Which received more money in 2011: drinking water safety or relocation?");
    expect(a).toMatchObject({ type: "comparison", value: 924_600_000 });
    expect(a.text).toContain("516.8 million Yuan");
  });

  it("keeps a side that names a giver within the programme", () => {
    const a = engine.answer(
      "For drinking water safety, did the central government or the masses put in more money?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 450_000_000 });
  });
});
