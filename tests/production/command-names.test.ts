// Every command has a zh-CN name, valid by Discord's naming rule
// (https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming):
// slash command and option names match ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ (unicode) and use the
// lowercase form of any cased letter; user and message commands may have capitals and spaces (1-32 characters).
// The docs' current pattern also allows an apostrophe the API refuses (discord-api-docs#7371): not allowed here.
import { ApplicationCommandType } from "discord.js";
import { describe, expect, it } from "vitest";
import { commandDefinitions, loadCommands } from "../../src/surfaces/discord/commands/index.js";
import { COMMAND_NAME_MAX } from "../../src/surfaces/discord/limits.js";
import { zhCN } from "../../src/surfaces/discord/locales/zh-CN.js";

const SLASH_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const validSlashName = (name: string) => SLASH_NAME.test(name) && name === name.toLowerCase();

type Named = {
  name: string;
  name_localizations?: Record<string, string>;
  type?: number;
  options?: readonly Named[];
};
const commands = commandDefinitions(loadCommands()) as readonly Named[];
const isSlash = (c: Named) =>
  (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;

describe("zh-CN command names", () => {
  it.each(commands.map((c) => [c.name, c] as const))("%s has a zh-CN name Discord accepts", (_name, c) => {
    const zh = c.name_localizations?.["zh-CN"];
    expect(zh, `${c.name} has no zh-CN name`).toBeTypeOf("string");
    if (isSlash(c)) expect(validSlashName(zh!), `${zh} breaks the slash-command naming rule`).toBe(true);
    else expect(zh!.trim().length).toBeGreaterThan(0);
    expect([...zh!].length).toBeLessThanOrEqual(COMMAND_NAME_MAX);
  });

  it("every option's zh-CN name follows the same rule", () => {
    const options = commands.flatMap((c) => c.options ?? []);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) {
      const zh = o.name_localizations?.["zh-CN"];
      expect(zh !== undefined && validSlashName(zh), `option ${o.name}: ${zh}`).toBe(true);
    }
  });

  it("no two commands of a type share a zh-CN name (Discord keys commands by type and name)", () => {
    for (const type of new Set(commands.map((c) => c.type ?? ApplicationCommandType.ChatInput))) {
      const names = commands
        .filter((c) => (c.type ?? ApplicationCommandType.ChatInput) === type)
        .map((c) => c.name_localizations?.["zh-CN"]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("the zh-CN help and hints name the commands as a zh-CN client shows them", () => {
    for (const c of commands.filter((c) => isSlash(c) && c.name !== "help"))
      expect(zhCN.help).toContain(`/${c.name_localizations!["zh-CN"]}`);
    for (const text of [zhCN.help, zhCN.staleButton, zhCN.staleChart]) expect(text).not.toMatch(/\/[a-z]/);
  });

  it("the rule itself: lowercase Latin, Han and digits pass; capitals, spaces and apostrophes do not", () => {
    expect(["ask", "提问", "章节列表", "a-b_1"].every(validSlashName)).toBe(true);
    expect(["Ask", "ask me", "isn't", "", "x".repeat(33)].some(validSlashName)).toBe(false);
  });
});
