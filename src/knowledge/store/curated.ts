// Curated data: what people wrote by hand beside a report (annotations.json: labels, aliases,
// skips, groups, section titles). It is what makes answers right (without it the team's
// question set drops from 88/90 to 68/90), so the store never loses it silently.
import { AnnotationsFileSchema } from "../schema.js";

export type CuratedSummary = {
  labels: number;
  aliases: number;
  skips: number;
  groups: number;
  sections: number;
};

/** What an annotations value holds, or undefined when it holds nothing (absent, empty or unreadable). */
export function curatedSummary(annotations: unknown): CuratedSummary | undefined {
  if (annotations === undefined) return undefined;
  const r = AnnotationsFileSchema.safeParse(annotations);
  if (!r.success) return undefined;
  const a = r.data;
  const entries = Object.values(a.entries);
  const summary = {
    labels: entries.filter((e) => e.label !== undefined).length,
    aliases: entries.reduce((n, e) => n + e.aliases.length, 0),
    skips: a.skips.length,
    groups: a.groups.length,
    sections: Object.keys(a.sections).length,
  };
  return Object.values(summary).some((n) => n > 0) ? summary : undefined;
}

export function describeCurated(s: CuratedSummary): string {
  const parts: [number, string][] = [
    [s.labels, "labels"],
    [s.aliases, "aliases"],
    [s.skips, "skip rules"],
    [s.groups, "groups"],
    [s.sections, "section notes"],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(", ");
}
