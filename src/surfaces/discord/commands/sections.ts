// /sections: the list of sections of every report.
import type { ChatInputCommandInteraction } from "discord.js";
import { sectionsEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { embedsReply } from "../reply.js";
import type { BotContext } from "../types.js";
import { SECTIONS } from "./definitions.js";

export default {
  data: SECTIONS,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    await interaction.reply(embedsReply([sectionsEmbed(ctx.store.engine, localeFor(interaction.locale))]));
  },
};
