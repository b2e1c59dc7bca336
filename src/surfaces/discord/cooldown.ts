// Per-member cooldown on asking: after a question, the same user waits `seconds` before the next
// one. Entries expire on their own (oldest first; a Map keeps insertion order and every use
// re-inserts), and the map never holds more than `maxEntries` users, so memory stays bounded
// however many people ask. The clock is injectable for tests.

const COOLDOWN_MAX_ENTRIES = 50_000;

export type CooldownCheck = { ok: true } | { ok: false; retryAfterMs: number; alreadyTold: boolean };

export type Cooldown = {
  /** Takes the user's turn if the cooldown has passed; otherwise says how long is left. */
  take(userId: string): CooldownCheck;
  readonly size: number;
};

export function createCooldown(
  seconds: number,
  opts: { now?: () => number; maxEntries?: number } = {},
): Cooldown {
  const ms = Math.round(seconds * 1000);
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? COOLDOWN_MAX_ENTRIES;
  /** userId -> when they last asked, and whether they were already told to wait in this window. */
  const last = new Map<string, { at: number; told: boolean }>();

  const sweep = (t: number) => {
    for (const [id, e] of last) {
      if (t - e.at < ms && last.size <= maxEntries) break;
      last.delete(id);
    }
  };

  return {
    get size() {
      return last.size;
    },
    take(userId) {
      if (ms <= 0) return { ok: true };
      const t = now();
      sweep(t);
      const e = last.get(userId);
      if (e && t - e.at < ms) {
        const alreadyTold = e.told;
        e.told = true;
        return { ok: false, retryAfterMs: ms - (t - e.at), alreadyTold };
      }
      last.delete(userId);
      last.set(userId, { at: t, told: false });
      if (last.size > maxEntries) sweep(t);
      return { ok: true };
    },
  };
}
