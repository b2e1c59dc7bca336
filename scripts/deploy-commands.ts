// `npm run deploy-commands`: registers every command in one bulk overwrite, to a guild when
// DISCORD_GUILD_ID is set (instant, for testing), else globally. Never done on `ready`.
// `-- --dry-run` prints the exact request instead, and needs no token.
import { REST, Routes } from "discord.js";
import { parseArgs } from "node:util";
import { DeployConfigSchema } from "../src/config/bot.js";
import { parseEnvOrExit } from "../src/config/core.js";
import { COMMAND_DEFINITIONS } from "../src/surfaces/discord/commands/definitions.js";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const dryRun = values["dry-run"] ?? false;
const config = parseEnvOrExit(dryRun ? DeployConfigSchema.partial({ DISCORD_APPLICATION_ID: true }) : DeployConfigSchema.required({ DISCORD_TOKEN: true }));
const applicationId = config.DISCORD_APPLICATION_ID;
const route = !applicationId
  ? `/applications/{DISCORD_APPLICATION_ID}/${config.DISCORD_GUILD_ID ? `guilds/${config.DISCORD_GUILD_ID}/` : ""}commands`
  : config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(applicationId);
const body = [...COMMAND_DEFINITIONS];

if (dryRun) {
  console.log(JSON.stringify({ method: "PUT", route, body }, null, 2));
} else {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const registered = (await rest.put(route as `/${string}`, { body })) as { name: string }[];
  console.log(`registered ${registered.length} commands ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : "globally"}: ${registered.map((c) => c.name).join(", ")}`);
}
