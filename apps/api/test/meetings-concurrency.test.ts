import { schema } from "@kraftsamling/db";
import { testsUsePostgres } from "@kraftsamling/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelAs, newParticipant, registerAs, storedMeeting } from "./meetings-support";
import { type TestApi, testApi } from "./support";

/**
 * On PostgreSQL these registrations run in parallel transactions on separate connections, as they
 * would from several API instances; the lock on the meeting row keeps the capacity.
 */
describe(`registrations at once (${testsUsePostgres() ? "PostgreSQL" : "PGlite"})`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  const statuses = async (meetingId: string) =>
    (
      await api.database.db
        .select()
        .from(schema.meetingRegistrations)
        .where(eq(schema.meetingRegistrations.meetingId, meetingId))
    ).map((r) => r.status);

  it("gives exactly as many places as the capacity when 24 people register at once", async () => {
    const capacity = 5;
    const meeting = await storedMeeting(api, { capacity });
    const people = await Promise.all(Array.from({ length: 24 }, () => newParticipant(api)));
    const answers = await Promise.all(people.map((p) => registerAs(api, p, meeting.id)));
    expect(answers.filter((a) => a.data?.status === "CONFIRMED")).toHaveLength(capacity);
    expect(answers.filter((a) => a.data?.status === "WAITLISTED")).toHaveLength(24 - capacity);
    const stored = await statuses(meeting.id);
    expect(stored.filter((s) => s === "confirmed")).toHaveLength(capacity);
    // The waiting list is numbered 1..19 without gaps or repeats.
    const positions = answers
      .map((a) => a.data?.waitingListPosition)
      .filter((p): p is number => typeof p === "number");
    expect(new Set(positions).size).toBe(positions.length);
  });

  it("keeps the capacity when people with places cancel while others register", async () => {
    const capacity = 3;
    const meeting = await storedMeeting(api, { capacity });
    const holders = await Promise.all(Array.from({ length: 3 }, () => newParticipant(api)));
    for (const person of holders) await registerAs(api, person, meeting.id);
    const waiting = await Promise.all(Array.from({ length: 4 }, () => newParticipant(api)));
    for (const person of waiting) await registerAs(api, person, meeting.id);
    const newcomers = await Promise.all(Array.from({ length: 6 }, () => newParticipant(api)));
    await Promise.all([
      ...holders.map((p) => cancelAs(api, p, meeting.id)),
      ...newcomers.map((p) => registerAs(api, p, meeting.id)),
    ]);
    const rows = await api.database.db
      .select()
      .from(schema.meetingRegistrations)
      .where(eq(schema.meetingRegistrations.meetingId, meeting.id));
    const confirmed = rows.filter((r) => r.status === "confirmed");
    expect(confirmed).toHaveLength(capacity);
    // The places went to the people who were waiting, first come first served.
    expect(confirmed.map((r) => r.personId).sort()).toEqual(
      waiting
        .slice(0, capacity)
        .map((p) => p.personId)
        .sort(),
    );
  });
});
