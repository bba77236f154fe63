import { type Db, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { forgetApiKeys } from "./bearer";
import { ownedBy } from "./owner";

/** What the portal holds of a person's keys and key requests, for their data export. */
export async function apiKeysOfPerson(
  db: Db,
  person: { id: string; email: string },
): Promise<{ keys: unknown[]; requests: unknown[] }> {
  const email = person.email.trim().toLowerCase();
  const keys = await db
    .select({
      id: schema.apiKeys.id,
      name: schema.apiKeys.name,
      prefix: schema.apiKeys.prefix,
      ownerEmail: schema.apiKeys.ownerEmail,
      createdAt: schema.apiKeys.createdAt,
      lastUsedAt: schema.apiKeys.lastUsedAt,
      revokedAt: schema.apiKeys.revokedAt,
    })
    .from(schema.apiKeys)
    .where(ownedBy({ personId: person.id, email }))
    .orderBy(schema.apiKeys.createdAt);
  const requests = await db
    .select({
      email: schema.apiKeyRequests.email,
      keyName: schema.apiKeyRequests.keyName,
      createdAt: schema.apiKeyRequests.createdAt,
      expiresAt: schema.apiKeyRequests.expiresAt,
      usedAt: schema.apiKeyRequests.usedAt,
    })
    .from(schema.apiKeyRequests)
    .where(eq(schema.apiKeyRequests.email, email))
    .orderBy(schema.apiKeyRequests.createdAt);
  return { keys, requests };
}

/** Erases a person's keys (made signed in, or confirmed by their address) and key requests. */
export async function eraseApiKeysOfPerson(
  tx: Db,
  person: { id: string; email: string },
): Promise<void> {
  const email = person.email.trim().toLowerCase();
  const gone = await tx
    .delete(schema.apiKeys)
    .where(ownedBy({ personId: person.id, email }))
    .returning({ id: schema.apiKeys.id });
  await tx.delete(schema.apiKeyRequests).where(eq(schema.apiKeyRequests.email, email));
  forgetApiKeys(gone.map((k) => k.id));
}
