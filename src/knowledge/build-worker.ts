// Worker thread entry: builds knowledge (clean, split, extract, annotate, validate) from the raw
// files it is sent and posts back the result as plain data, so the thread that answers
// questions and /healthz never runs the build. See build-off-thread.ts.
import { parentPort } from "node:worker_threads";
import { buildKnowledge, KnowledgeError } from "./load.js";
import type { BuildReply, BuildRequest } from "./build-off-thread.js";

parentPort!.on("message", ({ id, files }: BuildRequest) => {
  let reply: BuildReply;
  try {
    reply = { id, ok: true, kb: buildKnowledge(files) };
  } catch (error) {
    reply =
      error instanceof KnowledgeError
        ? { id, ok: false, violations: error.violations }
        : { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
