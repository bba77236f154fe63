import { createHash, randomBytes } from "node:crypto";

/** A secret for a link or a cookie: 256 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of a token. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
