import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import * as t from "../schema";
import {
  blogPosts,
  meetings,
  organisations,
  phases,
  proposals,
  themes,
  visitQuestions,
} from "./content";
import { commitments } from "./content/commitments";
import type { CommitmentSeed, ConferenceSlotSeed, MeetingSeed } from "./content/types";
import {
  demoConferenceProgramme,
  demoCoordinatorEmail,
  demoPeople,
  upcomingDemoMeetings,
} from "./demo";
import { insertDemoFindings } from "./demo-findings";
import { insertDemoSurveys } from "./demo-survey";
import { insertDemoVisits } from "./demo-visits";
import * as reference from "./reference-data";

export interface SeedOptions {
  /**
   * Adds the fictional demo people, upcoming demo meetings, and the invented selection of
   * municipalities, their visits and a few hundred findings.
   */
  demo: boolean;
  /** The day upcoming demo meetings are counted from. */
  today?: Date;
  /** The password hash the demo people sign in with; without it they have no password. */
  demoPasswordHash?: string;
}

/** How many rows each table received; zero everywhere on a second run. */
export type SeedReport = Record<string, number>;

/**
 * Fills the database with the reference data and the real content of the seeds. Every insert is
 * keyed by a natural key and skips rows that exist, so seeding twice adds nothing twice and never
 * overwrites what people have since changed.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedReport> {
  const report = await seedRows(db, options);
  // The planner's statistics of the reference data: until the database's own autovacuum gets
  // to them, a new database would plan "the municipalities of a county" as 4 rows of 290 and
  // choose a plan that reads every finding of the county (75 ms instead of 7).
  if (Object.values(report).some((added) => added > 0))
    await db.execute("analyze counties, municipality_groups, municipalities, phases, themes");
  return report;
}

function seedRows(db: Db, options: SeedOptions): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const report: SeedReport = {};
    const count = (table: string, rows: unknown[]) => {
      report[table] = (report[table] ?? 0) + rows.length;
    };

    count(
      "counties",
      await tx.insert(t.counties).values(reference.counties()).onConflictDoNothing().returning(),
    );
    count(
      "municipalityGroups",
      await tx
        .insert(t.municipalityGroups)
        .values(reference.municipalityGroups())
        .onConflictDoNothing()
        .returning(),
    );
    count(
      "municipalities",
      await tx
        .insert(t.municipalities)
        .values(reference.municipalities())
        .onConflictDoNothing()
        .returning(),
    );
    count("phases", await tx.insert(t.phases).values(phases).onConflictDoNothing().returning());
    count(
      "organisations",
      await tx
        .insert(t.organisations)
        .values(
          organisations.map((o) => ({
            ...o,
            shortName: o.shortName ?? null,
            website: o.website ?? null,
          })),
        )
        .onConflictDoNothing()
        .returning(),
    );
    count("themes", await tx.insert(t.themes).values(themes).onConflictDoNothing().returning());

    const themeIds = new Map(
      (await tx.select({ id: t.themes.id, slug: t.themes.slug }).from(t.themes)).map((r) => [
        r.slug,
        r.id,
      ]),
    );
    count(
      "visitQuestions",
      await tx
        .insert(t.visitQuestions)
        .values(
          visitQuestions.map((q) => ({
            number: q.number,
            text: q.text,
            themeId: lookup(themeIds, q.themeSlug, "theme"),
          })),
        )
        .onConflictDoNothing()
        .returning(),
    );
    count(
      "proposals",
      await tx.insert(t.proposals).values(proposals).onConflictDoNothing().returning(),
    );

    await insertCommitments(tx as unknown as Db, commitments, count);

    const insertedPosts = await tx
      .insert(t.blogPosts)
      .values(
        blogPosts.map(({ themeSlugs: _, publishedAt, ...post }) => ({
          ...post,
          publishedAt: new Date(publishedAt),
        })),
      )
      .onConflictDoNothing()
      .returning();
    count("blogPosts", insertedPosts);
    // Only posts inserted now get their themes: a post edited since keeps its own.
    const postThemes = insertedPosts.flatMap((post) =>
      (blogPosts.find((p) => p.slug === post.slug)?.themeSlugs ?? []).map((slug) => ({
        postId: post.id,
        themeId: lookup(themeIds, slug, "theme"),
      })),
    );
    if (postThemes.length > 0) {
      count(
        "blogPostThemes",
        await tx.insert(t.blogPostThemes).values(postThemes).onConflictDoNothing().returning(),
      );
    }

    const allMeetings = options.demo
      ? [...meetings, ...upcomingDemoMeetings(options.today ?? new Date())]
      : meetings;
    await insertMeetings(tx as unknown as Db, allMeetings, count);
    if (options.demo) await insertProgrammes(tx as unknown as Db, demoConferenceProgramme(), count);

    if (options.demo) {
      const people = await tx
        .insert(t.people)
        .values(
          demoPeople.map(({ memberships: _, ...person }) => ({
            ...person,
            passwordHash: options.demoPasswordHash ?? null,
          })),
        )
        .onConflictDoNothing()
        .returning();
      count("people", people);
      const personIds = new Map(
        (
          await tx
            .select({ id: t.people.id, email: t.people.email })
            .from(t.people)
            .where(
              inArray(
                t.people.email,
                demoPeople.map((p) => p.email),
              ),
            )
        ).map((r) => [r.email, r.id]),
      );
      const organisationIds = await organisationIdsBySlug(tx as unknown as Db);
      const memberships = demoPeople.flatMap((p) =>
        p.memberships.map((m) => ({
          personId: lookup(personIds, p.email, "person"),
          organisationId: lookup(organisationIds, m.organisationSlug, "organisation"),
          role: m.role,
        })),
      );
      if (memberships.length > 0) {
        count(
          "memberships",
          await tx.insert(t.memberships).values(memberships).onConflictDoNothing().returning(),
        );
      }
      // The invented selection, visits and findings, only into a database that has none yet.
      const coordinatorId = personIds.get(demoCoordinatorEmail) ?? null;
      const visits = await insertDemoVisits(tx as unknown as Db, count, coordinatorId);
      if (visits) await insertDemoFindings(tx as unknown as Db, count, visits, coordinatorId);
      // The invented time-use surveys, one per round, each once.
      await insertDemoSurveys(tx as unknown as Db, count);
    }
    return report;
  });
}

async function insertMeetings(
  db: Db,
  list: MeetingSeed[],
  count: (table: string, rows: unknown[]) => void,
) {
  const inserted = await db
    .insert(t.meetings)
    .values(
      list.map(
        ({
          organisationSlugs: _,
          startsAt,
          endsAt,
          registrationOpensAt,
          registrationClosesAt,
          ...m
        }) => ({
          ...m,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          registrationOpensAt: registrationOpensAt ? new Date(registrationOpensAt) : null,
          registrationClosesAt: registrationClosesAt ? new Date(registrationClosesAt) : null,
        }),
      ),
    )
    .onConflictDoNothing()
    .returning();
  count("meetings", inserted);
  const meetingIds = new Map(inserted.map((m) => [m.slug, m.id]));
  const organisationIds = await organisationIdsBySlug(db);
  // Only meetings inserted now get their organisations: a meeting edited since keeps its own list.
  const links = list.flatMap((m) => {
    const meetingId = meetingIds.get(m.slug);
    return meetingId
      ? m.organisationSlugs.map((slug) => ({
          meetingId,
          organisationId: lookup(organisationIds, slug, "organisation"),
        }))
      : [];
  });
  if (links.length > 0) {
    count(
      "meetingOrganisations",
      await db.insert(t.meetingOrganisations).values(links).onConflictDoNothing().returning(),
    );
  }
}

/**
 * The commitments, an area before its items, each with its status history; only commitments
 * inserted now get their history, so one the coordinator has moved on keeps its own.
 */
async function insertCommitments(
  db: Db,
  list: CommitmentSeed[],
  count: (table: string, rows: unknown[]) => void,
) {
  const ids = new Map(
    (await db.select({ id: t.commitments.id, slug: t.commitments.slug }).from(t.commitments)).map(
      (r) => [r.slug, r.id],
    ),
  );
  const inserted: { id: string; slug: string }[] = [];
  for (const level of [list.filter((c) => !c.parentSlug), list.filter((c) => c.parentSlug)]) {
    if (level.length === 0) continue;
    const rows = await db
      .insert(t.commitments)
      .values(
        level.map(({ parentSlug, history, ...c }) => ({
          ...c,
          parentId: parentSlug ? lookup(ids, parentSlug, "commitment") : null,
          status: latestStatus(c.slug, history),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: t.commitments.id, slug: t.commitments.slug });
    for (const row of rows) ids.set(row.slug, row.id);
    inserted.push(...rows);
  }
  count("commitments", inserted);
  const changes = inserted.flatMap((row) =>
    (list.find((c) => c.slug === row.slug)?.history ?? []).map((step) => ({
      commitmentId: row.id,
      status: step.status,
      changedOn: step.on,
      dateAssumed: step.dateAssumed,
      note: step.note,
    })),
  );
  if (changes.length > 0) {
    count(
      "commitmentStatusChanges",
      await db.insert(t.commitmentStatusChanges).values(changes).returning(),
    );
  }
}

function latestStatus(slug: string, history: CommitmentSeed["history"]) {
  const latest = history.at(-1);
  if (!latest) throw new Error(`seed: commitment ${slug} has no history`);
  return latest.status;
}

/** Slots and their seminars, for conferences that exist; a slot or seminar already there is kept as is. */
async function insertProgrammes(
  db: Db,
  slots: ConferenceSlotSeed[],
  count: (table: string, rows: unknown[]) => void,
) {
  const conferences = new Map(
    (
      await db
        .select()
        .from(t.meetings)
        .where(
          inArray(
            t.meetings.slug,
            slots.map((s) => s.conferenceSlug),
          ),
        )
    ).map((m) => [m.slug, m]),
  );
  for (const slot of slots) {
    const conference = conferences.get(slot.conferenceSlug);
    if (!conference) continue;
    const inserted = await db
      .insert(t.conferenceSlots)
      .values({
        conferenceId: conference.id,
        title: slot.title,
        startsAt: new Date(slot.startsAt),
        endsAt: new Date(slot.endsAt),
      })
      .onConflictDoNothing()
      .returning();
    count("conferenceSlots", inserted);
    const [row] = inserted;
    if (!row) continue;
    count(
      "meetings",
      await db
        .insert(t.meetings)
        .values(
          slot.seminars.map((seminar) => ({
            ...seminar,
            kind: "seminar" as const,
            status: conference.status,
            parentId: conference.id,
            slotId: row.id,
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            city: conference.city,
            place: conference.place,
          })),
        )
        .onConflictDoNothing()
        .returning(),
    );
  }
}

async function organisationIdsBySlug(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: t.organisations.id, slug: t.organisations.slug })
    .from(t.organisations);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`seed: no ${what} with key ${key}`);
  return id;
}
