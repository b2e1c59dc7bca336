// A stand-in report figure for tests of functions that read only where a figure sits in its sentence
// (its text as written, the sentence and the clause around it), not what it measures.
import type { NumericEntry } from "../../src/knowledge/schema.js";

export const figureIn = (
  written: string,
  sentence: string,
  kind: "money" | "percent" = "money",
  context = sentence,
) =>
  ({
    id: written,
    written,
    sentence,
    context,
    kind,
    label: "x",
    value: 1,
    unit: "Yuan",
  }) as unknown as NumericEntry;
