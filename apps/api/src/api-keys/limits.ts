import type { DbOrDatabase } from "../accounts/database";
import { type Limit, type Taken, take } from "../accounts/rate-limits";
import { normalAddress } from "../mail/mail-limits";

/**
 * How often someone without an account can have a key's confirmation link sent: a few mails to one
 * mailbox an hour, and a limit per client address whatever addresses it names.
 */
export const apiKeyLimits = {
  requestPerAddress: { scope: "api-key-address", max: 3, windowMinutes: 60 },
  requestPerClient: { scope: "api-key-client", max: 20, windowMinutes: 60 },
} satisfies Record<string, Limit>;

/** The most keys one address (or person) holds at a time; revoked keys do not count. */
export const maxActiveKeys = 20;

export function takeApiKeyRequest(database: DbOrDatabase, clientIp: string): Promise<Taken> {
  return take(database, apiKeyLimits.requestPerClient, clientIp);
}

export function takeApiKeyMail(database: DbOrDatabase, email: string): Promise<Taken> {
  return take(database, apiKeyLimits.requestPerAddress, normalAddress(email));
}
