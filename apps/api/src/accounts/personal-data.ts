import { type Db, schema } from "@kraftsamling/db";
import { and, eq, sql } from "drizzle-orm";
import { apiKeysOfPerson, eraseApiKeysOfPerson } from "../api-keys/personal-data";

/** Everything the portal holds about one person, as JSON for them to download (GDPR art. 15 and 20). */
export async function exportPersonData(db: Db, personId: string): Promise<unknown> {
  const person = await db.query.people.findFirst({
    where: { id: personId },
    columns: { passwordHash: false },
    with: {
      memberships: { with: { organisation: { columns: { name: true, slug: true } } } },
      sessions: { columns: { tokenHash: false } },
      // Who hid a comment is the moderator's data, not the author's.
      comments: { columns: { searchWords: false, hiddenById: false } },
      notifications: true,
      registrations: {
        with: {
          meeting: { columns: { slug: true, title: true, startsAt: true } },
          organisation: { columns: { name: true } },
        },
      },
      visitParticipations: {
        columns: { id: true },
        with: {
          visit: {
            columns: { round: true, visitDate: true, status: true },
            with: { municipality: { columns: { code: true, name: true } } },
          },
        },
      },
    },
  });
  if (!person) return null;
  const auditEntries = await db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.actorId, personId));
  const reportsYouMade = await db
    .select()
    .from(schema.commentReports)
    .where(eq(schema.commentReports.reporterId, personId));
  const agreements = await db
    .select()
    .from(schema.commentAgreements)
    .where(eq(schema.commentAgreements.personId, personId));
  const blocks = await db
    .select({
      until: schema.participantBlocks.until,
      reason: schema.participantBlocks.reason,
      createdAt: schema.participantBlocks.createdAt,
    })
    .from(schema.participantBlocks)
    .where(eq(schema.participantBlocks.personId, personId));
  // Findings never name a person; who recorded and edited them is the person's own data.
  const findingsYouRecorded = await db
    .select({
      id: schema.findings.id,
      title: schema.findings.title,
      status: schema.findings.status,
      createdAt: schema.findings.createdAt,
      publishedAt: schema.findings.publishedAt,
    })
    .from(schema.findings)
    .where(eq(schema.findings.recordedById, personId));
  const findingVersionsYouWrote = await db
    .select({
      findingId: schema.findingRevisions.findingId,
      version: schema.findingRevisions.version,
      title: schema.findingRevisions.title,
      editedAt: schema.findingRevisions.editedAt,
    })
    .from(schema.findingRevisions)
    .where(eq(schema.findingRevisions.editedById, personId));
  const { meetingQuestions, meetingQuestionVotes, meetingSpeakers, seminarPicks } = schema;
  const questionsYouAsked = await db
    .select({
      meetingId: meetingQuestions.meetingId,
      body: meetingQuestions.body,
      status: meetingQuestions.status,
      rejectionReason: meetingQuestions.rejectionReason,
      createdAt: meetingQuestions.createdAt,
      answeredAt: meetingQuestions.answeredAt,
    })
    .from(meetingQuestions)
    .where(eq(meetingQuestions.authorId, personId));
  const questionsYouVotedFor = await db
    .select({
      questionId: meetingQuestionVotes.questionId,
      createdAt: meetingQuestionVotes.createdAt,
    })
    .from(meetingQuestionVotes)
    .where(eq(meetingQuestionVotes.personId, personId));
  const speakerListPlaces = await db
    .select({
      meetingId: meetingSpeakers.meetingId,
      status: meetingSpeakers.status,
      floorGivenAt: meetingSpeakers.floorGivenAt,
      endedAt: meetingSpeakers.endedAt,
      createdAt: meetingSpeakers.createdAt,
    })
    .from(meetingSpeakers)
    .where(eq(meetingSpeakers.personId, personId));
  const seminarsYouPicked = await db
    .select({
      seminarId: seminarPicks.seminarId,
      slotId: seminarPicks.slotId,
      createdAt: seminarPicks.createdAt,
    })
    .from(seminarPicks)
    .innerJoin(
      schema.meetingRegistrations,
      eq(schema.meetingRegistrations.id, seminarPicks.registrationId),
    )
    .where(eq(schema.meetingRegistrations.personId, personId));
  const mail = await db
    .select()
    .from(schema.outbox)
    .where(sql`lower(${schema.outbox.to}) = lower(${person.email})`);
  const apiKeys = await apiKeysOfPerson(db, person);
  return {
    exportedAt: new Date().toISOString(),
    person,
    actionsAsAdministrator: auditEntries,
    reportsYouMade,
    commentsYouAgreedWith: agreements,
    blocksOnYou: blocks,
    findingsYouRecorded,
    findingVersionsYouWrote,
    questionsYouAsked,
    questionsYouVotedFor,
    speakerListPlaces,
    seminarsYouPicked,
    emailsSentToYou: mail,
    // Names, prefixes and times of use: a key's secret is never stored.
    apiKeys: apiKeys.keys,
    apiKeyRequests: apiKeys.requests,
  };
}

/**
 * Erases a person: the account, memberships, sessions and API keys go; comments stay without an author and
 * read "Former participant"; the audit log keeps the actions without the name. Run it within a
 * transaction (with whatever else belongs to the erasure); nothing happens for an unknown id.
 */
export async function erasePersonWithin(tx: Db, personId: string): Promise<void> {
  const [person] = await tx.select().from(schema.people).where(eq(schema.people.id, personId));
  if (!person) return;
  await tx
    .update(schema.auditLog)
    .set({ actorName: "Tidigare deltagare" })
    .where(eq(schema.auditLog.actorId, personId));
  await tx.delete(schema.outbox).where(sql`lower(${schema.outbox.to}) = lower(${person.email})`);
  // Keys made signed in and keys confirmed by the address alike, with the requests for them.
  await eraseApiKeysOfPerson(tx, person);
  await tx
    .delete(schema.invitations)
    .where(sql`lower(${schema.invitations.email}) = lower(${person.email})`);
  // A place on a speaker list that waits for the person goes (no one could be given the floor);
  // a speech given stays, as a former participant's.
  await tx
    .delete(schema.meetingSpeakers)
    .where(
      and(
        eq(schema.meetingSpeakers.personId, personId),
        eq(schema.meetingSpeakers.status, "waiting"),
      ),
    );
  // Comments, findings, their versions and audit entries point at the person with ON DELETE SET
  // NULL, so the findings stay without an author; the person's rows among a municipality visit's
  // participants go with ON DELETE CASCADE.
  await tx.delete(schema.people).where(eq(schema.people.id, personId));
}

/** Erases a person (see `erasePersonWithin`) in a transaction of its own. */
export async function erasePerson(db: Db, personId: string): Promise<void> {
  await db.transaction((tx) => erasePersonWithin(tx, personId));
}
