// The crash matrix (tests/reliability/support/crash-matrix.ts) for a corrected facts file, a new
// report and a rollback. The replacement of a report is in crash-replace.test.ts, a save cut short
// by another machine and writes that fail in refresh-matrix.test.ts: apart, vitest runs the files on
// separate workers.
import { afterAll, beforeAll, describe, it } from "vitest";
import { ADD_REPORT, CORRECTED_FACTS, crashAtEachStep, ROLL_BACK } from "./support/crash-matrix.js";
import { disposeChild, prepareChild } from "./support/crash.js";
import { removeCopies } from "./support/disk.js";

afterAll(removeCopies);

describe("a crash in the middle of saving leaves the old version or the new one, complete, never a mix", () => {
  beforeAll(prepareChild);
  afterAll(disposeChild);

  it.each([CORRECTED_FACTS, ADD_REPORT, ROLL_BACK])(
    "$name: killed at each kind of step (every step with RELIABILITY_FULL=1)",
    crashAtEachStep,
    300_000,
  );
});
