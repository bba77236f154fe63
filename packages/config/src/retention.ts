import { z } from "zod";

/**
 * How long the portal keeps each kind of personal data, in days. The daily retention sweep
 * deletes what is older; the personal-data page shows these numbers. The survey respondents' rows
 * are not here: the coordinator sets their retention in the portal.
 */
export interface RetentionSettings {
  /** A session (browser, IP address) goes when it has expired or has not been used for this long. */
  sessionDays: number;
  /** An e-mail in the outbox goes this long after it was sent (or, never sent, after it was written). */
  outboxDays: number;
  /** A notification goes this long after it was read. */
  readNotificationDays: number;
  /** A notification never read goes this long after it was written. */
  unreadNotificationDays: number;
  /** An entry of the audit log goes this long after the action. */
  auditLogDays: number;
  /** An account that has never had a password (so never signed in) is erased this long after it was made. */
  unusedAccountDays: number;
  /** An invitation never accepted goes this long after it expired or was withdrawn. */
  invitationDays: number;
  /** A request for an API key by e-mail goes this long after its link expired. */
  apiKeyRequestDays: number;
}

/** The longest period accepted: a hundred years. */
const maxDays = 36_500;

/** A period in days: a whole number from 1 to 36 500. */
const days = (example: number) => {
  const message = `must be a whole number of days from 1 to ${maxDays}, for example ${example}`;
  return z.coerce
    .number({ message })
    .int({ message })
    .min(1, { message })
    .max(maxDays, { message })
    .default(example);
};

/** The retention variables and their defaults, for the configuration's schema. */
export const retentionVariables = {
  RETENTION_SESSION_DAYS: days(30),
  RETENTION_OUTBOX_DAYS: days(90),
  RETENTION_READ_NOTIFICATION_DAYS: days(180),
  RETENTION_UNREAD_NOTIFICATION_DAYS: days(365),
  RETENTION_AUDIT_LOG_DAYS: days(1095),
  RETENTION_UNUSED_ACCOUNT_DAYS: days(365),
  RETENTION_INVITATION_DAYS: days(30),
  RETENTION_API_KEY_REQUEST_DAYS: days(30),
};

type RetentionVariables = {
  [name in keyof typeof retentionVariables]: z.output<(typeof retentionVariables)[name]>;
};

/** The settings from the parsed variables. */
export function retentionSettingsOf(e: RetentionVariables): RetentionSettings {
  return {
    sessionDays: e.RETENTION_SESSION_DAYS,
    outboxDays: e.RETENTION_OUTBOX_DAYS,
    readNotificationDays: e.RETENTION_READ_NOTIFICATION_DAYS,
    unreadNotificationDays: e.RETENTION_UNREAD_NOTIFICATION_DAYS,
    auditLogDays: e.RETENTION_AUDIT_LOG_DAYS,
    unusedAccountDays: e.RETENTION_UNUSED_ACCOUNT_DAYS,
    invitationDays: e.RETENTION_INVITATION_DAYS,
    apiKeyRequestDays: e.RETENTION_API_KEY_REQUEST_DAYS,
  };
}

/** The periods when no variable is set. */
export const defaultRetentionSettings: RetentionSettings = retentionSettingsOf(
  z.object(retentionVariables).parse({}),
);
