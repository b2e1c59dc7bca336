// Checks the report against itself: do listed parts add up to the stated total, and does a
// stated share of a plan match result ÷ target? Each check keeps both figures and sentences.
import type { KnowledgeBase } from "./load.js";
import type { Group, NumericEntry } from "./schema.js";
import { isNumeric } from "./schema.js";

/** Relative gap below which parts and total agree (rounding in the report). */
export const SUM_TOLERANCE = 0.005;
/** A stated share is rounded; half a percentage point either way is agreement. */
export const SHARE_TOLERANCE_POINTS = 0.5;

/** Whether parts adding up to `sum` agree with the stated `total`, within SUM_TOLERANCE. */
export function partsAgree(sum: number, total: number): boolean {
  return Math.abs(sum - total) <= SUM_TOLERANCE * Math.abs(total);
}

export type AuditCheck = {
  group: string;
  title: string;
  kind: "sum" | "share";
  ok: boolean;
  stated: number;
  computed: number;
  unit: string;
  detail: string;
  sentences: string[];
};

export function auditKnowledge(kb: KnowledgeBase): AuditCheck[] {
  const levels = partsLevels(kb.groups);
  return kb.groups.flatMap((g) => auditGroup(levels.get(g) ?? g, kb));
}

/**
 * Each parts group as one level of its tree: a part that is itself the total of another group is
 * a sub-total, and that group's parts are checked against it, not again against this total. So a
 * group listing a sub-total together with the sub-total's own parts (a flat reading of "of which
 * …, of which …") sums only its direct parts, and raises no false "parts don't add up".
 */
export function partsLevels(groups: Group[]): Map<Group, Group> {
  const partsOf = new Map<string, Set<string>>();
  for (const g of groups)
    if (g.type === "parts") partsOf.set(g.total, new Set([...(partsOf.get(g.total) ?? []), ...g.parts]));
  const out = new Map<Group, Group>();
  for (const g of groups) {
    if (g.type !== "parts") continue;
    const nested = new Set<string>();
    for (const part of g.parts) for (const sub of partsOf.get(part) ?? []) nested.add(sub);
    const direct = g.parts.filter((id) => !nested.has(id));
    if (direct.length !== g.parts.length && direct.length > 0) out.set(g, { ...g, parts: direct });
  }
  return out;
}

function numeric(kb: KnowledgeBase, id: string): NumericEntry | undefined {
  const e = kb.byId.get(id);
  return e && isNumeric(e) ? e : undefined;
}

function auditGroup(g: Group, kb: KnowledgeBase): AuditCheck[] {
  const total = numeric(kb, g.total);
  const parts = g.parts.map((id) => numeric(kb, id)).filter((e): e is NumericEntry => !!e);
  if (!total || parts.length !== g.parts.length) return [];
  const sentences = [...new Set([total, ...parts].map((e) => e.sentence))];
  if (g.type === "parts") {
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const ok = partsAgree(sum, total.value);
    return [
      {
        group: g.id,
        title: g.title,
        kind: "sum",
        ok,
        stated: total.value,
        computed: round(sum),
        unit: total.unit,
        detail: `${parts.map((p) => p.written).join(" + ")} = ${round(sum)} ${total.unit}; stated total ${total.written}${ok ? "" : ` (gap ${round(total.value - sum)} ${total.unit})`}`,
        sentences,
      },
    ];
  }
  const stated = g.statedShare ? numeric(kb, g.statedShare) : undefined;
  return parts.map((result) => {
    const share = (result.value / total.value) * 100;
    const ok = stated ? Math.abs(share - stated.value) <= SHARE_TOLERANCE_POINTS : true;
    return {
      group: g.id,
      title: g.title,
      kind: "share" as const,
      ok,
      stated: stated?.value ?? total.value,
      computed: round(share),
      unit: "%",
      detail: `${result.written} ÷ ${total.written} = ${round(share)}%${stated ? `; stated ${stated.written}` : " (the report states no share)"}`,
      sentences: stated ? [...new Set([...sentences, stated.sentence])] : sentences,
    };
  });
}

const round = (v: number) => Number(v.toFixed(4));
