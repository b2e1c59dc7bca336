/**
 * Snowflake ids for the Discord stand-in.
 *
 * Real Discord ids are 64-bit integers rendered as decimal strings:
 *   (ms since 2015-01-01) << 22 | worker << 17 | process << 12 | increment
 * @discordjs/rest relies on the 17-19 digit shape to compute rate-limit buckets
 * (`/\d{17,19}/`), so fake ids must look real. Ids from `snowflake()` are
 * unique and strictly increasing within a process.
 */

export const DISCORD_EPOCH = 1_420_070_400_000n;

let lastTimestamp = 0n;
let increment = 0n;

/** A new, unique, time-ordered snowflake string (19 digits for present-day timestamps). */
export function snowflake(timestampMs: number = Date.now()): string {
  let ts = BigInt(timestampMs);
  if (ts < lastTimestamp) ts = lastTimestamp;
  if (ts === lastTimestamp) {
    increment += 1n;
    if (increment > 0xfffn) {
      ts += 1n;
      increment = 0n;
    }
  } else {
    increment = 0n;
  }
  lastTimestamp = ts;
  // worker 1, process 0
  return (((ts - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The creation time (ms since Unix epoch) encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
