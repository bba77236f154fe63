import { InputError } from "../shared/errors";
import type { DbOrDatabase } from "./database";
import { giveBack, type Limit, reset, take } from "./rate-limits";

/** Failures within the window that lock an account, and that block an address. */
export const limits = { windowMinutes: 15, perAccount: 5, perAddress: 20 };

export const accountLimit: Limit = {
  scope: "sign-in-account",
  max: limits.perAccount,
  windowMinutes: limits.windowMinutes,
};
export const addressLimit: Limit = {
  scope: "sign-in-address",
  max: limits.perAddress,
  windowMinutes: limits.windowMinutes,
};

/** An attempt reserved before the password is checked; it counts as a failure unless it succeeds. */
export interface SignInAttempt {
  /** The password was right: the account's failures are forgotten, and this attempt was none. */
  succeeded(): Promise<void>;
}

/**
 * Reserves one attempt for the account and one for the address, in the store every API instance
 * shares (see rate-limits.ts), before the password is checked: of fifty simultaneous attempts on one account, five are checked and the rest
 * refused, on every API instance alike. Throws ACCOUNT_LOCKED or TOO_MANY_ATTEMPTS, with when to try
 * again, when a limit is reached; a refused attempt does not count.
 */
export async function reserveSignInAttempt(
  database: DbOrDatabase,
  email: string,
  ip: string,
): Promise<SignInAttempt> {
  const account = await take(database, accountLimit, email);
  if (!account.allowed) {
    throw new InputError(
      "ACCOUNT_LOCKED",
      `Too many failed sign-ins to this account. Try again after ${account.retryAt.toISOString()}.`,
      null,
      account.retryAt,
    );
  }
  const address = await take(database, addressLimit, ip);
  if (!address.allowed) {
    await giveBack(database, accountLimit, email, account.windowStartedAt);
    throw new InputError(
      "TOO_MANY_ATTEMPTS",
      `Too many failed sign-ins from your address. Try again after ${address.retryAt.toISOString()}.`,
      null,
      address.retryAt,
    );
  }
  return {
    succeeded: async () => {
      await reset(database, accountLimit, email);
      await giveBack(database, addressLimit, ip, address.windowStartedAt);
    },
  };
}

/** After a new password: the account's failed sign-ins no longer count. */
export async function clearSignInFailures(database: DbOrDatabase, email: string): Promise<void> {
  await reset(database, accountLimit, email);
}
