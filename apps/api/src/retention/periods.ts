import {
  type Config,
  defaultRetentionSettings,
  type RetentionSettings,
} from "@kraftsamling/config";
import type { Db } from "@kraftsamling/db";
import { respondentRetentionDays } from "../measurement/service";

/** The kinds of personal data the portal keeps for a limited time, in the order the public reads them. */
export const retentionKinds = [
  "sessions",
  "outboxMail",
  "readNotifications",
  "unreadNotifications",
  "auditLog",
  "surveyRespondents",
  "unusedAccounts",
  "invitations",
  "apiKeyRequests",
  "rateLimitCounts",
] as const;

export type RetentionKind = (typeof retentionKinds)[number];

/**
 * What the sweep keeps how long, in days: the configuration's RETENTION_* periods. The survey
 * respondents' retention is the coordinator's, set in the portal and read from the database.
 */
export type RetentionPeriods = RetentionSettings;

/** How long counts of sign-ins, mails and requests (which hold addresses) live at most: their window ends within an hour. */
export const rateLimitCountDays = 1;

/** The periods of a configuration; without RETENTION_* settings (in-process tests), the defaults. */
export function retentionPeriodsOf(config: object): RetentionPeriods {
  return (config as Partial<Pick<Config, "retention">>).retention ?? defaultRetentionSettings;
}

/** One kind of data and how many days it is kept at most. */
export interface PublishedPeriod {
  kind: RetentionKind;
  days: number;
}

/** Every period as the public reads it, the survey respondents' as the coordinator has set it. */
export async function publishedRetentionPeriods(
  db: Db,
  periods: RetentionPeriods,
): Promise<PublishedPeriod[]> {
  const survey = await respondentRetentionDays(db);
  const days: Record<RetentionKind, number> = {
    sessions: periods.sessionDays,
    outboxMail: periods.outboxDays,
    readNotifications: periods.readNotificationDays,
    unreadNotifications: periods.unreadNotificationDays,
    auditLog: periods.auditLogDays,
    surveyRespondents: survey.days,
    unusedAccounts: periods.unusedAccountDays,
    invitations: periods.invitationDays,
    apiKeyRequests: periods.apiKeyRequestDays,
    rateLimitCounts: rateLimitCountDays,
  };
  return retentionKinds.map((kind) => ({ kind, days: days[kind] }));
}
