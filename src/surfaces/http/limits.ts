// How much time, memory and how many sockets one HTTP client may hold. Discord sends a signed
// request of a few KiB in one go and needs the answer within 3 s, so anything slower or bigger
// than these bounds is not Discord and is cut off instead of being waited for. Tests pass small
// values; the defaults are for production (the README lists them).

export type HttpLimits = {
  /** Largest request body read (413 above it, as soon as it is crossed, chunked or not). */
  maxBodyBytes: number;
  /** All request bodies being read at once, together (503 above it): bounds memory whatever maxConnections is. */
  maxBufferedBytes: number;
  /** Time to receive the request headers (node's server.headersTimeout; 408 and close). */
  headersTimeoutMs: number;
  /** Time to receive the whole request, headers and body (node's server.requestTimeout, and our own body deadline). */
  requestTimeoutMs: number;
  /** A socket with no traffic for this long is closed (node's server.timeout), in whatever phase it is. */
  idleTimeoutMs: number;
  /** A kept-alive socket waits this long for its next request (node's server.keepAliveTimeout). */
  keepAliveTimeoutMs: number;
  /** Open sockets at most; more are closed on accept (node's server.maxConnections). */
  maxConnections: number;
  /** How often node checks the header and request deadlines (its connectionsCheckingInterval). */
  checkIntervalMs: number;
  /** Interaction ids remembered to refuse a replayed signed request (bounded memory; see replay.ts). */
  maxRememberedInteractions: number;
};

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  // A message context menu carries one resolved message (≤ 4000 characters, ≤ 10 embeds of ≤ 6000): far below 1 MiB.
  maxBodyBytes: 1024 * 1024,
  maxBufferedBytes: 32 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 10_000,
  idleTimeoutMs: 15_000,
  // Longer than the usual load balancer idle timeout (60 s), so the balancer, not us, closes an idle
  // kept-alive connection (otherwise it may send a request on a socket we are closing: a 502).
  keepAliveTimeoutMs: 65_000,
  maxConnections: 256,
  checkIntervalMs: 1_000,
  maxRememberedInteractions: 100_000,
};

/** Defaults overridden by `partial`; throws on values node would refuse or that make no sense. */
export function httpLimits(partial: Partial<HttpLimits> = {}): HttpLimits {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0)
      throw new RangeError(`HTTP limit ${name} must be a positive integer, got ${value}`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs)
    throw new RangeError("HTTP limit headersTimeoutMs must not exceed requestTimeoutMs");
  if (limits.maxBodyBytes > limits.maxBufferedBytes)
    throw new RangeError("HTTP limit maxBodyBytes must not exceed maxBufferedBytes");
  return limits;
}
