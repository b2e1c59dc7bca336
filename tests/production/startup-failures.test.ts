// Every way the bot can fail to start, with the real entry point (main.ts or sharded.ts, transpiled
// once for the run: see support/entry.ts): the process exits 1 (a supervisor sees a
// failure, not a clean stop) and stderr holds one line saying what to fix, with no stack trace.
// Also: an uncaught exception after start exits 1 instead of running on in an unknown state.
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicKeyToHex } from "../../src/surfaces/http/verify.js";
import { startDiscordStandin, type DiscordStandin } from "../support/discord/standin.js";
import { BASE_ENV, exitWithin, MAIN, runEntry, SHARDED, waitForLog, type Running } from "./support/entry.js";

const NO_DNS = fileURLToPath(new URL("./support/no-dns.ts", import.meta.url));
const THROW_ON_SIGNAL = fileURLToPath(new URL("./support/throw-on-signal.ts", import.meta.url));
const TOKEN = "test-token-for-the-startup-failure-runs";
/** Bounds of these tests' own waits: a process that has not exited by then is a failure (it would hang a supervisor). */
const EXIT_BOUND_MS = 45_000;

let badKnowledge: string;
beforeAll(() => {
  badKnowledge = mkdtempSync(join(tmpdir(), "report-bot-bad-knowledge-"));
  mkdirSync(join(badKnowledge, "reports"));
  writeFileSync(join(badKnowledge, "glossary.zh.json"), "{");
});
afterAll(() => rmSync(badKnowledge, { recursive: true, force: true }));

/** Exit 1, exactly one line on stderr, matching `line`, and no stack trace anywhere. */
async function failsWithOneLine(p: Running, line: RegExp) {
  const code = await exitWithin(p, EXIT_BOUND_MS);
  const err = p.stderr();
  expect(code, `stderr: ${err}\nstdout: ${p.stdout().slice(-2000)}`).toBe(1);
  expect(err.trimEnd().split("\n"), err).toHaveLength(1);
  expect(err).toMatch(line);
  expect(err + p.stdout()).not.toMatch(/\n\s+at /);
  expect(p.stdout()).not.toMatch(/uncaught exception/);
}

// One child at a time: each loads Node, discord.js and (for most) the knowledge; in parallel they only compete for the two cores.
describe("start-up failures: exit 1 with one line", { timeout: 90_000 }, () => {
  it("a bad variable names it", async () => {
    await failsWithOneLine(
      runEntry(MAIN, { ...BASE_ENV, MODE: "http" }),
      /^report-bot: cannot start: invalid configuration: DISCORD_PUBLIC_KEY: is required when MODE=http/,
    );
  });

  it("an invalid knowledge folder names the folder and its problem", async () => {
    await failsWithOneLine(
      runEntry(MAIN, { ...BASE_ENV, KNOWLEDGE_DIR: badKnowledge, PORT: "0" }),
      /^report-bot: cannot start: knowledge folder .*report-bot-bad-knowledge-\S+ is invalid \(1 problem\(s\)\): \[schema\] glossary\.zh\.json/,
    );
  });

  it("a port in use names the address and the variable", async () => {
    const taken: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => resolve(s));
    });
    try {
      const port = (taken.address() as { port: number }).port;
      const key = publicKeyToHex(generateKeyPairSync("ed25519").publicKey);
      const p = runEntry(MAIN, {
        ...BASE_ENV,
        MODE: "http",
        DISCORD_PUBLIC_KEY: key,
        HOST: "127.0.0.1",
        PORT: String(port),
      });
      await failsWithOneLine(
        p,
        new RegExp(
          `^report-bot: cannot start: cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use .*PORT.*EADDRINUSE`,
        ),
      );
    } finally {
      taken.close();
    }
  });

  it("a DNS failure names the host", async () => {
    const p = runEntry(
      MAIN,
      { ...BASE_ENV, DISCORD_API_URL: "http://discord.invalid/api", PORT: "0" },
      { preload: [NO_DNS] },
    );
    await failsWithOneLine(
      p,
      /^report-bot: cannot start: cannot reach Discord at discord\.invalid: DNS lookup failed \(ENOTFOUND\)/,
    );
  });

  describe("against the Discord stand-in", () => {
    let standin: DiscordStandin;
    let noReady: DiscordStandin;
    beforeAll(async () => {
      [standin, noReady] = await Promise.all([
        startDiscordStandin({ token: TOKEN }),
        startDiscordStandin({ token: TOKEN }),
      ]);
      // The gateway refuses the token (REST took it): close 4004 on IDENTIFY.
      standin.gatewayFaults.identifyCloseCode = 4004;
      noReady.gatewayFaults.withholdReady = true;
    });
    afterAll(async () => {
      await Promise.all([standin?.close(), noReady?.close()]);
    });

    it("an invalid token (gateway close 4004) says so", async () => {
      const p = runEntry(MAIN, {
        ...BASE_ENV,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: standin.restUrl,
        PORT: "0",
      });
      await failsWithOneLine(
        p,
        /^report-bot: cannot start: Discord refused the bot token \(gateway close 4004 authentication failed\): check DISCORD_TOKEN/,
      );
      expect(p.logs().find((l) => l.msg?.toString().startsWith("gateway closed"))).toMatchObject({
        code: 4004,
      });
    });

    it("no READY within GATEWAY_READY_TIMEOUT_SECONDS says so", async () => {
      const p = runEntry(MAIN, {
        ...BASE_ENV,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: noReady.restUrl,
        PORT: "0",
        GATEWAY_READY_TIMEOUT_SECONDS: "1",
      });
      await failsWithOneLine(
        p,
        /^report-bot: cannot start: no READY from the Discord gateway within 1 s \(no connection was closed\)/,
      );
    });
  });

  it("a shard that cannot start stops start:sharded: its own line, then the manager's", async () => {
    const p = runEntry(SHARDED, { ...BASE_ENV, TOTAL_SHARDS: "1", KNOWLEDGE_DIR: badKnowledge, PORT: "0" });
    const code = await exitWithin(p, EXIT_BOUND_MS);
    expect(code, p.stderr()).toBe(1);
    const lines = p.stderr().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^report-bot: cannot start: knowledge folder .* is invalid/);
    expect(lines.at(-1)).toMatch(
      /^report-bot: cannot start: Shard 0's process exited before its Client became ready/,
    );
    expect(p.stderr() + p.stdout()).not.toMatch(/\n\s+at /);
  });
});

describe("after start", { timeout: 90_000 }, () => {
  it("an uncaught exception is logged and exits 1 (the supervisor restarts a clean process)", async () => {
    const key = publicKeyToHex(generateKeyPairSync("ed25519").publicKey);
    const p = runEntry(
      MAIN,
      { ...BASE_ENV, MODE: "http", DISCORD_PUBLIC_KEY: key, HOST: "127.0.0.1", PORT: "0" },
      { preload: [THROW_ON_SIGNAL] },
    );
    try {
      await waitForLog(p, (l) => l.msg === "ready");
      p.child.kill("SIGUSR2");
      expect(await exitWithin(p, EXIT_BOUND_MS)).toBe(1);
      expect(p.logs().find((l) => l.msg === "uncaught exception; exiting")).toMatchObject({
        level: 60,
        err: { message: expect.stringContaining("caught by nobody") },
      });
      expect(p.stderr()).toMatch(
        /^report-bot: uncaught exception, exiting: unexpected error: test: thrown from a SIGUSR2 listener/,
      );
    } finally {
      p.child.kill("SIGKILL");
    }
  });
});
