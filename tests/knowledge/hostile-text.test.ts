// Hostile report text cannot freeze the process (issue 9, point 7). Each text is built from what
// makes backtracking regular expressions take quadratic or worse time (repeated "mso-",
// "font-family" never closed, long runs of quotes, 【 and “ never closed, "<a" without ">", runs of
// abbreviations), whole or mixed at random. Cleaning 1 MB, and the matching of extraction and
// coverage and a whole load on a quarter of that, each run on a worker with a 10 s kill switch:
// linear code finishes in a small fraction of that on any machine, while the old style-fragment
// pattern needed 55 s for 8 KB, so a regression fails here instead of hanging the test run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LINE_MAX_CHARS } from "../../src/knowledge/limits.js";
import { startModuleWorker, type Outcome } from "./support/in-worker.js";

const MB = 1024 * 1024;
const KILL_AFTER_MS = 10_000;

const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** A report of the first quarter of the text, in lines short enough for the loader (which refuses longer ones first). */
const asReport = (text: string) =>
  `【Hostile】\n${text
    .slice(0, MB / 4)
    .match(new RegExp(`[^]{1,${LINE_MAX_CHARS - 10}}`, "g"))!
    .join("\n")}`;

// A small deterministic generator, so a failure names a text that can be made again.
function mixed(seed: number): string {
  const parts = [
    "mso-",
    "font-family",
    "font-weight",
    "'",
    '"',
    ">",
    "<a",
    "【",
    "】",
    "“",
    "”",
    "No. ",
    "A ",
    "1,",
    "2 ",
    ". ",
    "\n",
    " ",
    "x",
  ];
  let s = seed;
  const out: string[] = [];
  let size = 0;
  while (size < MB) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const p = parts[s % parts.length]!;
    out.push(p);
    size += p.length;
  }
  return out.join("");
}

const HOSTILE: [string, string][] = [
  ['repeated "mso-"', fill("mso-")],
  ['"font-family" never closed', fill("font-family:Arial;")],
  ["style declarations with quotes but no '>", fill(`font-weight:bold;'"`)],
  ["a closing '> only at the very end", `${fill("mso-x ", MB - 2)}'>`],
  ['"<a" without ">"', fill("<a")],
  ["a run of 【 never closed", fill("【")],
  ["a run of “ never closed", fill("“")],
  ["quotes and section marks alternating", fill('【"“x')],
  ['a run of abbreviations ("No. A No. A …")', fill("No. A ")],
  ["numbers separated by commas", fill("1, ")],
  ["dots and spaces", fill(". ")],
  ["emphasised titles one after another on one line", fill("<b>Rain Plan</b> ")],
  ["emphasis tags never closed", fill("<strong x")],
  ["random mix 1", mixed(1)],
  ["random mix 2", mixed(2)],
  ["random mix 3", mixed(3)],
];

let worker: ReturnType<typeof startModuleWorker>;
beforeAll(() => {
  worker = startModuleWorker(new URL("./support/hostile-work.ts", import.meta.url));
});
afterAll(async () => {
  await worker?.stop();
});

function finished(o: Outcome, what: string): unknown {
  if ("killedAfterMs" in o)
    throw new Error(`${what}: still running after ${o.killedAfterMs / 1000} s: stopped (super-linear time?)`);
  if (!o.ok) throw new Error(`${what}: ${o.error}`);
  return o.value;
}

describe("hostile report text (1 MB each) is handled in linear time", () => {
  it.each(HOSTILE)("cleaning: %s (1 MB, one line)", async (what, text) => {
    expect(finished(await worker.call({ fn: "clean", args: [text] }, KILL_AFTER_MS), what)).toEqual(
      expect.any(Number),
    );
  });

  it.each(HOSTILE)("extraction and coverage matching: %s (256 KB)", async (what, text) => {
    expect(
      finished(await worker.call({ fn: "scan", args: [text.slice(0, MB / 4)] }, KILL_AFTER_MS), what),
    ).toEqual(expect.any(Number));
  });

  it.each(HOSTILE)("a whole load: %s (256 KB, in lines the loader accepts)", async (what, text) => {
    expect(finished(await worker.call({ fn: "load", args: [asReport(text)] }, KILL_AFTER_MS), what)).toMatch(
      /^(loaded|refused)/,
    );
  });

  it("a skip pattern from data that backtracks exponentially in JavaScript runs in linear time (RE2)", async () => {
    const text = `【Hostile】 ${"a".repeat(5_000)}c ${"x".repeat(5_000)}z. In 2011, 5 villages.`;
    expect(finished(await worker.call({ fn: "scan", args: [text] }, KILL_AFTER_MS), "(a+)+b")).toEqual(
      expect.any(Number),
    );
  });
});
