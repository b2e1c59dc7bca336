// /fact figure: (autocomplete over entries) -> one figure with its sentence.
import { answerEmbed, entryEmbed } from "../embeds.js";
import { optionString, type InteractionInput } from "../input.js";
import { localeFor } from "../locales/index.js";
import { entryChoices, findEntry } from "../lookup.js";
import { choices, ephemeralText, reply } from "../response.js";
import type { BotContext } from "../types.js";
import { FACT } from "./definitions.js";

export default {
  data: FACT,
  autocomplete(input: InteractionInput, ctx: BotContext) {
    return choices(entryChoices(ctx.store.engine, input.focused?.value ?? ""));
  },
  execute(input: InteractionInput, ctx: BotContext) {
    const value = optionString(input, "figure") ?? "";
    const engine = ctx.store.engine;
    const entry = findEntry(engine, value);
    if (entry) return reply({ embeds: [entryEmbed(engine, entry)] });
    const answer = engine.answer(value);
    if (answer.answered) return reply({ embeds: [answerEmbed(answer)] });
    return ephemeralText(localeFor(input.locale).unknownFigure);
  },
};
