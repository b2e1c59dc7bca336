// stop(): no new work, in-flight replies finish, the client is destroyed, nothing left open.
import { describe, expect, it, vi } from "vitest";
import { createBot } from "../../src/surfaces/discord/bot.js";
import { loadCommands } from "../../src/surfaces/discord/commands/index.js";
import { OptionType } from "../support/discord/standin.js";
import { callbackPath, startHarness } from "./support/harness.js";

const tcpHandles = () =>
  process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap" || r === "TCPServerWrap").length;

describe("bot lifecycle", () => {
  it("stop() finishes an in-flight reply, takes no new work, and leaves no open handles", async () => {
    const baseline = tcpHandles();
    const h = await startHarness();
    // The reply is held by the stand-in until the test lets it go (not for a fixed time, which a
    // busy machine could let pass before the checks below run).
    let release!: () => void;
    h.standin.failNext({
      method: "POST",
      path: "/interactions/:id/:token/callback",
      until: new Promise<void>((r) => (release = r)),
    });
    const p = h.standin.interactionCreate({
      kind: "chatInput",
      commandName: "ask",
      options: [{ name: "question", type: OptionType.String, value: "How many households were relocated?" }],
    });
    await vi.waitFor(
      () =>
        expect(h.standin.requests.some((r) => r.method === "POST" && r.path === callbackPath(p))).toBe(true),
      { timeout: 20_000, interval: 5 },
    );
    const pending = h.standin.requests.find((r) => r.method === "POST" && r.path === callbackPath(p))!;
    expect(pending.status).toBeNull(); // the reply is still in flight

    const stopping = h.bot.stop();
    const late = h.standin.interactionCreate({ kind: "chatInput", commandName: "help" });
    // The held reply goes once the bot has been handed the late interaction: discord.js emits its raw
    // packet to the bot's handler (registered first, it renames the packet's t once read) and then
    // to this one, in the same turn. So it arrived while the bot was stopping.
    await new Promise<void>((resolve) =>
      h.bot.client.on("raw", (packet: { d?: { id?: string } }) => {
        if (packet.d?.id === late.id) setImmediate(resolve);
      }),
    );
    expect(pending.status).toBeNull(); // stop() is waiting for it
    release();
    await stopping;
    expect(pending.status).toBe(204);
    expect(h.standin.getInteraction(p.id)?.acknowledged).toBe(true);
    expect(h.standin.getInteraction(late.id)?.acknowledged).toBe(false);
    expect(h.bot.client.isReady()).toBe(false);
    expect(h.logs.some((l) => l.msg === "stopped")).toBe(true);

    await h.close();
    await vi.waitFor(() => expect(tcpHandles()).toBeLessThanOrEqual(baseline), {
      timeout: 15_000,
      interval: 20,
    });
  });

  it("the loader rejects a command module without execute", () => {
    expect(() => loadCommands([{ data: { name: "x", description: "y" } }])).toThrow(/execute/);
    expect(() => loadCommands([{ execute() {} }])).toThrow(/data/);
  });

  it("the client never parses mentions by default and registers no commands on ready", async () => {
    const h = await startHarness();
    try {
      expect(h.bot.client.options.allowedMentions).toEqual({ parse: [] });
      expect(h.standin.findRequests((r) => r.path.includes("/commands") && r.method !== "GET")).toHaveLength(
        0,
      );
    } finally {
      await h.close();
    }
    void createBot;
  });
});
