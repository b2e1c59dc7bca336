// The HTTP server's bounds, probed with raw sockets on 127.0.0.1 (node:net) the way a hostile or
// broken client would: headers without a signature and a large declared body, bodies too big
// (declared, or chunked with no Content-Length), bodies and headers trickled in slowly, sockets
// that connect and send nothing or stay kept alive, more sockets than allowed. The limits are
// small here so every case ends quickly; nothing asserts how long anything took, only what
// happened ("closed, eventually, within the test's generous timeout").
import { once } from "node:events";
import { createConnection, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import type { InteractionHandler } from "../../src/surfaces/discord/handle.js";
import { reply } from "../../src/surfaces/discord/response.js";
import type { HttpLimits } from "../../src/surfaces/http/limits.js";
import { startHttpServer, type HttpServer } from "../../src/surfaces/http/server.js";
import { createMetrics, type BotMetrics } from "../../src/surfaces/metrics.js";
import { newKeys, signRequest } from "./support/http-harness.js";

// A case that fails waits for one of these events; on a server without the bound it never comes.
const CASE_TIMEOUT_MS = 15_000;
const keys = newKeys();

type Probe = { server: HttpServer; metrics: BotMetrics; handled: string[]; logs: Record<string, unknown>[] };

async function startProbe(limits: Partial<HttpLimits>): Promise<Probe> {
  const handled: string[] = [];
  const logs: Record<string, unknown>[] = [];
  // The transport is under test, not the commands: the handler records what reached it and answers.
  const handle: InteractionHandler = async (input) => {
    handled.push(input.id);
    return reply({ content: "answered" });
  };
  const metrics = createMetrics();
  const server = await startHttpServer({
    host: "127.0.0.1",
    port: 0,
    logger: createLogger("debug", {
      write: (l: string) => void logs.push(JSON.parse(l) as Record<string, unknown>),
    }),
    metrics,
    stopGraceMs: 5_000,
    health: () => ({ ok: true, body: { status: "ok" } }),
    interactions: { publicKey: keys.publicKey, handle, followUps: { async editOriginal() {}, close() {} } },
    limits,
  });
  return { server, metrics, handled, logs };
}

type Raw = { socket: Socket; text(): string; closed: Promise<void> };

async function connect(port: number): Promise<Raw> {
  const socket = createConnection({ host: "127.0.0.1", port });
  let data = "";
  socket.setEncoding("latin1");
  socket.on("data", (d: string) => (data += d));
  socket.on("error", () => {}); // a reset is one of the outcomes looked at, not a failure of the test
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  await once(socket, "connect");
  return { socket, text: () => data, closed };
}

const head = (headers: Record<string, string | number>, request = "POST /interactions") =>
  `${request} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;

const interaction = (id: string) =>
  JSON.stringify({
    id,
    application_id: "100000000000000001",
    type: 2,
    token: "tok",
    version: 1,
    data: { name: "ask", type: 1 },
    user: { id: "100000000000000002", username: "member" },
  });
/** Well-formed signature headers that the body will not match: they pass the header check, not the signature. */
const forgedHeaders = () => ({
  "x-signature-ed25519": "ab".repeat(64),
  "x-signature-timestamp": String(Math.floor(Date.now() / 1000)),
});
const writeAll = (socket: Socket, data: string) =>
  new Promise<void>((resolve) => socket.write(data, () => resolve()));
const statusOf = (text: string) => /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? null;

describe("sizes and signatures (generous timeouts)", () => {
  let p: Probe;
  beforeAll(async () => {
    p = await startProbe({ maxBodyBytes: 1000, maxBufferedBytes: 1500 });
  });
  afterAll(() => p?.server.stop());

  it("a signed request within the limits is answered (the probe works)", async () => {
    const body = interaction("200000000000000001");
    const res = await fetch(`${p.server.url}/interactions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...signRequest(keys.privateKey, body) },
      body,
    });
    expect(res.status).toBe(200);
    expect(p.handled).toContain("200000000000000001");
  });

  it("no signature headers and a 1 MiB declared body: 401 and closed, without waiting for the body", {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const c = await connect(p.server.port);
    // Headers and a first few bytes; the rest of the declared body never comes.
    await writeAll(
      c.socket,
      `${head({ "content-type": "application/json", "content-length": 1024 * 1024 - 1 })}{"type":`,
    );
    await c.closed;
    expect(statusOf(c.text())).toBe("401");
    expect(c.text()).toMatch(/\r\nconnection: close\r\n/i);
  });

  it("a stale or malformed timestamp is refused the same way, before the body", {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const old = String(Math.floor(Date.now() / 1000) - 600);
    for (const headers of [
      { ...forgedHeaders(), "x-signature-timestamp": old },
      { ...forgedHeaders(), "x-signature-timestamp": "soon" },
      { ...forgedHeaders(), "x-signature-ed25519": "zz" },
    ]) {
      const c = await connect(p.server.port);
      await writeAll(c.socket, head({ ...headers, "content-length": 1024 * 1024 - 1 }));
      await c.closed;
      expect(statusOf(c.text())).toBe("401");
    }
    expect(
      p.logs.some(
        (l) => l.msg === "interaction request refused: signature" && l.reason === "stale timestamp",
      ),
    ).toBe(true);
  });

  it('Expect: 100-continue: no "continue" for a request that will be refused, so its body is never sent', {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const c = await connect(p.server.port);
    await writeAll(c.socket, head({ expect: "100-continue", "content-length": 1024 * 1024 - 1 }));
    await c.closed;
    expect(c.text()).not.toMatch(/100 Continue/);
    expect(statusOf(c.text())).toBe("401");
  });

  it('Expect: 100-continue with fresh signature headers: "continue", then the body is read and answered', {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const body = interaction("200000000000000002");
    const c = await connect(p.server.port);
    await writeAll(
      c.socket,
      head({
        expect: "100-continue",
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        ...signRequest(keys.privateKey, body),
      }),
    );
    await expect
      .poll(() => c.text(), { timeout: CASE_TIMEOUT_MS })
      .toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\n/);
    await writeAll(c.socket, body);
    await expect.poll(() => c.text(), { timeout: CASE_TIMEOUT_MS }).toMatch(/\r\n\r\nHTTP\/1\.1 200 /);
    c.socket.destroy();
  });

  it("a declared body over the limit: 413 and closed, unread", { timeout: CASE_TIMEOUT_MS }, async () => {
    const c = await connect(p.server.port);
    await writeAll(c.socket, head({ ...forgedHeaders(), "content-length": 1001 }));
    await c.closed;
    expect(statusOf(c.text())).toBe("413");
  });

  it("a chunked body with no Content-Length: 413 as soon as it crosses the limit, not a reset", {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const handledBefore = p.handled.length;
    const c = await connect(p.server.port);
    const chunk = (n: number) => `${n.toString(16)}\r\n${"x".repeat(n)}\r\n`;
    // 1200 bytes of a body that never ends (no terminating 0-chunk): only the limit can answer it.
    await writeAll(
      c.socket,
      `${head({ ...forgedHeaders(), "transfer-encoding": "chunked" })}${chunk(600)}${chunk(600)}`,
    );
    await c.closed;
    expect(statusOf(c.text())).toBe("413");
    expect(p.handled).toHaveLength(handledBefore);
  });

  it("bodies being read at once share a memory budget: past it, 503 and closed", {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    // Each 800 bytes is within the per-body limit (1000); two of them are over the shared budget (1500).
    const a = await connect(p.server.port);
    const b = await connect(p.server.port);
    const start = `${head({ ...forgedHeaders(), "content-length": 1000 })}${"x".repeat(800)}`;
    await writeAll(a.socket, start);
    await writeAll(b.socket, start);
    await Promise.race([a.closed, b.closed]);
    const statuses = [statusOf(a.text()), statusOf(b.text())];
    expect(statuses).toContain("503");
    expect(statuses.filter((s) => s !== null)).toHaveLength(1); // the other is still being read
    a.socket.destroy();
    b.socket.destroy();
  });
});

describe("time (tight limits: every case here is cut off)", () => {
  let p: Probe;
  beforeAll(async () => {
    p = await startProbe({
      headersTimeoutMs: 200,
      requestTimeoutMs: 300,
      idleTimeoutMs: 300,
      keepAliveTimeoutMs: 300,
      checkIntervalMs: 50,
    });
  });
  afterAll(() => p?.server.stop());

  /** Writes `piece(i)` every 30 ms until the server closes the socket or `max` pieces were sent. */
  async function trickle(c: Raw, piece: (i: number) => string, max: number) {
    let open = true;
    void c.closed.then(() => (open = false));
    for (let i = 0; i < max && open; i++) {
      c.socket.write(piece(i));
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  it("a socket that connects and sends nothing is closed", { timeout: CASE_TIMEOUT_MS }, async () => {
    const c = await connect(p.server.port);
    await c.closed;
    expect(["408", null]).toContain(statusOf(c.text())); // node may say why before it closes
  });

  it("a kept-alive socket is closed once idle after its request", { timeout: CASE_TIMEOUT_MS }, async () => {
    const c = await connect(p.server.port);
    await writeAll(c.socket, head({}, "GET /healthz"));
    await c.closed;
    expect(statusOf(c.text())).toBe("200");
  });

  it("headers trickled in are cut off, never answered", { timeout: CASE_TIMEOUT_MS }, async () => {
    const c = await connect(p.server.port);
    c.socket.write("POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await trickle(c, (i) => `X-Pad-${i}: y\r\n`, 300);
    await c.closed;
    expect(["408", null]).toContain(statusOf(c.text()));
  });

  it("a correctly signed body trickled in past the request deadline is not answered", {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const id = "200000000000000009";
    const body = interaction(id);
    const c = await connect(p.server.port);
    c.socket.write(
      head({
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        ...signRequest(keys.privateKey, body),
      }),
    );
    await trickle(c, (i) => body[i] ?? "", body.length);
    await c.closed;
    expect(["408", null]).toContain(statusOf(c.text()));
    expect(p.handled).not.toContain(id);
  });
});

describe("connections", () => {
  let p: Probe;
  beforeAll(async () => {
    p = await startProbe({ maxConnections: 2 });
  });
  afterAll(() => p?.server.stop());

  const openConnections = () =>
    new Promise<number>((resolve, reject) =>
      p.server.server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
    );

  it("past maxConnections a new socket is closed on accept, and counted; once some close, requests are served again", {
    timeout: CASE_TIMEOUT_MS,
  }, async () => {
    const held = [await connect(p.server.port), await connect(p.server.port)];
    await expect.poll(openConnections).toBe(2);
    const extra = await connect(p.server.port);
    await extra.closed;
    expect(extra.text()).toBe("");
    expect(p.metrics.httpConnectionsDropped.get()).toBe(1);
    for (const c of held) c.socket.destroy();
    await expect.poll(openConnections).toBe(0);
    expect((await fetch(`${p.server.url}/healthz`)).status).toBe(200);
  });
});
