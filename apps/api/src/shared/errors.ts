/**
 * An expected failure that the person can act on. `code` is stable, for the portal to show its own
 * Swedish or English text; `message` is English for API users; `field` names the input at fault.
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    /** When the same action may be tried again, for limits. */
    readonly retryAt: Date | null = null,
  ) {
    super(message);
  }
}
