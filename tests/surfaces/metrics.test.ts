// The metrics are prom-client's: the same names, labels and help as before, valid exposition text,
// and the synchronous reads the app and tests use agree with what /metrics serves.
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createMetrics, METRICS_CONTENT_TYPE } from "../../src/surfaces/metrics.js";

// A sample line of the text format: name, optional {label="value",…}, a number.
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? [-+0-9.eE]+|[+-]Inf|NaN$/;

function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

describe("metrics", () => {
  it("is a prom-client registry serving the 0.0.4 text format", () => {
    const m = createMetrics();
    expect(m.registry).toBeInstanceOf(Registry);
    expect(METRICS_CONTENT_TYPE).toBe("text/plain; version=0.0.4; charset=utf-8");
  });

  it("serves every metric by its name, type and help, and only valid sample lines", async () => {
    const m = createMetrics(() => ({ version: 'v"1\\', entries: 42 }));
    m.answerSeconds.observe(0.003);
    const text = await m.registry.metrics();
    for (const [name, type] of [
      ["report_bot_questions_total", "counter"],
      ["report_bot_answer_duration_seconds", "histogram"],
      ["report_bot_cooldown_refusals_total", "counter"],
      ["report_bot_refreshes_total", "counter"],
      ["report_bot_errors_total", "counter"],
      ["report_bot_interactions_total", "counter"],
      ["report_bot_knowledge_reloads_total", "counter"],
      ["report_bot_http_requests_total", "counter"],
      ["report_bot_http_connections_dropped_total", "counter"],
      ["report_bot_knowledge_info", "gauge"],
      ["report_bot_knowledge_entries", "gauge"],
      ["process_resident_memory_bytes", "gauge"],
      ["process_heap_used_bytes", "gauge"],
      ["process_start_time_seconds", "gauge"],
    ])
      expect(text).toMatch(new RegExp(`^# HELP ${name} .+\\n# TYPE ${name} ${type}$`, "m"));
    for (const line of text.split("\n")) if (line && !line.startsWith("#")) expect(line).toMatch(SAMPLE);
    const s = samples(text);
    expect(s.get('report_bot_knowledge_info{version="v\\"1\\\\"}')).toBe(1);
    expect(s.get("report_bot_knowledge_entries")).toBe(42);
    expect(s.get('report_bot_questions_total{surface="slash",result="answered"}')).toBe(0);
    expect(s.get('report_bot_errors_total{where="handler"}')).toBe(0);
    expect(s.get("report_bot_cooldown_refusals_total")).toBe(0);
    expect(s.get('report_bot_answer_duration_seconds_bucket{le="0.0025"}')).toBe(0);
    expect(s.get('report_bot_answer_duration_seconds_bucket{le="0.005"}')).toBe(1);
    expect(s.get('report_bot_answer_duration_seconds_bucket{le="+Inf"}')).toBe(1);
    expect(s.get("report_bot_answer_duration_seconds_count")).toBe(1);
  });

  it("reads a counter synchronously as /metrics shows it", async () => {
    const m = createMetrics();
    m.refreshes.inc({ action: "reload", outcome: "ok" });
    m.refreshes.inc({ outcome: "ok", action: "reload" });
    m.refreshes.inc({ action: "upload", outcome: "failed" });
    m.httpRequests.inc({ route: "/metrics", status: "200" }, 3);
    m.cooldownRefusals.inc();
    expect(m.refreshes.get({ action: "reload", outcome: "ok" })).toBe(2);
    expect(m.refreshes.get({ outcome: "failed", action: "upload" })).toBe(1);
    expect(m.refreshes.get({ action: "rollback", outcome: "ok" })).toBe(0);
    expect(m.httpRequests.get({ route: "/metrics", status: "200" })).toBe(3);
    expect(m.cooldownRefusals.get()).toBe(1);
    const s = samples(await m.registry.metrics());
    expect(s.get('report_bot_refreshes_total{action="reload",outcome="ok"}')).toBe(2);
    expect(s.get('report_bot_refreshes_total{action="upload",outcome="failed"}')).toBe(1);
    expect(s.get('report_bot_http_requests_total{route="/metrics",status="200"}')).toBe(3);
    expect(s.get("report_bot_cooldown_refusals_total")).toBe(1);
  });

  it("keeps apps apart: each has its own registry", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.cooldownRefusals.inc();
    expect(a.cooldownRefusals.get()).toBe(1);
    expect(b.cooldownRefusals.get()).toBe(0);
  });
});
