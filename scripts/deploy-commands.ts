// `npm run deploy-commands`: registers every command in one bulk overwrite, to a guild when
// DISCORD_GUILD_ID is set (instant, for testing), else globally. Never done on `ready`.
// `-- --dry-run` prints the exact request instead, and needs no token. A refused or failed
// request prints Discord's answer in one line and exits 1; a wrong command line exits 2.
import { DiscordAPIError, HTTPError, REST, Routes } from "discord.js";
import { DeployConfigSchema } from "../src/config/bot.js";
import { parseEnvOrExit } from "../src/config/core.js";
import { EXIT_FAILURE, parseCommandLine, runCommand } from "../src/surfaces/cli/command-line.js";
import { commandDefinitions, loadCommands } from "../src/surfaces/discord/commands/index.js";

const USAGE =
  "usage: npm run deploy-commands [-- --dry-run]   (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; --dry-run needs neither)";

await runCommand("deploy-commands", USAGE, async () => {
  const { values } = parseCommandLine({
    options: { "dry-run": { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return console.log(USAGE);
  const dryRun = values["dry-run"] ?? false;
  const config = parseEnvOrExit(
    dryRun
      ? DeployConfigSchema.partial({ DISCORD_APPLICATION_ID: true })
      : DeployConfigSchema.required({ DISCORD_TOKEN: true }),
  );
  const applicationId = config.DISCORD_APPLICATION_ID;
  const route = !applicationId
    ? `/applications/{DISCORD_APPLICATION_ID}/${config.DISCORD_GUILD_ID ? `guilds/${config.DISCORD_GUILD_ID}/` : ""}commands`
    : config.DISCORD_GUILD_ID
      ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID)
      : Routes.applicationCommands(applicationId);
  // What the bot routes is what gets registered: the loaded modules' definitions.
  const body = commandDefinitions(loadCommands());

  if (dryRun) {
    console.log(JSON.stringify({ method: "PUT", route, body }, null, 2));
    return;
  }
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN!,
  );
  try {
    const registered = (await rest.put(route as `/${string}`, { body })) as { name: string }[];
    console.log(
      `registered ${registered.length} commands ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : "globally"}: ${registered.map((c) => c.name).join(", ")}`,
    );
  } catch (error) {
    // Discord's refusal (a bad token: 401) or a network failure: what happened, without a stack.
    const what =
      error instanceof DiscordAPIError || error instanceof HTTPError
        ? `${error.status} ${error.message}`
        : (error as Error).message;
    console.error(`could not register the commands at ${route}: ${what}`);
    process.exit(EXIT_FAILURE);
  }
});
