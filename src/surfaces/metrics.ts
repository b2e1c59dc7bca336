// The bot's Prometheus metrics on prom-client: one registry per running app (not prom-client's
// global one), so tests can run several apps side by side. GET /metrics serves
// `await registry.metrics()` (text exposition format 0.0.4).
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

type Labels = Record<string, string>;

// prom-client keeps a metric's series in `hashMap` (label hash → { value, labels }); its get() only
// awaits collect() callbacks, which these counters do not have, then returns the same entries.
// tests/surfaces/metrics.test.ts checks this read against the exposition text.
type Series = { value: number; labels: Labels };
function seriesOf(metric: Counter<string>): Series[] {
  return Object.values((metric as unknown as { hashMap: Record<string, Series> }).hashMap);
}
const sameLabels = (a: Labels, b: Labels) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * A prom-client counter behind the three calls the app makes: inc, touch and a synchronous get.
 * (A wrapper, not the counter itself: the registry calls the counter's own async get() to scrape.)
 */
function counter<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[] = [],
) {
  const c = new Counter<L>({ name, help, labelNames, registers: [registry] });
  return {
    inc: (labels: Partial<Record<L, string>> = {}, by = 1) => c.inc(labels, by),
    /** Makes a label set appear (at 0) before it is first counted. */
    touch: (labels: Partial<Record<L, string>> = {}) => c.inc(labels, 0),
    get: (labels: Labels = {}) => seriesOf(c).find((s) => sameLabels(s.labels, labels))?.value ?? 0,
  };
}

/** A gauge whose samples are read when scraped. */
function gaugeReadAtScrape<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  read: () => { labels?: Partial<Record<L, string>>; value: number }[],
): void {
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels = {}, value } of read()) this.set(labels, value);
    },
  });
}

const QUESTION_SURFACES = ["slash", "context_menu", "message"] as const;
export type QuestionSurface = (typeof QUESTION_SURFACES)[number];
/** Seconds; the engine answers in milliseconds, the top buckets catch a starved process. */
const ANSWER_SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export type BotMetrics = ReturnType<typeof createMetrics>;

/** The bot's metrics. `knowledge` is read at scrape time (version, entries). */
export function createMetrics(knowledge?: () => { version: string; entries: number } | null) {
  const registry = new Registry();
  const startedAt = Math.round(Date.now() / 1000 - process.uptime());
  const questions = counter(
    registry,
    "report_bot_questions_total",
    "Questions asked, by surface and whether the report answered them.",
    ["surface", "result"],
  );
  for (const surface of QUESTION_SURFACES)
    for (const result of ["answered", "not_answered"]) questions.touch({ surface, result });
  const answerSeconds = new Histogram({
    name: "report_bot_answer_duration_seconds",
    help: "Time the engine took to answer a question.",
    buckets: ANSWER_SECONDS_BUCKETS,
    registers: [registry],
  });
  const cooldownRefusals = counter(
    registry,
    "report_bot_cooldown_refusals_total",
    "Questions refused because the member asked again within the cooldown.",
  );
  const refreshes = counter(
    registry,
    "report_bot_refreshes_total",
    "/refresh runs, by action and outcome (ok, failed, refused).",
    ["action", "outcome"],
  );
  const errors = counter(
    registry,
    "report_bot_errors_total",
    "Errors: handlers that threw, replies that could not be delivered, failed follow-ups.",
    ["where"],
  );
  errors.touch({ where: "handler" });
  const interactions = counter(
    registry,
    "report_bot_interactions_total",
    "Interactions received, by transport and kind.",
    ["transport", "kind"],
  );
  const knowledgeReloads = counter(
    registry,
    "report_bot_knowledge_reloads_total",
    "Reloads because the knowledge on disk changed (another instance refreshed), by outcome.",
    ["outcome"],
  );
  const httpRequests = counter(
    registry,
    "report_bot_http_requests_total",
    "HTTP requests served, by route and status (499: the client hung up before its request was read).",
    ["route", "status"],
  );
  const httpConnectionsDropped = counter(
    registry,
    "report_bot_http_connections_dropped_total",
    "Connections closed on accept because the server already had its maximum open.",
  );
  gaugeReadAtScrape(
    registry,
    "report_bot_knowledge_info",
    "The knowledge version being served (value 1).",
    ["version"],
    () => {
      const k = knowledge?.();
      return k ? [{ labels: { version: k.version }, value: 1 }] : [];
    },
  );
  gaugeReadAtScrape(
    registry,
    "report_bot_knowledge_entries",
    "Figures in the knowledge being served.",
    [],
    () => [{ value: knowledge?.()?.entries ?? 0 }],
  );
  gaugeReadAtScrape(registry, "process_resident_memory_bytes", "Resident memory size in bytes.", [], () => [
    { value: process.memoryUsage.rss() },
  ]);
  gaugeReadAtScrape(registry, "process_heap_used_bytes", "V8 heap in use, in bytes.", [], () => [
    { value: process.memoryUsage().heapUsed },
  ]);
  gaugeReadAtScrape(
    registry,
    "process_start_time_seconds",
    "Start time of the process since the Unix epoch, in seconds.",
    [],
    () => [{ value: startedAt }],
  );
  return {
    registry,
    questions,
    answerSeconds,
    cooldownRefusals,
    refreshes,
    errors,
    interactions,
    knowledgeReloads,
    httpRequests,
    httpConnectionsDropped,
  };
}
