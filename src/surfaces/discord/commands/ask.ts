// /ask question: -> the engine's answer as an embed.
import type { ChatInputCommandInteraction } from "discord.js";
import { answerEmbed } from "../embeds.js";
import { embedsReply } from "../reply.js";
import type { BotContext } from "../types.js";
import { ASK } from "./definitions.js";

export default {
  data: ASK,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString("question", true);
    const answer = ctx.store.engine.answer(question);
    await interaction.reply(embedsReply([answerEmbed(answer)]));
  },
};
