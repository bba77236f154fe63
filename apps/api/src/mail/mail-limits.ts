import type { DbOrDatabase } from "../accounts/database";
import { type Limit, type Taken, take } from "../accounts/rate-limits";

/**
 * How much mail one person can make the portal send to someone, counted in the store every API
 * instance shares (Redis, PostgreSQL; see accounts/rate-limits.ts).
 */
export const mailLimits = {
  /** Password-reset mails to one address. */
  passwordResetPerAddress: { scope: "password-reset-address", max: 3, windowMinutes: 60 },
  /** Password-reset requests from one client address, whatever addresses they name. */
  passwordResetPerClient: { scope: "password-reset-client", max: 20, windowMinutes: 60 },
  /** Invitations to one address, from whoever sends them. */
  invitationPerAddress: { scope: "invitation-address", max: 3, windowMinutes: 60 },
  /**
   * Mails about one's own registration for one meeting (confirmation, waiting list, withdrawal).
   * Three register-and-withdraw cycles, with a mail each way.
   */
  registrationPerMeeting: { scope: "registration-mail", max: 6, windowMinutes: 60 },
} satisfies Record<string, Limit>;

/**
 * The mailbox an address reaches, for counting: one mailbox however the address is spelt, so
 * `"Anna"@Kommun.example.`, `anna+1@kommun.example` and `anna@kommun.example` count as one.
 */
export function normalAddress(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  const local = address
    .slice(0, at)
    .replace(/^"(.*)"$/, "$1")
    .replace(/\+.*$/, "");
  const domain = address.slice(at + 1).replace(/\.+$/, "");
  return `${local}@${domain}`;
}

export function takePasswordResetMail(database: DbOrDatabase, email: string): Promise<Taken> {
  return take(database, mailLimits.passwordResetPerAddress, normalAddress(email));
}

export function takePasswordResetRequest(database: DbOrDatabase, clientIp: string): Promise<Taken> {
  return take(database, mailLimits.passwordResetPerClient, clientIp);
}

export function takeInvitationMail(database: DbOrDatabase, email: string): Promise<Taken> {
  return take(database, mailLimits.invitationPerAddress, normalAddress(email));
}

/** Keyed by person, not address: nothing of it identifies anyone once the account is erased. */
export function takeRegistrationMail(
  database: DbOrDatabase,
  meetingId: string,
  personId: string,
): Promise<Taken> {
  return take(database, mailLimits.registrationPerMeeting, `${meetingId}:${personId}`);
}
