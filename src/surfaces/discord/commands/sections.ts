// /sections: the list of sections of every report.
import { sectionsEmbed } from "../embeds.js";
import { localeFor } from "../locales/index.js";
import { reply } from "../response.js";
import type { CommandModule } from "../types.js";
import { SECTIONS } from "./definitions.js";

export default {
  data: SECTIONS,
  execute(input, ctx) {
    return reply({ embeds: [sectionsEmbed(ctx.store.engine, localeFor(input.locale))] });
  },
} satisfies CommandModule<typeof SECTIONS>;
