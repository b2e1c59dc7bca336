// The real entry point (`npm run dev` / `npm start`) as a child process in MODE=http: it serves,
// it exits 0 on SIGTERM after draining, and a missing or bad variable stops it naming the variable.
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BotConfigSchema } from "../../src/config/bot.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { publicKeyToHex } from "../../src/surfaces/http/verify.js";
import { compiled } from "../support/compiled.js";

const MAIN = join(PROJECT_ROOT, "src/surfaces/discord/main.ts");
const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(DISCORD_|MODE$|HOST$|PORT$|ASK_|KNOWLEDGE_|SHARD)/.test(k),
    ),
  );

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [compiled(MAIN)], {
    cwd: PROJECT_ROOT,
    env: { ...cleanEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

const base = {
  DISCORD_TOKEN: "x".repeat(30),
  DISCORD_APPLICATION_ID: "123456789012345678",
  LOG_LEVEL: "info",
};

describe("main in MODE=http", () => {
  it("serves /healthz on HOST:PORT, and SIGTERM drains and exits 0", async () => {
    const key = publicKeyToHex(generateKeyPairSync("ed25519").publicKey);
    const p = run({ ...base, MODE: "http", HOST: "127.0.0.1", PORT: "0", DISCORD_PUBLIC_KEY: key });
    try {
      await expect.poll(() => /"msg":"ready"/.test(p.output()), { timeout: 60_000, interval: 50 }).toBe(true);
      const ready = p
        .output()
        .split("\n")
        .map((l) => (l.startsWith("{") ? (JSON.parse(l) as { msg?: string; url?: string }) : {}))
        .find((l) => l.msg === "ready")!;
      expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);
      const health = await fetch(ready.url!.replace("/interactions", "/healthz"));
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", mode: "http" });
      expect((await fetch(ready.url!, { method: "POST", body: "{}" })).status).toBe(401);
      p.child.kill("SIGTERM");
      expect(await p.exited).toBe(0);
      expect(p.output()).toMatch(/"msg":"stopped"/);
      expect(p.output()).not.toContain(base.DISCORD_TOKEN);
    } finally {
      p.child.kill("SIGKILL");
    }
  });

  it("MODE=http without DISCORD_PUBLIC_KEY exits 1 naming it", async () => {
    const p = run({ ...base, MODE: "http" });
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain("DISCORD_PUBLIC_KEY: is required when MODE=http");
  });
});

describe(".env.example", () => {
  it("documents every variable of the bot's configuration", () => {
    const example = readFileSync(join(PROJECT_ROOT, ".env.example"), "utf8");
    for (const key of Object.keys(BotConfigSchema.shape))
      expect(example, key).toMatch(new RegExp(`^#? ?${key}=`, "m"));
  });
});
