// "How many people got out of poverty?" asks for the year's flow out of poverty, not the level the
// poor population stood at, though both count the rural poor (poverty-exit.ts). A made-up report.
import { afterAll, describe, expect, it } from "vitest";
import { exitBeforeLevel, speaksOfLeavingPoverty } from "../../src/answering/poverty-exit.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import type { Question } from "../../src/answering/understand.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("speaksOfLeavingPoverty", () => {
  it("reads the ways a text says people left poverty", () => {
    expect(speaksOfLeavingPoverty("lifted 820,000 rural poor residents out of poverty")).toBe(true);
    expect(speaksOfLeavingPoverty("helped 1.1 million people get rid of poverty")).toBe(true);
    expect(speaksOfLeavingPoverty("how many households shook off poverty")).toBe(true);
    expect(speaksOfLeavingPoverty("how many people escaped absolute poverty")).toBe(true);
  });

  it("does not read money paid out of poverty funds or a falling level as leaving poverty", () => {
    expect(speaksOfLeavingPoverty("paid out of poverty alleviation funds")).toBe(false);
    expect(speaksOfLeavingPoverty("the poor population dropped to 4.28 million")).toBe(false);
  });
});

const ranked = (label: string, context: string, coverage: number) =>
  ({ entry: { label, context, kind: "count", report: "r" }, coverage }) as unknown as RankedEntry;
const asked = (english: string) => ({ english, language: "en" }) as unknown as Question;

describe("exitBeforeLevel", () => {
  const level = ranked("Number of rural poor people in the province", "dropped to 4.28 million this year", 1);
  const exit = ranked(
    "Rural poor residents lifted",
    "lifted 820,000 rural poor residents out of poverty",
    0.92,
  );

  it("takes the poor population's fall over the year as the people who left poverty", () => {
    const fall = ranked(
      "Decrease of rural poor population",
      "reduced its rural poor population by 1.3 million",
      0.93,
    );
    expect(exitBeforeLevel(asked("how many rural poor people got out of poverty?"), [level, fall])[0]).toBe(
      fall,
    );
  });

  it("takes the poor population's fall though it lacks the question's words for leaving poverty", () => {
    const fall = ranked(
      "Decrease of rural poor population",
      "reduced its rural poor population by 90,000",
      0.8,
    );
    expect(
      exitBeforeLevel(asked("how many rural poor people were lifted out of poverty?"), [level, fall])[0],
    ).toBe(fall);
  });

  it("puts a near figure that left poverty before the level when leaving poverty is asked", () => {
    expect(exitBeforeLevel(asked("how many rural poor people got out of poverty?"), [level, exit])[0]).toBe(
      exit,
    );
  });

  it("finds a fall that matches more of the question than the level however far down it ranks", () => {
    const others = [0.9, 0.9, 0.9, 0.9].map((c, i) => ranked(`Rural labourers trained ${i}`, "trained", c));
    const fall = ranked(
      "Decrease of rural poor population",
      "reduced its rural poor population by 1.3 million",
      1,
    );
    const far = ranked(
      "Decrease of rural poor population",
      "reduced its rural poor population by 1.3 million",
      0.95,
    );
    const ask = asked("how many rural people got out of poverty?");
    expect(exitBeforeLevel(ask, [level, ...others, fall])[0]).toBe(fall);
    expect(exitBeforeLevel(ask, [level, ...others, far])[0]).toBe(level);
  });

  it("keeps the level first when the question asks no exit, or the exit matches far less", () => {
    expect(exitBeforeLevel(asked("how many rural poor people were there?"), [level, exit])[0]).toBe(level);
    const far = { ...exit, coverage: 0.6 };
    expect(exitBeforeLevel(asked("how many rural poor people got out of poverty?"), [level, far])[0]).toBe(
      level,
    );
  });
});

describe("people who left poverty against the poor population", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, Gansu Province lifted 820,000 rural poor residents out of poverty, and the number of rural poor people in the province dropped from 5.1 million last year to 4.28 million this year.",
  });

  it("answers with the figure that says it left poverty", () => {
    expect(engine.answer("How many rural poor people did Gansu get out of poverty in 2012?").value).toBe(
      820_000,
    );
  });

  it("still answers a question about the level with the level", () => {
    expect(engine.answer("How many rural poor people were there in the province in 2012?").value).toBe(
      4_280_000,
    );
  });
});
