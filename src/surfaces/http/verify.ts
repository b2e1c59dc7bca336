// Discord signs every request to the interactions endpoint with the application's Ed25519 key:
// X-Signature-Ed25519 = sign(X-Signature-Timestamp + raw body). Verified with node:crypto on the
// raw bytes (never on re-serialised JSON). A timestamp older (or further ahead) than
// MAX_SIGNATURE_AGE_SECONDS is refused too, so a captured request cannot be replayed later.
import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** DER SubjectPublicKeyInfo header of an Ed25519 key; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;
export const SIGNATURE_HEADER = "x-signature-ed25519";
export const TIMESTAMP_HEADER = "x-signature-timestamp";

/** The public key as the Developer Portal shows it (64 hex characters) -> a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("an Ed25519 public key is 64 hex characters");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]), format: "der", type: "spki" });
}

/** The raw 32 bytes of an Ed25519 public KeyObject, as hex (what the Developer Portal shows). */
export function publicKeyToHex(key: KeyObject): string {
  return key.export({ format: "der", type: "spki" }).subarray(ED25519_SPKI_PREFIX.length).toString("hex");
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "missing headers" | "malformed headers" | "bad signature" | "stale timestamp" };

export function verifyInteractionRequest(o: {
  signature: string | string[] | undefined;
  timestamp: string | string[] | undefined;
  body: Buffer;
  key: KeyObject;
  nowMs?: number;
}): SignatureCheck {
  const { signature, timestamp } = o;
  if (typeof signature !== "string" || typeof timestamp !== "string" || !signature || !timestamp) return { ok: false, reason: "missing headers" };
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed headers" };
  let valid = false;
  try {
    valid = verify(null, Buffer.concat([Buffer.from(timestamp, "utf8"), o.body]), o.key, Buffer.from(signature, "hex"));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: "bad signature" };
  const age = (o.nowMs ?? Date.now()) / 1000 - Number(timestamp);
  if (Math.abs(age) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: "stale timestamp" };
  return { ok: true };
}
