// `cp .env.example .env` works as copied: the file is copied verbatim into a fresh working
// directory as .env, the real entry point (main.ts, transpiled once for the run: see
// support/entry.ts) starts there with only the two values the README says to fill (plus the
// stand-in's URL and a free port), and the gateway bot
// reaches READY and /healthz says so. discord.js reads some environment variables as its own
// options (SHARD_COUNT=auto crashed the client); no active line may use those names, nor set what
// the Docker image sets (HOST=127.0.0.1 under `docker run --env-file` made the container unreachable).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "dotenv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORDJS_ENV, loadBotConfig } from "../../src/config/bot.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { startDiscordStandin, type DiscordStandin } from "../support/discord/standin.js";
import { exitWithin, MAIN, runEntry, waitForLog } from "./support/entry.js";

const EXAMPLE = join(PROJECT_ROOT, ".env.example");
const TOKEN = "test-token-for-the-env-example-run";

/** The variables the Dockerfile's ENV instructions set (runtime stage included). */
function dockerfileEnv(): string[] {
  const text = readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8").replace(/\\\r?\n/g, " ");
  return text
    .split("\n")
    .filter((l) => /^\s*ENV\s/.test(l))
    .flatMap((l) => [...l.matchAll(/([A-Z_][A-Z0-9_]*)=/g)].map((m) => m[1]!));
}

describe(".env.example, statically", () => {
  const active = Object.keys(parse(readFileSync(EXAMPLE)));

  it("sets no variable discord.js reads as its own option", () => {
    expect(active.filter((k) => (DISCORDJS_ENV as readonly string[]).includes(k))).toEqual([]);
  });

  it("sets nothing the Docker image sets (those lines stay commented, with their default)", () => {
    const image = dockerfileEnv();
    expect(image).toEqual(expect.arrayContaining(["HOST", "PORT", "MODE"]));
    expect(active.filter((k) => image.includes(k))).toEqual([]);
  });

  it("parses as the bot's configuration once the token and the application id are filled", () => {
    const env = {
      ...parse(readFileSync(EXAMPLE)),
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: "123456789012345678",
    };
    expect(loadBotConfig(env)).toMatchObject({ MODE: "gateway", TOTAL_SHARDS: "auto", HOST: "127.0.0.1" });
  });
});

describe("cp .env.example .env, then npm run dev", () => {
  let standin: DiscordStandin;
  let cwd: string;
  beforeAll(async () => {
    standin = await startDiscordStandin({ token: TOKEN });
    cwd = mkdtempSync(join(tmpdir(), "report-bot-env-example-"));
    copyFileSync(EXAMPLE, join(cwd, ".env"));
  });
  afterAll(async () => {
    await standin?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it("the gateway bot starts with the copied values: READY, /healthz 200, SIGTERM exits 0", async () => {
    // Real environment variables take precedence over .env: the README's two blanks, the stand-in, a free port.
    const p = runEntry(
      MAIN,
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: standin.applicationId,
        DISCORD_API_URL: standin.restUrl,
        PORT: "0",
      },
      { cwd },
    );
    try {
      await waitForLog(p, (l) => l.msg === "ready");
      const listening = p.logs().find((l) => l.msg === "http server listening")!;
      const health = await fetch(`http://127.0.0.1:${listening.port as number}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", mode: "gateway", gateway: "ready" });
      p.child.kill("SIGTERM");
      expect(await exitWithin(p, 20_000)).toBe(0);
      expect(p.stderr()).toBe("");
    } finally {
      p.child.kill("SIGKILL");
    }
  });
});
