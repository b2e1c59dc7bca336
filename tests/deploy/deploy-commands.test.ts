import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { commandDefinitions, loadCommands } from "../../src/surfaces/discord/commands/index.js";
import { COMMAND_DESCRIPTION_MAX, COMMAND_NAME_MAX } from "../../src/surfaces/discord/limits.js";
import { compiled } from "../support/compiled.js";

const run = promisify(execFile);
const deploy = (env: Record<string, string>, ...args: string[]) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DISCORD_")));
  return run(process.execPath, [compiled("scripts/deploy-commands.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...clean, ...env },
  });
};

describe("deploy-commands --dry-run", () => {
  it("prints the bulk request with every command, zh-CN localisations and Manage Server on refresh, without a token", async () => {
    const { stdout } = await deploy(
      { DISCORD_APPLICATION_ID: "123456789012345678", DISCORD_GUILD_ID: "223456789012345678" },
      "--dry-run",
    );
    const request = JSON.parse(stdout) as { method: string; route: string; body: Record<string, unknown>[] };
    expect(request.method).toBe("PUT");
    expect(request.route).toBe("/applications/123456789012345678/guilds/223456789012345678/commands");
    expect(request.body.map((c) => c.name)).toEqual([
      "ask",
      "fact",
      "section",
      "sections",
      "chart",
      "help",
      "refresh",
      "Ask the report",
    ]);
    for (const c of request.body) {
      expect(String(c.name).length).toBeLessThanOrEqual(COMMAND_NAME_MAX);
      if (c.type === 3) expect(c.name_localizations).toHaveProperty("zh-CN");
      else {
        expect(c.description_localizations).toHaveProperty("zh-CN");
        expect(String(c.description).length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
      }
    }
    const refresh = request.body.find((c) => c.name === "refresh")!;
    expect(refresh.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    // Registered is exactly what the bot routes: the loaded modules' definitions, nothing kept beside them.
    const routed = loadCommands();
    expect(request.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions(routed))));
    expect(request.body.map((c) => c.name)).toEqual([...routed.keys()]);
  });

  it("targets global commands without a guild id", async () => {
    const { stdout } = await deploy({ DISCORD_APPLICATION_ID: "123456789012345678" }, "--dry-run");
    expect(JSON.parse(stdout).route).toBe("/applications/123456789012345678/commands");
  });

  it("refuses to register for real without a token, naming the variable", async () => {
    await expect(deploy({ DISCORD_APPLICATION_ID: "123456789012345678" })).rejects.toMatchObject({
      stderr: expect.stringContaining("DISCORD_TOKEN"),
    });
  });
});
