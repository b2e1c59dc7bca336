// The HTTP side of the bot. In both modes: GET /healthz (200 with the knowledge version when it
// is loaded, 503 otherwise or while draining) and GET /metrics (Prometheus text). In http mode
// also POST /interactions, Discord's interactions endpoint: the Ed25519 signature is checked on
// the raw body (401 if missing, wrong or stale), PING gets PONG, and every other interaction
// runs the same handler as the gateway; its response is the HTTP response. Deferred work runs
// after the response is sent and edits the original message through REST. Stateless: any
// instance behind a load balancer can take any request.
// Hostile clients are cut off early (limits.ts): a request without valid-looking, fresh signature
// headers is refused before its body is read, bodies are bounded in size, time and total memory,
// idle and slow sockets are closed, open sockets are capped, and a replayed interaction is refused.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { KeyObject } from "node:crypto";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { Logger } from "pino";
import type { InteractionHandler } from "../discord/handle.js";
import { interactionInputFromApi, InvalidInteractionError } from "../discord/input.js";
import { wireBody, type HandlerResult, type MessageBody } from "../discord/response.js";
import { METRICS_CONTENT_TYPE, type BotMetrics } from "../metrics.js";
import { ClientGoneError, HttpError, readBody, type BodyBudget } from "./body.js";
import type { FollowUps } from "./followup.js";
import { httpLimits, type HttpLimits } from "./limits.js";
import { ReplayGuard } from "./replay.js";
import {
  checkSignatureHeaders,
  MAX_SIGNATURE_AGE_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
} from "./verify.js";

export type HealthReport = { ok: boolean; body: Record<string, unknown> };

export type HttpServerOptions = {
  host: string;
  port: number;
  logger: Logger;
  metrics: BotMetrics;
  /**
   * stop() waits this long for requests and deferred follow-ups before closing connections: the
   * configured SHUTDOWN_GRACE_SECONDS, so the process's own exit deadline (grace + a margin, main.ts)
   * never cuts a stop that is still within its grace.
   */
  stopGraceMs: number;
  /** Called for GET /healthz (and with draining=true during stop). */
  health: (draining: boolean) => HealthReport;
  /** http mode: the interactions endpoint. */
  interactions?: { publicKey: KeyObject; handle: InteractionHandler; followUps: FollowUps };
  /** Overrides of DEFAULT_HTTP_LIMITS (tests use small ones). */
  limits?: Partial<HttpLimits>;
  /** Clock of the signature age and the replay memory (tests). */
  now?: () => number;
};

export type HttpServer = { server: Server; url: string; port: number; stop(): Promise<void> };

/**
 * Writes the response. close: "Connection: close", so node closes the socket once it is sent
 * instead of reading (or waiting for) the rest of a request we refuse. Resolves when written, or
 * when the socket is gone (a client that left must not keep a request in flight).
 */
function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  options: { contentType?: string; close?: boolean } = {},
): Promise<void> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Promise((resolve) => {
    res.once("close", () => resolve());
    res.writeHead(status, {
      "content-type": options.contentType ?? "application/json",
      "content-length": Buffer.byteLength(text),
      "cache-control": "no-store",
      ...(options.close ? { connection: "close" } : {}),
    });
    res.end(text, () => resolve());
  });
}

/**
 * The handler's result as the JSON Discord takes as the HTTP response, and the work to run after
 * it. A reply with files cannot be a JSON response: it is deferred and the files go with the edit.
 */
function toWire(result: HandlerResult): {
  json: Record<string, unknown>;
  after?: () => Promise<MessageBody>;
} {
  const r = result.response;
  switch (r.type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const data = r.data;
      if (data.files?.length)
        return {
          json: {
            type: InteractionResponseType.DeferredChannelMessageWithSource,
            data: data.flags ? { flags: data.flags } : {},
          },
          after: async () => data,
        };
      return { json: { type: r.type, data: wireBody(data) } };
    }
    case InteractionResponseType.UpdateMessage: {
      const data = r.data;
      if (data.files?.length)
        return { json: { type: InteractionResponseType.DeferredMessageUpdate }, after: async () => data };
      return { json: { type: r.type, data: wireBody(data) } };
    }
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return { json: { type: r.type, data: r.data }, ...(result.deferred ? { after: result.deferred } : {}) };
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return { json: { type: r.type, data: r.data } };
  }
}

const routeOf = (url: string) => (["/interactions", "/healthz", "/metrics"].includes(url) ? url : "other");

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { logger, metrics } = options;
  const limits = httpLimits(options.limits);
  const now = options.now ?? Date.now;
  const budget: BodyBudget = { buffered: 0 };
  const replays = new ReplayGuard(MAX_SIGNATURE_AGE_SECONDS * 1000, limits.maxRememberedInteractions, now);
  let draining = false;
  const inflight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const endpoint = options.interactions!;
    const refuse = async (reason: string) => {
      logger.warn({ reason, remote: req.socket.remoteAddress }, "interaction request refused: signature");
      await send(res, 401, { error: "invalid request signature" }, { close: true });
      return 401;
    };
    // Before the body: a request that cannot carry a valid signature is not worth a byte of memory.
    const headers = checkSignatureHeaders({
      signature: req.headers[SIGNATURE_HEADER],
      timestamp: req.headers[TIMESTAMP_HEADER],
      nowMs: now(),
    });
    if (!headers.ok) return refuse(headers.reason);
    const body = await readBody(req, {
      maxBytes: limits.maxBodyBytes,
      maxBuffered: limits.maxBufferedBytes,
      budget,
      timeoutMs: limits.requestTimeoutMs,
      sendContinue: () => res.writeContinue(),
    });
    const check = verifySignature(headers, body, endpoint.publicKey);
    if (!check.ok) return refuse(check.reason);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      await send(res, 400, { error: "body is not JSON" });
      return 400;
    }
    if ((payload as { type?: unknown } | null)?.type === InteractionType.Ping) {
      await send(res, 200, { type: InteractionResponseType.Pong });
      return 200;
    }
    let input: ReturnType<typeof interactionInputFromApi>;
    try {
      input = interactionInputFromApi(payload);
    } catch (err) {
      if (!(err instanceof InvalidInteractionError)) throw err;
      logger.warn({ err: err.message }, "interaction request refused: unreadable interaction");
      await send(res, 400, { error: err.message });
      return 400;
    }
    if (!replays.firstTime(input.id, headers.signedAtSeconds)) {
      logger.warn(
        { interactionId: input.id, remote: req.socket.remoteAddress },
        "interaction request refused: replayed",
      );
      await send(res, 409, { error: "interaction already received" });
      return 409;
    }
    const { json, after } = toWire(await endpoint.handle(input));
    await send(res, 200, json);
    if (after) {
      track(
        (async () => {
          try {
            await endpoint.followUps.editOriginal(input.applicationId, input.token, await after());
          } catch (err) {
            logger.error(
              { err, interactionId: input.id, command: input.commandName },
              "could not deliver the deferred reply",
            );
            metrics.errors.inc({ where: "follow_up" });
          }
        })(),
      );
    }
    return 200;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: string): Promise<number> {
    if (url === "/interactions" && options.interactions) {
      if (req.method !== "POST") return send(res, 405, { error: "POST only" }).then(() => 405);
      if (draining) return send(res, 503, { error: "shutting down" }).then(() => 503);
      return interactions(req, res);
    }
    if (url === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      const h = options.health(draining);
      const status = h.ok ? 200 : 503;
      await send(res, status, h.body);
      return status;
    }
    if (url === "/metrics" && req.method === "GET") {
      await send(res, 200, await metrics.registry.metrics(), { contentType: METRICS_CONTENT_TYPE });
      return 200;
    }
    await send(res, 404, { error: "not found" });
    return 404;
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const url = (req.url ?? "/").split("?", 1)[0]!;
    const done = route(req, res, url).then(
      (status) => metrics.httpRequests.inc({ route: routeOf(url), status: String(status) }),
      async (err: unknown) => {
        const status = err instanceof HttpError ? err.status : 500;
        metrics.httpRequests.inc({ route: routeOf(url), status: String(status) });
        if (err instanceof ClientGoneError) {
          // The client's doing (it hung up mid-upload): nothing to answer, not a server error.
          logger.debug({ url, remote: req.socket.remoteAddress }, "http request abandoned by the client");
          res.destroy();
          return;
        }
        if (status === 500) {
          logger.error({ err, url }, "http request failed");
          metrics.errors.inc({ where: "http" });
        } else {
          logger.info(
            { status, reason: (err as Error).message, url, remote: req.socket.remoteAddress },
            "http request refused",
          );
        }
        const close = !(err instanceof HttpError) || err.closeConnection;
        if (!res.headersSent)
          await send(
            res,
            status,
            { error: err instanceof HttpError ? err.message : "internal error" },
            { close },
          );
        else res.destroy();
      },
    );
    track(done);
  };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks both deadlines only this often (30 s by default): a slow request could outlive its limit by that much.
      connectionsCheckingInterval: limits.checkIntervalMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    onRequest,
  );
  // Expect: 100-continue: node would say "continue" before any check; the route says it only when it is about to read the body.
  server.on("checkContinue", onRequest);
  // Any socket quiet for this long is closed, whatever phase it is in: a second bound beside the
  // header deadline (which node also applies to a socket that never sends a byte).
  server.timeout = limits.idleTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.on("drop", () => metrics.httpConnectionsDropped.inc());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  logger.info(
    { host: options.host, port, interactions: Boolean(options.interactions) },
    "http server listening",
  );

  let stopped: Promise<void> | null = null;
  return {
    server,
    port,
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host === "[::]" ? "[::1]" : host}:${port}`,
    stop() {
      stopped ??= (async () => {
        draining = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, options.stopGraceMs).unref());
        await Promise.race([
          (async () => {
            while (inflight.size > 0) await Promise.allSettled([...inflight]);
          })(),
          grace,
        ]);
        server.closeAllConnections();
        await closed;
        options.interactions?.followUps.close();
      })();
      return stopped;
    },
  };
}
