// A tiny Prometheus registry (counters, one histogram, gauges read at scrape time) and the
// bot's own metrics. Text exposition format 0.0.4; one registry per running app, so tests can
// run several side by side.

export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

type Labels = Record<string, string>;
const labelKey = (labels: Labels) =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
const escapeLabel = (v: string) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const formatLabels = (labels: Labels) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
};
const formatNumber = (n: number) =>
  Number.isFinite(n) ? String(n) : n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";

interface Metric {
  render(): string;
}

export class Counter implements Metric {
  readonly #values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels);
    const cur = this.#values.get(key);
    if (cur) cur.value += by;
    else this.#values.set(key, { labels, value: by });
  }

  /** Makes a label set appear (at 0) before it is first counted. */
  touch(labels: Labels = {}): void {
    this.inc(labels, 0);
  }

  get(labels: Labels = {}): number {
    return this.#values.get(labelKey(labels))?.value ?? 0;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.#values.values())
      lines.push(`${this.name}${formatLabels(labels)} ${formatNumber(value)}`);
    return lines.join("\n");
  }
}

export class Histogram implements Metric {
  readonly #series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}

  observe(value: number, labels: Labels = {}): void {
    const key = labelKey(labels);
    let s = this.#series.get(key);
    if (!s) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.#series.set(key, s);
    }
    this.buckets.forEach((b, i) => {
      if (value <= b) s.counts[i]! += 1;
    });
    s.sum += value;
    s.count += 1;
  }

  count(labels: Labels = {}): number {
    return this.#series.get(labelKey(labels))?.count ?? 0;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.#series.values()) {
      for (const [i, b] of this.buckets.entries()) {
        lines.push(`${this.name}_bucket${formatLabels({ ...s.labels, le: formatNumber(b) })} ${s.counts[i]}`);
      }
      lines.push(`${this.name}_bucket${formatLabels({ ...s.labels, le: "+Inf" })} ${s.count}`);
      lines.push(`${this.name}_sum${formatLabels(s.labels)} ${formatNumber(s.sum)}`);
      lines.push(`${this.name}_count${formatLabels(s.labels)} ${s.count}`);
    }
    return lines.join("\n");
  }
}

/** A gauge whose samples are read when scraped. */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly read: () => { labels?: Labels; value: number }[],
  ) {}

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const { labels = {}, value } of this.read())
      lines.push(`${this.name}${formatLabels(labels)} ${formatNumber(value)}`);
    return lines.join("\n");
  }
}

export class Registry {
  readonly #metrics: Metric[] = [];
  register<T extends Metric>(metric: T): T {
    this.#metrics.push(metric);
    return metric;
  }
  render(): string {
    return `${this.#metrics.map((m) => m.render()).join("\n")}\n`;
  }
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
  const questions = registry.register(
    new Counter(
      "report_bot_questions_total",
      "Questions asked, by surface and whether the report answered them.",
    ),
  );
  for (const surface of QUESTION_SURFACES)
    for (const result of ["answered", "not_answered"]) questions.touch({ surface, result });
  const answerSeconds = registry.register(
    new Histogram(
      "report_bot_answer_duration_seconds",
      "Time the engine took to answer a question.",
      ANSWER_SECONDS_BUCKETS,
    ),
  );
  const cooldownRefusals = registry.register(
    new Counter(
      "report_bot_cooldown_refusals_total",
      "Questions refused because the member asked again within the cooldown.",
    ),
  );
  cooldownRefusals.touch();
  const refreshes = registry.register(
    new Counter("report_bot_refreshes_total", "/refresh runs, by action and outcome (ok, failed, refused)."),
  );
  const errors = registry.register(
    new Counter(
      "report_bot_errors_total",
      "Errors: handlers that threw, replies that could not be delivered, failed follow-ups.",
    ),
  );
  errors.touch({ where: "handler" });
  const interactions = registry.register(
    new Counter("report_bot_interactions_total", "Interactions received, by transport and kind."),
  );
  const knowledgeReloads = registry.register(
    new Counter(
      "report_bot_knowledge_reloads_total",
      "Reloads because the knowledge on disk changed (another instance refreshed), by outcome.",
    ),
  );
  const httpRequests = registry.register(
    new Counter(
      "report_bot_http_requests_total",
      "HTTP requests served, by route and status (499: the client hung up before its request was read).",
    ),
  );
  const httpConnectionsDropped = registry.register(
    new Counter(
      "report_bot_http_connections_dropped_total",
      "Connections closed on accept because the server already had its maximum open.",
    ),
  );
  httpConnectionsDropped.touch();
  registry.register(
    new Gauge("report_bot_knowledge_info", "The knowledge version being served (value 1).", () => {
      const k = knowledge?.();
      return k ? [{ labels: { version: k.version }, value: 1 }] : [];
    }),
  );
  registry.register(
    new Gauge("report_bot_knowledge_entries", "Figures in the knowledge being served.", () => {
      const k = knowledge?.();
      return [{ value: k?.entries ?? 0 }];
    }),
  );
  registry.register(
    new Gauge("process_resident_memory_bytes", "Resident memory size in bytes.", () => [
      { value: process.memoryUsage.rss() },
    ]),
  );
  registry.register(
    new Gauge("process_heap_used_bytes", "V8 heap in use, in bytes.", () => [
      { value: process.memoryUsage().heapUsed },
    ]),
  );
  registry.register(
    new Gauge(
      "process_start_time_seconds",
      "Start time of the process since the Unix epoch, in seconds.",
      () => [{ value: startedAt }],
    ),
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
