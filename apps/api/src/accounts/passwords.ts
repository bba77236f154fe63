import { hash, verify } from "@node-rs/argon2";
import { InputError } from "../shared/errors";

export const minimumPasswordLength = 12;

/** argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check, so the answer does not tell whether the account exists.
    await hash(password);
    return false;
  }
  return verify(passwordHash, password);
}

/** Throws an InputError that says what is wrong with a new password. */
export function checkNewPassword(password: string, email: string, field = "password"): void {
  if (password.length < minimumPasswordLength) {
    throw new InputError(
      "PASSWORD_TOO_SHORT",
      `The password must have at least ${minimumPasswordLength} characters.`,
      field,
    );
  }
  const lower = password.toLowerCase();
  const address = email.toLowerCase();
  if (lower === address || lower === address.split("@")[0]) {
    throw new InputError(
      "PASSWORD_IS_EMAIL",
      "The password must not be your e-mail address.",
      field,
    );
  }
}
