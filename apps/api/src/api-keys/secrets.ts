import { randomBytes } from "node:crypto";
import { tokenHash } from "../accounts/tokens";

/** What every key begins with, so that a key found in code or a log is known for what it is. */
export const keyMark = "ks_";

/** How many characters of a key are kept visible, the mark included: enough to tell keys apart. */
const prefixLength = keyMark.length + 8;

/** A new key: 256 random bits after the mark; the secret itself is never stored. */
export function newApiKeySecret(): { secret: string; secretHash: string; prefix: string } {
  const secret = `${keyMark}${randomBytes(32).toString("base64url")}`;
  return { secret, secretHash: apiKeySecretHash(secret), prefix: secret.slice(0, prefixLength) };
}

/** What is stored, and looked up, instead of a key. */
export function apiKeySecretHash(secret: string): string {
  return tokenHash(secret.trim());
}
