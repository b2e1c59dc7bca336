// Reading a request body under bounds: a size limit checked as bytes arrive (so a chunked body
// without Content-Length is refused the moment it crosses it), a deadline for the whole body (a
// body trickled in slowly is cut off, not answered late), and a budget shared by all bodies being
// read (so many connections cannot together hold much memory). A client that goes away mid-body
// is its own doing: ClientGoneError, not a server error.
import type { IncomingMessage } from "node:http";

export class HttpError extends Error {
  /** closeConnection: answer, then close the socket instead of reading (or waiting for) the rest of the request. */
  constructor(
    readonly status: number,
    message: string,
    readonly closeConnection = false,
  ) {
    super(message);
  }
}

/** nginx's 499 "client closed request": counted by route and status, never as an error. */
export class ClientGoneError extends HttpError {
  constructor() {
    super(499, "the client closed the connection before its request was read", true);
  }
}

/** Bytes of all request bodies being read right now (one per server). */
export type BodyBudget = { buffered: number };

/**
 * The body, or an HttpError. `sendContinue` answers "Expect: 100-continue" (node leaves that to us,
 * see server.ts): only once the request passed every check that needs no body, so a client that
 * asks first never sends a body that would be refused.
 */
export function readBody(
  req: IncomingMessage,
  options: {
    maxBytes: number;
    maxBuffered: number;
    budget: BodyBudget;
    timeoutMs: number;
    sendContinue: () => void;
  },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > options.maxBytes) {
      reject(new HttpError(413, "body too large", true));
      return;
    }
    if (req.headers.expect?.toLowerCase() === "100-continue") options.sendContinue();
    if (req.destroyed) {
      reject(new ClientGoneError());
      return;
    }
    let chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      options.budget.buffered -= size;
      req.off("data", onData).off("end", onEnd).off("close", onClose).off("error", onError);
    };
    const fail = (err: Error) => {
      if (settled) return;
      settle();
      chunks = [];
      // The stream keeps flowing with no 'data' listener: what still arrives is dropped, not kept.
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      options.budget.buffered += chunk.length;
      if (size > options.maxBytes) fail(new HttpError(413, "body too large", true));
      else if (options.budget.buffered > options.maxBuffered)
        fail(new HttpError(503, "too many request bodies being read; try again", true));
      else chunks.push(chunk);
    };
    const onEnd = () => {
      if (settled) return;
      settle();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => fail(new ClientGoneError());
    const onError = (err: Error) => fail(req.complete ? err : new ClientGoneError());
    const timer = setTimeout(
      () => fail(new HttpError(408, "request body not received in time", true)),
      options.timeoutMs,
    );
    req.on("data", onData).on("end", onEnd).on("close", onClose).on("error", onError);
  });
}
