// /sections: the list of sections of every report.
import { sectionsEmbed } from "../embeds.js";
import type { InteractionInput } from "../input.js";
import { localeFor } from "../locales/index.js";
import { reply } from "../response.js";
import type { BotContext } from "../types.js";
import { SECTIONS } from "./definitions.js";

export default {
  data: SECTIONS,
  execute(input: InteractionInput, ctx: BotContext) {
    return reply({ embeds: [sectionsEmbed(ctx.store.engine, localeFor(input.locale))] });
  },
};
