import { mailLimits, normalAddress } from "../mail/mail-limits";
import type { DbOrDatabase } from "./database";
import { reset } from "./rate-limits";
import { accountLimit } from "./sign-in-limits";

/**
 * On erasure: the counts kept for a person's address (failed sign-ins, password-reset and
 * invitation mails) go at once rather than when their window ends. The counts of their
 * registrations' mail are keyed by meeting and person id, which name no one once the account is gone.
 */
export async function forgetLimitsOfAddress(database: DbOrDatabase, email: string): Promise<void> {
  const lower = email.trim().toLowerCase();
  await reset(database, accountLimit, lower);
  await reset(database, mailLimits.passwordResetPerAddress, normalAddress(email));
  await reset(database, mailLimits.invitationPerAddress, normalAddress(email));
}
