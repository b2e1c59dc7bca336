// Why the program could not start, as one line a person can act on. A supervisor sees a non-zero
// exit (1) and the line on stderr; configuration and knowledge problems carry no stack trace (the
// fix is in the environment or the data, not in the code). Unknown errors keep theirs in the log.
import { DiscordjsErrorCodes } from "discord.js";
import { FontError } from "../charts/index.js";
import { ConfigError } from "../config/core.js";
import { KnowledgeError } from "../knowledge/load.js";

/** Exit status of every start-up failure and of an uncaught exception. */
export const EXIT_FAILURE = 1;
/** Problems of an invalid knowledge folder shown on the line; the rest are counted. */
const KNOWLEDGE_PROBLEMS_SHOWN = 3;

/** A gateway that refused the bot or never became ready (see discord/gateway-watch.ts). */
export class GatewayStartError extends Error {
  override name = "GatewayStartError";
}

/** A start-up failure whose fix is outside the code: printed without a stack trace. */
export class StartupError extends Error {
  override name = "StartupError";
}

type NodeError = Error & {
  code?: string;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
  cause?: unknown;
};

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: "DNS lookup failed",
  EAI_AGAIN: "DNS lookup failed (temporary)",
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
};

const LISTEN_CODES: Record<string, string> = {
  EADDRINUSE: "the port is already in use (another instance? set PORT)",
  EACCES: "permission denied (ports below 1024 need privileges; set PORT)",
  EADDRNOTAVAIL: "no such address on this machine (set HOST)",
};

/** The network error inside err (fetch wraps it as `cause`), if there is one. */
function networkCause(err: unknown): NodeError | null {
  for (
    let e = err as NodeError | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as NodeError | undefined, depth++
  ) {
    if (typeof e === "object" && typeof e.code === "string" && NETWORK_CODES[e.code]) return e;
  }
  return null;
}

/** A message that lists problems on "- " lines, as one line: "invalid configuration: A: x; B: y". */
const oneLine = (s: string) =>
  s
    .replace(/:\s*\n\s*-\s+/g, ": ")
    .replace(/\s*\n\s*-\s+/g, "; ")
    .replace(/\s*\n\s*/g, " ")
    .trim();

/** One line describing why start-up failed, and whether the stack trace is worth logging. */
export function describeStartupFailure(
  err: unknown,
  context: { knowledgeDir?: string; discordApi?: string } = {},
): { line: string; expected: boolean } {
  if (
    err instanceof ConfigError ||
    err instanceof StartupError ||
    err instanceof GatewayStartError ||
    err instanceof FontError
  ) {
    return { line: oneLine(err.message), expected: true };
  }
  if (err instanceof KnowledgeError) {
    const shown = err.violations
      .slice(0, KNOWLEDGE_PROBLEMS_SHOWN)
      .map((v) => `[${v.check}] ${oneLine(v.message)}`);
    const more = err.violations.length - shown.length;
    const where = context.knowledgeDir ? ` ${context.knowledgeDir}` : "";
    return {
      line: `knowledge folder${where} is invalid (${err.violations.length} problem(s)): ${shown.join("; ")}${more > 0 ? `; and ${more} more (npm run validate-knowledge lists them)` : ""}`,
      expected: true,
    };
  }
  const e = err as NodeError | null;
  if (e && e.syscall === "listen" && e.code && LISTEN_CODES[e.code]) {
    return {
      line: `cannot listen on ${e.address ?? "?"}:${e.port ?? "?"}: ${LISTEN_CODES[e.code]} (${e.code})`,
      expected: true,
    };
  }
  if (e && (e as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
    return {
      line: "Discord refused the bot token (HTTP 401): check DISCORD_TOKEN (Developer Portal > Bot > Reset Token)",
      expected: true,
    };
  }
  const net = networkCause(err);
  if (net) {
    const host = net.hostname ?? (context.discordApi ? new URL(context.discordApi).host : "discord.com");
    return {
      line: `cannot reach Discord at ${host}: ${NETWORK_CODES[net.code!]} (${net.code}); check the network, DNS and DISCORD_API_URL`,
      expected: true,
    };
  }
  return {
    line: `unexpected error: ${oneLine(e instanceof Error ? e.message : String(err))}`,
    expected: false,
  };
}
