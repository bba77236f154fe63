import { type Database, schema } from "@kraftsamling/db";
import { and, asc, eq, gt } from "drizzle-orm";
import { InputError } from "../errors";

/** Failures within the window that lock an account, and that block an address. */
export const limits = { windowMinutes: 15, perAccount: 5, perAddress: 20 };

/** Throws ACCOUNT_LOCKED or TOO_MANY_ATTEMPTS, with when to try again, if the limits are reached. */
export async function assertSignInAllowed(
  database: Database,
  email: string,
  ip: string,
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const check = async (
    column: typeof schema.signInFailures.email | typeof schema.signInFailures.ip,
    value: string,
    max: number,
  ) => {
    const recent = await database.db
      .select({ at: schema.signInFailures.at })
      .from(schema.signInFailures)
      .where(and(eq(column, value), gt(schema.signInFailures.at, since)))
      .orderBy(asc(schema.signInFailures.at));
    if (recent.length < max) return null;
    // Allowed again once enough of the failures have left the window.
    const oldestThatCounts = recent[recent.length - max];
    return new Date((oldestThatCounts?.at ?? now).getTime() + limits.windowMinutes * 60_000);
  };
  const accountRetry = await check(schema.signInFailures.email, email, limits.perAccount);
  if (accountRetry) {
    throw new InputError(
      "ACCOUNT_LOCKED",
      `Too many failed sign-ins to this account. Try again after ${accountRetry.toISOString()}.`,
      null,
      accountRetry,
    );
  }
  const addressRetry = await check(schema.signInFailures.ip, ip, limits.perAddress);
  if (addressRetry) {
    throw new InputError(
      "TOO_MANY_ATTEMPTS",
      `Too many failed sign-ins from your address. Try again after ${addressRetry.toISOString()}.`,
      null,
      addressRetry,
    );
  }
}

export async function recordSignInFailure(
  database: Database,
  email: string,
  ip: string,
): Promise<void> {
  await database.db.insert(schema.signInFailures).values({ email, ip });
}

export async function clearSignInFailures(database: Database, email: string): Promise<void> {
  await database.db.delete(schema.signInFailures).where(eq(schema.signInFailures.email, email));
}
