// /help: what the bot does and the ways to ask it.
import type { ChatInputCommandInteraction } from "discord.js";
import { helpEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { embedsReply } from "../reply.js";
import { HELP } from "./definitions.js";

export default {
  data: HELP,
  async execute(interaction: ChatInputCommandInteraction) {
    await interaction.reply(embedsReply([helpEmbed(localeFor(interaction.locale))], true));
  },
};
