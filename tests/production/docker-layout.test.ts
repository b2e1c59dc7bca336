// The Docker image, without a Docker engine: every stage of the Dockerfile is laid out in a temp
// folder exactly as its COPY lines say (the build stage's `npx tsc` really runs; `npm ci` becomes
// links to the installed packages, production ones only where the Dockerfile omits dev), and the
// runtime stage's CMD is started from there in MODE=http until /healthz answers 200. A file the
// bot reads at start that the runtime stage does not COPY (the chart fonts were one) fails it.
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { layOutStages, type StageLayout } from "./support/dockerfile.js";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

// Node's own raw Ed25519 public key as the 64 hex characters the Developer Portal shows.
const publicKeyHex = () =>
  generateKeyPairSync("ed25519")
    .publicKey.export({ format: "der", type: "spki" })
    .subarray(-32)
    .toString("hex");

describe("the Docker image (runtime stage laid out from the Dockerfile)", () => {
  const out = mkdtempSync(join(tmpdir(), "docker-layout-"));
  let runtime: StageLayout;

  beforeAll(() => {
    runtime = layOutStages(PROJECT_ROOT, out).at(-1)!;
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("holds the files the bot reads and nothing from the developer's machine", () => {
    const app = join(runtime.root, runtime.workdir);
    for (const path of [
      "package.json",
      "dist/surfaces/discord/main.js",
      "knowledge/glossary.zh.json",
      "assets/fonts/DejaVuSans.ttf",
    ])
      expect(existsSync(join(app, path)), path).toBe(true);
    for (const path of [".env", "src", "tests", "dist/node_modules"])
      expect(existsSync(join(app, path)), path).toBe(false);
    // Only production packages: the runtime stage installs with --omit=dev.
    expect(existsSync(join(app, "node_modules/zod"))).toBe(true);
    expect(existsSync(join(app, "node_modules/vitest"))).toBe(false);
  });

  it("starts with its CMD in MODE=http, answers /healthz 200, passes its HEALTHCHECK and stops on SIGTERM", async () => {
    const cwd = join(runtime.root, runtime.workdir);
    const port = String(await freePort());
    // The image's ENV, then what `docker run -e` would add; nothing from this process's environment.
    const env = {
      PATH: process.env.PATH ?? "",
      ...runtime.env,
      MODE: "http",
      HOST: "127.0.0.1",
      PORT: port,
      DISCORD_TOKEN: "fake-token-".padEnd(40, "x"),
      DISCORD_APPLICATION_ID: "123456789012345678",
      DISCORD_PUBLIC_KEY: publicKeyHex(),
    };
    const [command, ...args] = runtime.cmd!;
    expect(command).toBe("node");
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve((exitCode = code))),
    );
    try {
      // Until /healthz answers 200; an exit first (a missing file stops the bot) fails with its output.
      const deadline = Date.now() + 30_000;
      let status: number | string = "not started";
      while (status !== 200 && Date.now() < deadline) {
        if (exitCode !== undefined) break;
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.status,
          () => "not listening yet",
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(exitCode, `the bot exited before /healthz answered:\n${output}`).toBeUndefined();
      expect(status, output).toBe(200);

      const [hcCommand, ...hcArgs] = runtime.healthcheck!;
      expect(hcCommand).toBe("node");
      const check = spawnSync(process.execPath, hcArgs, { cwd, env, encoding: "utf8", timeout: 10_000 });
      expect(check.status, check.stderr).toBe(0);

      child.kill("SIGTERM");
      expect(await exited, output).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);
});
