import { builder } from "../builder";
import {
  type RetentionKind as Kind,
  type PublishedPeriod,
  publishedRetentionPeriods,
  retentionPeriodsOf,
} from "../retention/periods";
import { readableByAnyone } from "./access";

/** What each kind of data is and what its period counts from, for the schema and the answer alike. */
const meanings: Record<Kind, { value: string; description: string }> = {
  sessions: {
    value: "SESSIONS",
    description:
      "Signed-in sessions (the browser and its IP address) and password-reset links: a session is deleted when it has expired (30 days after signing in) or has not been used for this many days; a reset link this many days after it expired.",
  },
  outboxMail: {
    value: "OUTBOX_MAIL",
    description:
      "E-mails the portal sent (address, subject, text): deleted this many days after sending, or after they were written when never sent.",
  },
  readNotifications: {
    value: "READ_NOTIFICATIONS",
    description: "Notifications that have been read: deleted this many days after they were read.",
  },
  unreadNotifications: {
    value: "UNREAD_NOTIFICATIONS",
    description: "Notifications never read: deleted this many days after they were written.",
  },
  auditLog: {
    value: "AUDIT_LOG",
    description:
      "The audit log of what the coordinator, moderators and organisation admins did, with their names: each entry is deleted this many days after the action.",
  },
  surveyRespondents: {
    value: "SURVEY_RESPONDENTS",
    description:
      "The time-use survey's respondent rows (municipality, role, shares of working time): deleted this many days after the import, as the coordinator has set it; the suppressed distribution stays.",
  },
  unusedAccounts: {
    value: "UNUSED_ACCOUNTS",
    description:
      "Accounts no one has signed in to for this many days (and made at least as long ago, with no session open): erased as an erasure on request is. The coordinator's and moderators' accounts are never erased automatically.",
  },
  invitations: {
    value: "INVITATIONS",
    description:
      "Invitations never accepted (e-mail address and name): deleted this many days after they expired or were withdrawn. An accepted one goes with the account.",
  },
  apiKeyRequests: {
    value: "API_KEY_REQUESTS",
    description:
      "Requests for an API key by e-mail (the address and the key's name): deleted this many days after the mailed link expired. The key itself stays until it is revoked or its owner's account is erased.",
  },
  rateLimitCounts: {
    value: "RATE_LIMIT_COUNTS",
    description:
      "Counts of sign-in attempts, mails and requests per e-mail address or IP address: deleted when the window they count ends (an hour at most), so kept at most a day.",
  },
};

const RetentionKind = builder.enumType("RetentionKind", {
  description: "A kind of personal data the portal keeps for a limited time.",
  values: Object.fromEntries(
    Object.entries(meanings).map(([kind, { value, description }]) => [
      value,
      { value: kind, description },
    ]),
  ) as Record<string, { value: Kind; description: string }>,
});

const RetentionPeriod = builder.objectRef<PublishedPeriod>("RetentionPeriod").implement({
  description:
    "How long one kind of personal data is kept at most, as configured; a daily sweep deletes what is older.",
  fields: (t) => ({
    kind: t.field({
      type: RetentionKind,
      description: "The kind of data.",
      resolve: (period) => period.kind,
    }),
    days: t.exposeInt("days", {
      description: "How many days it is kept at most, counted as the kind's description says.",
    }),
    description: t.string({
      description: "What the data is and what the period counts from, in English.",
      resolve: (period) => meanings[period.kind].description,
    }),
  }),
});

builder.queryFields((t) => ({
  retentionPeriods: t.field({
    ...readableByAnyone,
    type: [RetentionPeriod],
    description:
      "How long the portal keeps each kind of personal data, in days, as configured; the personal-data page shows them.",
    resolve: (_root, _args, ctx) =>
      publishedRetentionPeriods(ctx.database.db, retentionPeriodsOf(ctx.services.config)),
  }),
}));
