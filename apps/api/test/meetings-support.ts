import { schema as tables } from "@kraftsamling/db";
import type { Viewer } from "../src/context";
import type { TestApi } from "./support";

const day = 24 * 3600_000;
let counter = 0;

/** A published meeting stored directly, starting in a week (on the minute) unless told otherwise. */
export async function storedMeeting(
  api: TestApi,
  values: Partial<typeof tables.meetings.$inferInsert> = {},
): Promise<typeof tables.meetings.$inferSelect> {
  const startsAt =
    values.startsAt ?? new Date(Math.floor((Date.now() + 7 * day) / 60_000) * 60_000);
  const [row] = await api.database.db
    .insert(tables.meetings)
    .values({
      slug: `provmote-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
      title: `Provmöte ${counter}`,
      kind: "round_table",
      status: "published",
      city: "Stockholm",
      place: "Kansliet",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      ...values,
    })
    .returning();
  if (!row) throw new Error("no meeting");
  return row;
}

const registrationFields = `id status waitingListPosition organisation { slug } meeting { id confirmedCount waitingListCount remainingPlaces full }`;

export const registerMutation = `mutation ($meetingId: ID!, $organisationId: ID) {
  registerForMeeting(meetingId: $meetingId, organisationId: $organisationId) {
    __typename
    ... on MutationRegisterForMeetingSuccess { data { ${registrationFields} } }
    ... on InputError { code message field retryAt }
  }
}`;

export const cancelMutation = `mutation ($meetingId: ID!) {
  cancelMeetingRegistration(meetingId: $meetingId) {
    __typename
    ... on MutationCancelMeetingRegistrationSuccess { data { ${registrationFields} } }
    ... on InputError { code message }
  }
}`;

export interface RegistrationAnswer {
  __typename: string;
  code?: string;
  message?: string;
  field?: string;
  retryAt?: string | null;
  data?: {
    id: string;
    status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
    waitingListPosition: number | null;
    organisation: { slug: string } | null;
    meeting: {
      id: string;
      confirmedCount: number;
      waitingListCount: number;
      remainingPlaces: number | null;
      full: boolean;
    };
  };
}

export async function registerAs(
  api: TestApi,
  viewer: Viewer,
  meetingId: string,
  organisationId?: string,
): Promise<RegistrationAnswer> {
  return (
    await api.query<{ registerForMeeting: RegistrationAnswer }>(
      registerMutation,
      { meetingId, organisationId },
      viewer,
    )
  ).registerForMeeting;
}

export async function cancelAs(
  api: TestApi,
  viewer: Viewer,
  meetingId: string,
): Promise<RegistrationAnswer> {
  return (
    await api.query<{ cancelMeetingRegistration: RegistrationAnswer }>(
      cancelMutation,
      { meetingId },
      viewer,
    )
  ).cancelMeetingRegistration;
}

/** A new member of the portal, with a session, to fill meetings with. */
export async function newParticipant(
  api: TestApi,
  options: { organisationId?: string; role?: "member" | "observer" } = {},
): Promise<Viewer> {
  const n = ++counter;
  const email = `deltagare.${n}.${Math.random().toString(36).slice(2, 8)}@prov.example`;
  const [person] = await api.database.db
    .insert(tables.people)
    .values({ name: `Deltagare ${n}`, email, role: options.role ?? "member" })
    .returning();
  if (!person) throw new Error("no person");
  if (options.organisationId) {
    await api.database.db
      .insert(tables.memberships)
      .values({ personId: person.id, organisationId: options.organisationId });
  }
  return api.viewer(email);
}

export async function organisationId(api: TestApi, slug: string): Promise<string> {
  const organisation = await api.database.db.query.organisations.findFirst({ where: { slug } });
  if (!organisation) throw new Error(`no organisation ${slug}`);
  return organisation.id;
}

/** The API over HTTP on a free loopback port, on the test's database and services. */
export async function httpServer(
  api: TestApi,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { createServer } = await import("../src/server");
  const server = await createServer({
    database: api.database,
    log: api.services.log,
    services: {
      mailer: api.services.mailer,
      config: api.services.config,
      clock: api.services.clock,
    },
    portalDir: "/nonexistent",
  });
  const { url } = await server.listen(0, "127.0.0.1");
  return { url: url.replace(/\/$/, ""), stop: () => server.stop() };
}

/** A session cookie for a seeded or test person, as the browser would send it. */
export async function sessionCookie(api: TestApi, personId: string): Promise<string> {
  const { newToken, tokenHash } = await import("../src/accounts/tokens");
  const token = newToken();
  await api.database.db.insert(tables.sessions).values({
    tokenHash: tokenHash(token),
    personId,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return `ks_session=${encodeURIComponent(token)}`;
}
