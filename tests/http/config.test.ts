// The new variables: defaults, and a missing or bad one stops the program naming it.
import { describe, expect, it } from "vitest";
import { loadBotConfig } from "../../src/config/bot.js";
import { ConfigError } from "../../src/config/core.js";

const base = { DISCORD_TOKEN: "x".repeat(30), DISCORD_APPLICATION_ID: "123456789012345678" };
const KEY = "a".repeat(64);

describe("bot config: MODE, HOST, PORT, DISCORD_PUBLIC_KEY, ASK_COOLDOWN_SECONDS, KNOWLEDGE_CHECK_SECONDS", () => {
  it("defaults: gateway on 127.0.0.1:8080, 5 s cooldown, knowledge checked every 5 s", () => {
    expect(loadBotConfig(base)).toMatchObject({
      MODE: "gateway",
      HOST: "127.0.0.1",
      PORT: 8080,
      ASK_COOLDOWN_SECONDS: 5,
      KNOWLEDGE_CHECK_SECONDS: 5,
    });
    expect(
      loadBotConfig({
        ...base,
        MODE: "http",
        DISCORD_PUBLIC_KEY: KEY,
        PORT: "9000",
        ASK_COOLDOWN_SECONDS: "0.5",
      }),
    ).toMatchObject({ MODE: "http", PORT: 9000, ASK_COOLDOWN_SECONDS: 0.5 });
  });

  it.each([
    [{ MODE: "http" }, /DISCORD_PUBLIC_KEY: is required when MODE=http/],
    [{ MODE: "http", DISCORD_PUBLIC_KEY: "abc" }, /DISCORD_PUBLIC_KEY: must be the application's public key/],
    [{ MODE: "websocket" }, /MODE:/],
    [{ PORT: "70000" }, /PORT:/],
    [{ PORT: "http" }, /PORT:/],
    [{ ASK_COOLDOWN_SECONDS: "-1" }, /ASK_COOLDOWN_SECONDS:/],
    [{ KNOWLEDGE_CHECK_SECONDS: "soon" }, /KNOWLEDGE_CHECK_SECONDS:/],
    [{ MODE: "http", DISCORD_PUBLIC_KEY: KEY, DISCORD_TOKEN: "" }, /DISCORD_TOKEN:/],
  ])("%o is refused, naming the variable", (env, message) => {
    const run = () => loadBotConfig({ ...base, ...env });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
  });
});
