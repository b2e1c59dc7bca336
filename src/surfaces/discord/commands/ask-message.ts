// Message context menu "Ask the report": answers the target message's text.
import type { MessageContextMenuCommandInteraction } from "discord.js";
import { answerEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { embedsReply, stripMention, textReply } from "../reply.js";
import type { BotContext } from "../types.js";
import { ASK_MESSAGE } from "./definitions.js";

export default {
  data: ASK_MESSAGE,
  async execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext) {
    const question = stripMention(interaction.targetMessage.content ?? "", interaction.client.user.id);
    if (!question) return interaction.reply(textReply(localeFor(interaction.locale).emptyQuestion));
    await interaction.reply(embedsReply([answerEmbed(ctx.store.engine.answer(question))]));
  },
};
