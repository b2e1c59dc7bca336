// `npm run load`: a bounded load of signed /ask interactions at a local http-mode instance.
// The instance runs in a child process (this file with `serve`) on 127.0.0.1 with an Ed25519
// keypair generated for the run and no cooldown; the parent signs every request body like
// Discord does and fires them with autocannon, checks every response (200, type 4, one embed),
// then prints requests/s, latency p50/p99, errors and the child's peak RSS. Stops by itself:
// at most --amount requests and --max-seconds seconds. Exit code 1 if any request failed.
//   npm run load [-- --amount 5000 --connections 16 --max-seconds 60]
import { fork, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { publicKeyToHex, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "../src/surfaces/http/verify.js";

const APPLICATION_ID = "100000000000000001";
const GUILD_ID = "100000000000000002";
const CHANNEL_ID = "100000000000000003";
const FIXTURE = fileURLToPath(new URL("../tests/fixtures/dev-questions.jsonl", import.meta.url));

type ChildMessage =
  | { kind: "ready"; url: string; version: string; rss: number }
  | { kind: "stats"; peakRss: number; rss: number; heapUsed: number };

// ---- the instance under load (child process) ---------------------------------------------------

async function serve(): Promise<void> {
  const { loadBotConfig } = await import("../src/config/bot.js");
  const { createLogger } = await import("../src/logger.js");
  const { startApp } = await import("../src/surfaces/app.js");
  const config = loadBotConfig({
    ...process.env,
    MODE: "http",
    HOST: "127.0.0.1",
    PORT: "0",
    DISCORD_TOKEN: "load-test-token-never-sent-anywhere",
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    // /ask is never deferred, so nothing is sent to Discord; if it were, it would go nowhere.
    DISCORD_API_URL: "http://127.0.0.1:9/api",
    ASK_COOLDOWN_SECONDS: "0",
    LOG_LEVEL: "warn",
  });
  const app = await startApp({ config, logger: createLogger(config.LOG_LEVEL) });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 25);
  process.on("message", (m: { kind: string }) => {
    if (m.kind !== "stop") return;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const stats: ChildMessage = {
      kind: "stats",
      peakRss,
      rss: process.memoryUsage.rss(),
      heapUsed: process.memoryUsage().heapUsed,
    };
    process.send!(stats, undefined, {}, () => {
      void app.stop().then(() => process.exit(0));
    });
  });
  const ready: ChildMessage = {
    kind: "ready",
    url: app.http.url,
    version: app.ctx.store.version,
    rss: process.memoryUsage.rss(),
  };
  process.send!(ready);
}

// ---- the load (parent) -------------------------------------------------------------------------

type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
type AutocannonResult = {
  requests: Histogram & { total: number };
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
};
type AutocannonInstance = Promise<AutocannonResult> & { stop(): void };
type Autocannon = (opts: Record<string, unknown>) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

function questions(): string[] {
  return readFileSync(FIXTURE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

let seq = 0n;
const snowflake = () => String((BigInt(Date.now() - 1420070400000) << 22n) | (seq++ & 0x3fffffn));

/** An /ask interaction as Discord sends it to the endpoint (guild member, one string option). */
function askPayload(question: string, user: number): string {
  const id = snowflake();
  return JSON.stringify({
    id,
    application_id: APPLICATION_ID,
    type: 2,
    token: `load_${randomBytes(24).toString("base64url")}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general" },
    member: {
      user: {
        id: String(200000000000000000n + BigInt(user)),
        username: `load-user-${user}`,
        discriminator: "0",
        global_name: null,
        avatar: null,
      },
      roles: [],
      permissions: "2248473465835073",
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
    },
    locale: "en-US",
    guild_locale: "en-US",
    app_permissions: "2248473465835073",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    data: {
      id: "100000000000000010",
      name: "ask",
      type: 1,
      options: [{ name: "question", type: 3, value: question }],
    },
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      amount: { type: "string", default: "5000" },
      connections: { type: "string", default: "16" },
      "max-seconds": { type: "string", default: "60" },
      warmup: { type: "string", default: "200" },
    },
  });
  const amount = Number(values.amount);
  const connections = Number(values.connections);
  const maxSeconds = Number(values["max-seconds"]);
  const warmup = Number(values.warmup);
  for (const [name, v] of Object.entries({ amount, connections, maxSeconds, warmup })) {
    if (!Number.isInteger(v) || v < 0 || (name !== "warmup" && v === 0))
      throw new Error(`--${name} must be a positive integer`);
  }

  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const publicKeyHex = publicKeyToHex(publicKey);
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ["serve"], {
    env: { ...process.env, DISCORD_PUBLIC_KEY: publicKeyHex },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const messages: ChildMessage[] = [];
  const waitFor = <K extends ChildMessage["kind"]>(kind: K, timeoutMs: number) =>
    new Promise<Extract<ChildMessage, { kind: K }>>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the instance sent no "${kind}" within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = () => {
        const m = messages.find((x) => x.kind === kind);
        if (!m) return;
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(m as Extract<ChildMessage, { kind: K }>);
      };
      const onMessage = (m: ChildMessage) => {
        messages.push(m);
        check();
      };
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`the instance exited (code ${code}) before "${kind}"`));
      };
      child.on("message", onMessage);
      child.on("exit", onExit);
      check();
    });

  let exitCode = 0;
  try {
    const { url, version, rss: rssAtReady } = await waitFor("ready", 30_000);
    const pool = questions();
    let n = 0;
    const signed = () => {
      const body = askPayload(pool[n % pool.length]!, n % 500);
      n++;
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = sign(
        null,
        Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]),
        privateKey,
      ).toString("hex");
      return {
        body,
        headers: {
          "content-type": "application/json",
          [SIGNATURE_HEADER]: signature,
          [TIMESTAMP_HEADER]: timestamp,
        },
      };
    };

    // Warm-up (JIT, caches), every answer checked in full; not measured.
    let answered = 0;
    for (let i = 0; i < warmup; i++) {
      const { body, headers } = signed();
      const res = await fetch(`${url}/interactions`, { method: "POST", headers, body });
      const json = (await res.json()) as {
        type: number;
        data?: { embeds?: { title?: string }[]; allowed_mentions?: unknown };
      };
      if (res.status !== 200 || json.type !== 4 || json.data?.embeds?.length !== 1)
        throw new Error(`warm-up request ${i}: ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
      if (json.data.embeds[0]!.title !== "No answer in the report") answered++;
    }

    let bad = 0;
    const started = Date.now();
    const instance = autocannon({
      url,
      connections,
      amount,
      timeout: 10,
      requests: [
        {
          method: "POST",
          path: "/interactions",
          setupRequest: (req: Record<string, unknown>) => ({ ...req, ...signed() }),
          onResponse: (status: number, body: string) => {
            if (status !== 200) return;
            try {
              const json = JSON.parse(body) as { type?: number; data?: { embeds?: unknown[] } };
              if (json.type !== 4 || json.data?.embeds?.length !== 1) bad++;
            } catch {
              bad++;
            }
          },
        },
      ],
    });
    const cap = setTimeout(() => instance.stop(), maxSeconds * 1000);
    const result = await instance;
    clearTimeout(cap);
    const wall = (Date.now() - started) / 1000;

    const metrics = await (await fetch(`${url}/metrics`)).text();
    const counter = (series: string) =>
      Number(
        metrics
          .split("\n")
          .find((l) => l.startsWith(`${series} `))
          ?.split(" ")[1] ?? NaN,
      );
    child.send({ kind: "stop" });
    const stats = await waitFor("stats", 10_000);

    const total = result.requests.total;
    const errors = result.errors + result.timeouts + result.non2xx + bad;
    const report = {
      knowledgeVersion: version,
      requests: total,
      connections,
      seconds: Number(wall.toFixed(2)),
      requestsPerSecond: Math.round(total / result.duration),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: Number(result.latency.average.toFixed(2)),
      },
      errors: { connection: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, badBody: bad },
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])),
      answeredShare: Number(
        (
          counter('report_bot_questions_total{surface="slash",result="answered"}') /
          (counter("report_bot_answer_duration_seconds_count") || 1)
        ).toFixed(3),
      ),
      engineSecondsMean: Number(
        (
          (counter("report_bot_answer_duration_seconds_sum") /
            (counter("report_bot_answer_duration_seconds_count") || 1)) *
          1000
        ).toFixed(3),
      ),
      rssAtReady: mb(rssAtReady),
      peakRss: mb(stats.peakRss),
      rssAtEnd: mb(stats.rss),
      heapUsedAtEnd: mb(stats.heapUsed),
    };
    console.log(
      `load: ${total} signed /ask interactions over ${connections} connections in ${report.seconds} s (after ${warmup} warm-up requests, ${answered} answered)`,
    );
    console.log(`  throughput   ${report.requestsPerSecond} requests/s`);
    console.log(
      `  latency      p50 ${report.latencyMs.p50} ms · p90 ${report.latencyMs.p90} ms · p99 ${report.latencyMs.p99} ms · max ${report.latencyMs.max} ms`,
    );
    console.log(
      `  errors       ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, bad bodies ${bad})`,
    );
    console.log(
      `  memory       peak RSS ${report.peakRss} (idle after start ${report.rssAtReady}; at end ${report.rssAtEnd}, heap ${report.heapUsedAtEnd})`,
    );
    console.log(
      `  engine       ${report.engineSecondsMean} ms per answer on average; ${(report.answeredShare * 100).toFixed(1)}% answered`,
    );
    console.log(JSON.stringify(report));
    if (errors > 0 || total < amount) {
      console.error(
        total < amount
          ? `stopped after ${maxSeconds} s with ${total}/${amount} requests`
          : "FAILED: some requests failed",
      );
      exitCode = 1;
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      if (!messages.some((m) => m.kind === "stats")) child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }
  process.exit(exitCode);
}

if (process.argv[2] === "serve") await serve();
else await main();
