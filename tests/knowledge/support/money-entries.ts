import type { Entry } from "../../../src/knowledge/schema.js";

/** Money entries for the figures of one sentence, in the order written; values in `scale` Yuan. */
export function moneyEntries(sentence: string, figures: [string, number][], scale: number): Entry[] {
  return figures.map(([written, amount]) => ({
    kind: "money",
    id: written,
    report: "t",
    section: "S",
    region: "R",
    year: 2012,
    label: written,
    written,
    sentence,
    context: sentence,
    aliases: [],
    value: Math.round(amount * scale),
    unit: "Yuan",
  }));
}
