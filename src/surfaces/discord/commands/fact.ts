// /fact figure: (autocomplete over entries) -> one figure with its sentence.
import type { AutocompleteInteraction, ChatInputCommandInteraction } from "discord.js";
import { answerEmbed, entryEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { entryChoices, findEntry } from "../lookup.js";
import { embedsReply, textReply } from "../reply.js";
import type { BotContext } from "../types.js";
import { FACT } from "./definitions.js";

export default {
  data: FACT,
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    await interaction.respond(entryChoices(ctx.store.engine, String(interaction.options.getFocused())));
  },
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const value = interaction.options.getString("figure", true);
    const engine = ctx.store.engine;
    const entry = findEntry(engine, value);
    if (entry) return interaction.reply(embedsReply([entryEmbed(engine, entry)]));
    const answer = engine.answer(value);
    if (answer.answered) return interaction.reply(embedsReply([answerEmbed(answer)]));
    await interaction.reply(textReply(localeFor(interaction.locale).unknownFigure));
  },
};
