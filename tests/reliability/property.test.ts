// Property-based tests of the engine and the Discord reply built from its answer: whatever a person
// types (up to Discord's limits), the engine answers or says it cannot, never throws, stays fast,
// and the reply fits every embed limit and pings no one. fast-check prints the seed and the
// shrunk counterexample on failure; rerun one with FC_SEED=<seed>.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/answering/engine.js";
import { AnswerSchema, type Answer } from "../../src/answering/schema.js";
import { ASK } from "../../src/surfaces/discord/commands/definitions.js";
import { answerEmbed } from "../../src/surfaces/discord/embeds.js";
import { OPTION_STRING_MAX } from "../../src/surfaces/discord/limits.js";
import { messageBody } from "../../src/surfaces/discord/response.js";
import { realEngine } from "../support/knowledge.js";
import { embedLimitProblems, pingProblems } from "./support/embed-checks.js";

const engine = realEngine();
const RUNS = Number(process.env.FC_RUNS ?? 300);
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});

/** The /ask option's max_length as deployed; a message or DM may be longer, up to the engine's own cap. */
const ASK_MAX = ASK.options[0].max_length;

// ---- what people type ------------------------------------------------------------------------

const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇨🇳", "❤️", "🏳️‍🌈", "🧮", "💰", "📈", "\u{1F9D1}\u200D\u{1F33E}"];
const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"];
const CONTROL = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
];
const RTL = [
  "مرحبا",
  "كم عدد الأسر",
  "שלום",
  "כמה כסף",
  "\u202e",
  "\u202d",
  "\u200f",
  "\u200e",
  "\u2067",
  "\u2069",
  "ﷺ",
];
const CHINESE = [
  "扶贫",
  "资金",
  "多少",
  "户",
  "易地扶贫搬迁了多少户？",
  "2011年",
  "亿元",
  "河南省",
  "贫困人口",
  "雨露计划",
  "万人",
  "是",
  "的",
  "？",
  "，",
  "。",
];
const MARKDOWN = [
  "**",
  "__",
  "~~",
  "`",
  "```",
  "||",
  "> ",
  ">>> ",
  "# ",
  "## ",
  "-# ",
  "- ",
  "1. ",
  "\\",
  "\\*",
  "[x](https://evil.example)",
  "<https://x.y>",
  "*",
  "_",
  "~",
];
const MENTIONS = [
  "@everyone",
  "@here",
  "@EveryOne",
  "@@here",
  "<@123456789012345678>",
  "<@!123>",
  "<@&1>",
  "<@&123456789012345678>",
  "<#123456789012345678>",
  "</ask:123456789012345678>",
  "https://discord.gg/abc",
  "discord.gg/xyz",
  "http://example.com/a?b=c",
  "<t:1700000000:R>",
  "<:emoji:123>",
  "<a:dance:456>",
];
const REPORT_WORDS = [
  "How many",
  "how much",
  "what",
  "households",
  "relocated",
  "poverty",
  "anti-poverty funds",
  "2011",
  "2012",
  "Henan",
  "Gansu",
  "million",
  "billion Yuan",
  "%",
  "per cent",
  "rural poor residents",
  "villages",
  "average",
  "share",
  "total",
  "Rain Plan",
  "lottery",
  "microfinance",
  "?",
  "per household",
  "in",
  "the",
  "of",
  "0",
  "4.418",
  "-1",
  "1e309",
  "NaN",
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REPORT_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 2, arbitrary: fc.constantFrom(...RTL) },
  { weight: 3, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 3, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  // A very long word: one letter, a pattern, or digits, hundreds to thousands of characters.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("a", "ab", "9", "1,0", "扶", "😀", "*", "@", "<@1>", "\u200b", "é"),
        fc.integer({ min: 50, max: 3000 }),
      )
      .map(([s, n]) => s.repeat(n)),
  },
);

const sep = fc.constantFrom(" ", " ", " ", "", "\n", "\t", "  ", "\u3000", "\u00a0");

/** A question of up to `max` characters, built from the tokens above. */
const question = (max: number) =>
  fc.array(fc.tuple(token, sep), { maxLength: 40 }).map((parts) =>
    parts
      .map(([t, s]) => t + s)
      .join("")
      .slice(0, max),
  );

/** Questions of every size up to `max`: token soup, arbitrary text, and soup padded out to the limit. */
const anyQuestion = (max: number) =>
  fc.oneof(
    { weight: 5, arbitrary: question(max) },
    { weight: 2, arbitrary: fc.string({ maxLength: max, unit: "grapheme" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: max, unit: "binary" }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(question(max), question(max))
        .map(([a, b]) => `${a} ${b.repeat(Math.ceil(max / Math.max(1, b.length)))}`.slice(0, max)),
    },
  );

// ---- the checks ------------------------------------------------------------------------------

/**
 * Per-question CPU time: a guard against pathological (e.g. regex) blow-ups, not a benchmark. CPU
 * time of this process, not the clock: a busy machine delays a call (the process waits for a core)
 * but does not make it do more work, so only the engine's own cost can fail this.
 */
const PER_QUESTION_MS = 250;
/** Calls over PER_QUESTION_MS tolerated per property (a garbage collection landing in a call). */
const SLOW_CALLS_ALLOWED = 0.02;
/** No single call may ever take this much CPU. */
const HARD_MS = 2_000;

/** CPU milliseconds used by this process so far (user + system, every thread: the GC's too). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

type Timing = { ms: number[]; slowest: { ms: number; q: string }; longest: number; answered: number };
const timing = (): Timing => ({ ms: [], slowest: { ms: 0, q: "" }, longest: 0, answered: 0 });

function answerTimed(q: string, t: Timing): Answer {
  const start = cpuMs();
  const a = engine.answer(q);
  const ms = cpuMs() - start;
  t.ms.push(ms);
  if (ms > t.slowest.ms) t.slowest = { ms, q };
  t.longest = Math.max(t.longest, q.length);
  if (a.answered) t.answered++;
  return a;
}

function checkTiming(t: Timing) {
  const slow = t.ms.filter((ms) => ms > PER_QUESTION_MS).length;
  const why = `slowest ${t.slowest.ms.toFixed(0)} ms of CPU for ${JSON.stringify(t.slowest.q.slice(0, 120))} (${t.slowest.q.length} chars)`;
  expect(t.slowest.ms, why).toBeLessThan(HARD_MS);
  expect(slow, `${slow}/${t.ms.length} calls over ${PER_QUESTION_MS} ms of CPU; ${why}`).toBeLessThanOrEqual(
    Math.floor(t.ms.length * SLOW_CALLS_ALLOWED),
  );
}

/** The generated questions were not all trivial: some reached the limit and some were answered. */
function checkReach(t: Timing, max: number) {
  expect(t.longest, "no generated question reached the length limit").toBeGreaterThanOrEqual(max * 0.95);
  expect(t.answered, "no generated question was answered").toBeGreaterThan(0);
}

/** The whole chain a question goes through on Discord, with every invariant checked. */
function checkQuestion(q: string, t: Timing) {
  const a = answerTimed(q, t);
  AnswerSchema.parse(a);
  expect(a.answered).toBe(a.type !== "none");
  if (!a.answered) expect(a.citations).toEqual([]);
  // The reply as both transports send it: the API JSON body (HTTP response, gateway REST callback).
  const body = messageBody({ embeds: [answerEmbed(a)] });
  expect(body.allowed_mentions).toEqual({ parse: [] });
  const embed = body.embeds![0]!;
  expect(embedLimitProblems(embed)).toEqual([]);
  expect(pingProblems(embed)).toEqual([]);
  expect(JSON.parse(JSON.stringify(body))).toEqual(body);
}

describe("any question gets an answer or a no-answer, never a crash, fast, and a reply that fits and pings no one", () => {
  it(`questions up to the /ask option limit (${ASK_MAX} characters)`, () => {
    expect(ASK_MAX).toBeLessThanOrEqual(OPTION_STRING_MAX);
    const t = timing();
    fc.assert(
      fc.property(anyQuestion(ASK_MAX), (q) => checkQuestion(q, t)),
      params(),
    );
    checkTiming(t);
    checkReach(t, ASK_MAX);
  });

  it(`questions up to ${MAX_QUESTION_LENGTH} characters (messages, DMs, the context menu)`, () => {
    expect(MAX_QUESTION_LENGTH).toBe(OPTION_STRING_MAX);
    const t = timing();
    fc.assert(
      fc.property(anyQuestion(MAX_QUESTION_LENGTH), (q) => checkQuestion(q, t)),
      params(),
    );
    checkTiming(t);
    checkReach(t, MAX_QUESTION_LENGTH);
  });

  it("questions at exactly the limit, and past it (the engine reads only the first 6000 characters)", () => {
    const t = timing();
    fc.assert(
      fc.property(
        question(400),
        fc.constantFrom(...EMOJI, "a", "扶", " ", "\u200b", "@everyone "),
        fc.integer({ min: 0, max: 200 }),
        (head, fill, extra) => {
          const q = (head + fill.repeat(MAX_QUESTION_LENGTH)).slice(0, MAX_QUESTION_LENGTH + extra);
          checkQuestion(q, t);
        },
      ),
      params(Math.ceil(RUNS / 3)),
    );
    checkTiming(t);
  });
});

// ---- questions built from the report's own words, so many are answered -------------------------

const entries = engine.kb.entries;
const sections = engine.kb.sections;
const reportOf = (id: string) => engine.kb.reports.find((r) => r.meta.id === id)!;
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

const noise = fc.constantFrom(
  "",
  "",
  "",
  " 😀",
  " @everyone",
  " <@123>",
  " **",
  " \u200b",
  " ?",
  "？",
  " 2011",
  " please",
  " \u202e",
  " 扶贫",
);
const reportQuestion = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...entries),
      fc.constantFrom("How many", "How much", "What is the", "", "多少", "what was"),
      noise,
      noise,
    )
    .map(([e, lead, n1, n2]) => `${lead} ${e.label}${n1}?${n2}`),
  fc
    .tuple(fc.constantFrom(...entries), noise)
    .chain(([e, n]) =>
      fc.constantFrom(...(e.aliases.length ? e.aliases : [e.label])).map((alias) => `${alias}${n}`),
    ),
  fc
    .tuple(fc.constantFrom(...sections), noise)
    .map(([s, n]) => `What does the report say about ${s.title}${n}`),
  fc
    .tuple(
      fc.constantFrom(...entries),
      fc.constantFrom(...entries),
      fc.constantFrom("share of", "ratio of", "difference between", "average"),
    )
    .map(([a, b, how]) => `${how} ${a.label} and ${b.label}`),
);

describe("citations are the report's own words", () => {
  it("every cited quote occurs in its report's cleaned text, and every cited figure is written in its quote", () => {
    const t = timing();
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(reportQuestion, (q) => {
        runs++;
        const a = answerTimed(q, t);
        AnswerSchema.parse(a);
        if (!a.answered) return;
        answered++;
        expect(a.citations.length).toBeGreaterThan(0);
        for (const c of a.citations) {
          const cleaned = reportOf(c.report).cleaned;
          expect(
            cleaned.includes(c.quote) || collapse(cleaned).includes(collapse(c.quote)),
            `quote not in ${c.report}: ${c.quote}`,
          ).toBe(true);
          expect(
            sections.some((s) => s.report === c.report && s.title === c.section),
            `unknown section ${c.section}`,
          ).toBe(true);
          if (c.written !== null)
            expect(c.quote, `"${c.written}" is not written in its quote`).toContain(c.written);
          if (c.entryId !== null) {
            const e = engine.kb.byId.get(c.entryId);
            expect(e, `unknown entry ${c.entryId}`).toBeDefined();
            expect(c).toMatchObject({
              quote: e!.sentence,
              written: e!.written,
              section: e!.section,
              report: e!.report,
            });
          }
        }
        if (a.type === "figure") {
          expect(a.citations).toHaveLength(1);
          expect(a.figure).not.toBeNull();
          // A Chinese reply writes the figure in Chinese (44.18亿元); its citation keeps the report's words (checked above).
          if (a.language === "en") expect(a.citations[0]!.quote).toContain(a.figure!);
        }
        if (a.type === "derived") expect(a.arithmetic).not.toBeNull();
        if (a.report) expect(a.citations.some((c) => c.report === a.report!.id)).toBe(true);
      }),
      params(),
    );
    checkTiming(t);
    // The property is not vacuous: most of these questions are answered.
    expect(answered / runs).toBeGreaterThan(0.5);
  });
});
