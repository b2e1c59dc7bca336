// The crash matrix (tests/reliability/support/crash-matrix.ts) for the save that changes the most:
// an existing report replaced by a new bundle, killed at each kind of step, in the middle of torn
// writes and again while the next process recovers; then the next save. The other saves are in
// crash-saves.test.ts: apart, vitest runs the files on separate workers.
import { afterAll, beforeAll, describe, it } from "vitest";
import { crashAtEachStep, REPLACE_REPORT } from "./support/crash-matrix.js";
import { disposeChild, prepareChild } from "./support/crash.js";
import { removeCopies } from "./support/disk.js";

afterAll(removeCopies);

describe("a crash in the middle of saving leaves the old version or the new one, complete, never a mix", () => {
  beforeAll(prepareChild);
  afterAll(disposeChild);

  it.each([REPLACE_REPORT])(
    "$name: killed at each kind of step (every step with RELIABILITY_FULL=1)",
    crashAtEachStep,
    300_000,
  );
});
