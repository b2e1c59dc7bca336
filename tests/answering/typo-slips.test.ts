// A key beside the one meant is as likely a slip as a dropped letter, on a report nobody annotated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { respelling } from "../../src/answering/respell.js";
import { SLIP, oneSlipAway } from "../../src/text/typos.js";
import { BELT_REPORT } from "../support/belt-report.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine(BELT_REPORT);
});
afterAll(removeMadeUpReports);

describe("oneSlipAway: a key beside the one meant", () => {
  it("is as likely a slip as two letters swapped, and likelier than any other wrong letter", () => {
    const found = oneSlipAway("pwrson", (w) => ["person", "parson"].includes(w));
    expect(found.find((f) => f.word === "person")?.slip).toBe(SLIP.neighbour);
    expect(SLIP.neighbour).toBe(SLIP.swapped);
    expect(found.find((f) => f.word === "parson")?.slip).toBe(SLIP.wrong);
  });
});

describe("oneSlipAway: a letter typed twice", () => {
  it("is as likely a slip as two letters swapped or a key beside", () => {
    expect(SLIP.doubled).toBe(SLIP.swapped);
    // Ranked after the key beside, "countties" read as the everyday "countries".
    expect(respelling("countties", engine.index)).toBe("counties");
  });
});

describe("oneSlipAway: the first letter", () => {
  it("is seldom the one slipped: a slip there is the least likely kind", () => {
    const found = oneSlipAway("rutal", (w) => ["rural", "brutal"].includes(w));
    expect(found.map((f) => f.word)).toEqual(["rural", "brutal"]);
    expect(found.find((f) => f.word === "brutal")?.slip).toBe(SLIP.stray);
  });
});

describe("respelling: a report word a key away beats a rarer everyday word a letter away", () => {
  it("reads a non-word as the report word a neighbouring key makes, not an everyday word with a letter added", () => {
    expect(respelling("rutal", engine.index)).toBe("rural");
    expect(respelling("persins", engine.index)).toBe("persons");
    expect(respelling("licing", engine.index)).toBe("living");
  });

  it("still corrects the plain slips", () => {
    expect(respelling("countes", engine.index)).toBe("counties");
    expect(respelling("farmrs", engine.index)).toBe("farmers");
  });
});
