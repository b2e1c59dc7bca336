// /fact figure: (autocomplete over entries) -> one figure with its sentence.
import { answerEmbed, entryEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { entryChoices, findEntry } from "../lookup.js";
import { choices, ephemeralText, reply } from "../response.js";
import type { CommandModule } from "../types.js";
import { FACT } from "./definitions.js";

export default {
  data: FACT,
  autocomplete(input, ctx) {
    return choices(entryChoices(ctx.store.engine, input.focused?.value ?? ""));
  },
  execute(input, ctx, { figure: value }) {
    const engine = ctx.store.engine;
    const entry = findEntry(engine, value);
    if (entry) return reply({ embeds: [entryEmbed(engine, entry)] });
    const answer = engine.answer(value);
    if (answer.answered) return reply({ embeds: [answerEmbed(answer)] });
    return ephemeralText(localeFor(input.locale).unknownFigure);
  },
} satisfies CommandModule<typeof FACT>;
