// /help: what the bot does and the ways to ask it.
import { helpEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { reply } from "../response.js";
import type { CommandModule } from "../types.js";
import { HELP } from "./definitions.js";

export default {
  data: HELP,
  execute(input) {
    return reply({ embeds: [helpEmbed(localeFor(input.locale))], ephemeral: true });
  },
} satisfies CommandModule<typeof HELP>;
