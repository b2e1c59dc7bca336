// MODE=http end to end: signed requests over real HTTP on 127.0.0.1 to POST /interactions, the
// same handlers as the gateway, follow-ups through the Discord stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_COMMANDS } from "../../src/surfaces/discord/commands/index.js";
import { AUTOCOMPLETE_CHOICES_MAX } from "../../src/surfaces/discord/limits.js";
import { reply } from "../../src/surfaces/discord/response.js";
import { OptionType, type InteractionSpec, type Json, type OptionSpec } from "../support/discord/standin.js";
import { assertEmbedLimits } from "../discord/support/harness.js";
import { newKeys, signRequest, startHttpHarness, type HttpHarness } from "./support/http-harness.js";

const Q = "How many rural poor residents were lifted out of poverty?";
const FIGURE = "1.033 million rural poor residents";
const QUOTE = "In 2011, Henan Province lifted 1.033 million rural poor residents out of poverty";

const boom = {
  data: { name: "boom", description: "always fails" },
  execute() {
    throw new Error("kaboom");
  },
};
const chart = {
  data: { name: "chartish", description: "replies with a file" },
  execute() {
    return reply({
      content: "a picture",
      files: [{ name: "chart.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47]), contentType: "image/png" }],
    });
  },
};

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness({ commands: [...BUILTIN_COMMANDS, boom, chart] });
});
afterAll(async () => {
  await h?.close();
});

const askSpec = (question: string, extra: Partial<InteractionSpec> = {}): InteractionSpec =>
  ({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: question }],
    ...extra,
  }) as InteractionSpec;

describe("POST /interactions", () => {
  it("PING gets PONG", async () => {
    const res = await h.post({
      id: "1",
      application_id: h.standin.applicationId,
      type: 1,
      token: "t",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it("/ask answers in the HTTP response (type 4) with the same embed as the gateway, pinging no one", async () => {
    const { status, body } = await h.interact(askSpec(Q));
    expect(status).toBe(200);
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data.embeds[0];
    expect(embed.title).toBe(FIGURE);
    expect(embed.description).toContain(`> ${QUOTE}`);
    expect(embed.footer.text).toContain("Overview");
    assertEmbedLimits(body.data.embeds);
  });

  it("a Chinese question and a zh-CN user get Chinese labels", async () => {
    const { body } = await h.interact(askSpec("易地扶贫搬迁了多少户？", { locale: "zh-CN" }));
    expect(body.data.embeds[0].title).toBe("5853户");
    expect((body.data.embeds[0].fields ?? []).map((f: Json) => f.name)).toContain("相近的数字");
  });

  it("autocomplete answers with type 8 and at most 25 choices", async () => {
    const { body } = await h.interact({
      kind: "autocomplete",
      commandName: "fact",
      options: [{ name: "figure", type: OptionType.String, value: "relocat house", focused: true }],
    });
    expect(body.type).toBe(8);
    const choices = body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICES_MAX);
    expect(
      choices.some((c) => c.value === "henan-2011:relocation-for-poverty-alleviation:5853-households"),
    ).toBe(true);
  });

  it("/section pages: a button click updates the message (type 7)", async () => {
    const first = (
      await h.interact({
        kind: "chatInput",
        commandName: "section",
        options: [{ name: "name", type: OptionType.String, value: "henan-2011:5" }],
      })
    ).body;
    expect(first.type).toBe(4);
    const next = first.data.components[0].components[1].custom_id as string;
    const { body } = await h.interact({ kind: "button", customId: next });
    expect(body.type).toBe(7);
    expect(body.data.embeds[0].footer.text).toContain("Page 2 of 2");
  });

  it("the message context menu answers the target message", async () => {
    const target = h.standin.buildMessage({
      author: "member",
      content: `<@${h.standin.applicationId}> ${Q}`,
    });
    const { body } = await h.interact({
      kind: "messageContextMenu",
      commandName: "Ask the report",
      targetMessage: target,
    });
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toBe(FIGURE);
  });

  it("a handler that throws: an ephemeral apology, logged", async () => {
    const { payload, body } = await h.interact({ kind: "chatInput", commandName: "boom" });
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(body.data.content).toMatch(/Sorry/);
    expect(h.logs.some((l) => l.msg === "interaction handler failed" && l.interactionId === payload.id)).toBe(
      true,
    );
  });

  it("/ask without its required option (a payload Discord never sends): an apology naming nothing, logged with the option", async () => {
    const { payload, body } = await h.interact({ kind: "chatInput", commandName: "ask", options: [] });
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(body.data.content).toMatch(/Sorry/);
    expect(
      h.logs.some(
        (l) =>
          l.msg === "required option missing" && l.interactionId === payload.id && l.option === "question",
      ),
    ).toBe(true);
  });

  it("a reply with a file is deferred (type 5) and the file goes with the edit", async () => {
    const mark = h.standin.mark();
    const { payload, body } = await h.interact({ kind: "chatInput", commandName: "chartish" });
    expect(body).toEqual({ type: 5, data: {} });
    const edit = await h.standin.waitForRequest(
      {
        method: "PATCH",
        path: `/webhooks/${h.standin.applicationId}/${payload.token}/messages/@original`,
        status: 200,
      },
      { since: mark },
    );
    expect(edit.status).toBe(200);
    expect(edit.body.content).toBe("a picture");
    expect(edit.files.map((f) => f.filename)).toEqual(["chart.png"]);
  });
});

describe("deferred /refresh", () => {
  const refresh = async (user: string, options: OptionSpec[] = []) => {
    const mark = h.standin.mark();
    const { payload, body } = await h.interact({ kind: "chatInput", commandName: "refresh", user, options });
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.standin.waitForRequest(
      {
        method: "PATCH",
        path: `/webhooks/${h.standin.applicationId}/${payload.token}/messages/@original`,
        status: 200,
      },
      { since: mark },
    );
    expect(edit.status).toBe(200);
    expect(edit.headers.authorization).toBeUndefined(); // the interaction token authorises it
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    return edit.body;
  };

  it("a moderator's refresh answers type 5 at once, then PATCHes the result to the webhook route", async () => {
    const body = await refresh("moderator");
    expect(body.embeds[0].title).toMatch(/reload.*succeeded/);
    expect(h.app.metrics.refreshes.get({ action: "reload", outcome: "ok" })).toBe(1);
  });

  it("a member is refused in the follow-up", async () => {
    const body = await refresh("member");
    expect(body.content).toMatch(/Only moderators/);
    expect(h.app.metrics.refreshes.get({ action: "reload", outcome: "refused" })).toBe(1);
  });

  it("a moderator's upload (attachment resolved from the payload) changes the answer", async () => {
    const label = "Rural poor residents lifted out of poverty (corrected over HTTP)";
    const id = "henan-2011:overview:1-033-million-rural-poor-residents";
    const entries = h.store.engine.kb.entries
      .filter((e) => e.report === "henan-2011")
      .map((e) => (e.id === id ? { ...e, label } : e));
    const data = JSON.stringify({ report: "henan-2011", entries });
    const body = await refresh("moderator", [
      {
        name: "file",
        type: OptionType.Attachment,
        attachment: { filename: "facts.json", data, contentType: "application/json" },
      },
    ]);
    expect(body.embeds[0].title).toMatch(/upload.*succeeded/);
    expect((await h.interact(askSpec(Q))).body.data.embeds[0].description).toContain(label);
  });
});

describe("signatures: 401 for anything Discord did not sign just now", () => {
  const payload = () => h.standin.buildInteraction(askSpec(Q));

  it("a tampered body", async () => {
    const p = payload();
    const body = JSON.stringify(p);
    const headers = signRequest(h.keys.privateKey, body);
    const res = await h.post(p, { headers, body: body.replace("rural poor", "rural rich") });
    expect(res.status).toBe(401);
    expect(
      h.logs.some((l) => l.msg === "interaction request refused: signature" && l.reason === "bad signature"),
    ).toBe(true);
  });

  it("a signature from another key", async () => {
    expect((await h.post(payload(), { privateKey: newKeys().privateKey })).status).toBe(401);
  });

  it("an old timestamp (correctly signed, 10 minutes ago) and one from the future", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await h.post(payload(), { timestamp: String(now - 600) })).status).toBe(401);
    expect((await h.post(payload(), { timestamp: String(now + 600) })).status).toBe(401);
    expect(h.logs.some((l) => l.reason === "stale timestamp")).toBe(true);
  });

  it("missing or malformed headers", async () => {
    const p = payload();
    const body = JSON.stringify(p);
    const good = signRequest(h.keys.privateKey, body);
    expect((await h.post(p, { headers: {} })).status).toBe(401);
    expect(
      (await h.post(p, { headers: { "x-signature-ed25519": good["x-signature-ed25519"] } })).status,
    ).toBe(401);
    expect(
      (await h.post(p, { headers: { "x-signature-timestamp": good["x-signature-timestamp"] } })).status,
    ).toBe(401);
    expect((await h.post(p, { headers: { ...good, "x-signature-ed25519": "zz" } })).status).toBe(401);
    // The signed request itself is fine.
    expect((await h.post(p, { headers: good, body })).status).toBe(200);
  });

  it("nothing was answered for a refused request, and other methods get 405", async () => {
    const before = h.app.metrics.questions.get({ surface: "slash", result: "answered" });
    await h.post(payload(), { privateKey: newKeys().privateKey });
    expect(h.app.metrics.questions.get({ surface: "slash", result: "answered" })).toBe(before);
    expect((await fetch(`${h.url}/interactions`)).status).toBe(405);
  });

  it("a signed body that is not JSON or not an interaction is a 400", async () => {
    const text = "not json";
    expect((await h.post(null, { body: text, headers: signRequest(h.keys.privateKey, text) })).status).toBe(
      400,
    );
    const odd = JSON.stringify({ type: 2, id: "x" });
    expect((await h.post(null, { body: odd, headers: signRequest(h.keys.privateKey, odd) })).status).toBe(
      400,
    );
  });
});

describe("/healthz and /metrics", () => {
  it("health: 200 with the knowledge version and the mode", async () => {
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ok",
      mode: "http",
      version: h.store.version,
      reports: 1,
    });
  });

  it("metrics: Prometheus text; the counters and the latency histogram move after a question", async () => {
    const scrape = async () => {
      const res = await fetch(`${h.url}/metrics`);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      return res.text();
    };
    const value = (text: string, series: string) => {
      const line = text.split("\n").find((l) => l.startsWith(`${series} `));
      return line ? Number(line.slice(series.length + 1)) : NaN;
    };
    const before = await scrape();
    for (const name of [
      "report_bot_questions_total",
      "report_bot_answer_duration_seconds",
      "report_bot_refreshes_total",
      "report_bot_errors_total",
      "process_resident_memory_bytes",
    ]) {
      expect(before).toContain(`# TYPE ${name} `);
    }
    await h.interact(askSpec(Q));
    await h.interact(askSpec("what is the price of bananas on mars"));
    const after = await scrape();
    const answered = 'report_bot_questions_total{surface="slash",result="answered"}';
    const notAnswered = 'report_bot_questions_total{surface="slash",result="not_answered"}';
    expect(value(after, answered)).toBe(value(before, answered) + 1);
    expect(value(after, notAnswered)).toBe(value(before, notAnswered) + 1);
    expect(value(after, "report_bot_answer_duration_seconds_count")).toBe(
      value(before, "report_bot_answer_duration_seconds_count") + 2,
    );
    expect(value(after, 'report_bot_answer_duration_seconds_bucket{le="+Inf"}')).toBe(
      value(after, "report_bot_answer_duration_seconds_count"),
    );
    expect(after).toContain(`report_bot_knowledge_info{version="${h.store.version}"} 1`);
    expect(value(after, 'report_bot_errors_total{where="handler"}')).toBeGreaterThanOrEqual(1); // the boom command above
    expect(after).toMatch(/report_bot_http_requests_total\{route="\/interactions",status="401"\} \d+/);
  });

  it("unknown paths are 404", async () => {
    expect((await fetch(`${h.url}/nope`)).status).toBe(404);
  });
});
