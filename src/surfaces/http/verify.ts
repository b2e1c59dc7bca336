// Discord signs every request to the interactions endpoint with the application's Ed25519 key:
// X-Signature-Ed25519 = sign(X-Signature-Timestamp + raw body). Verified with node:crypto on the
// raw bytes (never on re-serialised JSON). A timestamp older (or further ahead) than
// MAX_SIGNATURE_AGE_SECONDS is refused too, so a captured request cannot be replayed later (and
// replay.ts refuses one replayed within that window). The headers alone are checked first
// (checkSignatureHeaders), so a request that cannot be valid is refused before its body is read.
import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** DER SubjectPublicKeyInfo header of an Ed25519 key; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;
export const SIGNATURE_HEADER = "x-signature-ed25519";
export const TIMESTAMP_HEADER = "x-signature-timestamp";

/** The public key as the Developer Portal shows it (64 hex characters) -> a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("an Ed25519 public key is 64 hex characters");
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

/** The raw 32 bytes of an Ed25519 public KeyObject, as hex (what the Developer Portal shows). */
export function publicKeyToHex(key: KeyObject): string {
  return key.export({ format: "der", type: "spki" }).subarray(ED25519_SPKI_PREFIX.length).toString("hex");
}

type Refusal = {
  ok: false;
  reason: "missing headers" | "malformed headers" | "bad signature" | "stale timestamp";
};
type SignatureCheck = { ok: true } | Refusal;
type Header = string | string[] | undefined;
type SignedHeaders = { ok: true; signature: string; timestamp: string; signedAtSeconds: number };

/** What the headers alone tell (present, well formed, not stale): no body is needed to refuse. */
export function checkSignatureHeaders(options: {
  signature: Header;
  timestamp: Header;
  nowMs?: number;
}): SignedHeaders | Refusal {
  const { signature, timestamp } = options;
  if (typeof signature !== "string" || typeof timestamp !== "string" || !signature || !timestamp)
    return { ok: false, reason: "missing headers" };
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: "malformed headers" };
  const signedAtSeconds = Number(timestamp);
  if (Math.abs((options.nowMs ?? Date.now()) / 1000 - signedAtSeconds) > MAX_SIGNATURE_AGE_SECONDS)
    return { ok: false, reason: "stale timestamp" };
  return { ok: true, signature, timestamp, signedAtSeconds };
}

/** The Ed25519 signature over timestamp + raw body, once the headers passed checkSignatureHeaders. */
export function verifySignature(headers: SignedHeaders, body: Buffer, key: KeyObject): SignatureCheck {
  let valid = false;
  try {
    valid = verify(
      null,
      Buffer.concat([Buffer.from(headers.timestamp, "utf8"), body]),
      key,
      Buffer.from(headers.signature, "hex"),
    );
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: "bad signature" };
}
