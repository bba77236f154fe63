import { type Database, type Db, schema } from "@kraftsamling/db";
import { inArray } from "drizzle-orm";
import { takeRegistrationMail } from "../mail/mail-limits";
import {
  calendarAttachment,
  meetingCancelledMail,
  meetingChangedMail,
  promotedMail,
  registrationCancelledMail,
  registrationConfirmedMail,
  registrationWaitlistedMail,
} from "../mail/meeting-messages";
import type { Dependencies } from "../shared/dependencies";
import { calendarFile } from "./ical";
import { type Meeting, type Registration, waitingListPosition } from "./registration";

/** What the meetings' mails need besides the database: the mailer, the log and the portal's address. */
export type MailDependencies = Pick<Dependencies, "mailer" | "log" | "config">;

/**
 * The database and dependencies of the mails about a person's own registration, in one: the limit on
 * those mails is counted in the database.
 */
export interface RegistrationMailSetting {
  database: Database;
  services: MailDependencies;
}

export const meetingPath = (slug: string) => `/moten/${slug}`;
export const meetingLink = (config: MailDependencies["config"], slug: string) =>
  `${config.publicUrl}${meetingPath(slug)}`;

/** The meeting's calendar file as a mail attachment, with the online link for those who hold a place. */
export function meetingCalendar(
  config: MailDependencies["config"],
  meeting: Meeting,
  withOnlineUrl: boolean,
) {
  return calendarAttachment(
    meeting.slug,
    calendarFile([{ ...meeting, onlineUrl: withOnlineUrl ? meeting.onlineUrl : null }], {
      name: meeting.title,
      portalUrl: config.publicUrl,
      stamp: new Date(),
    }),
  );
}

async function emailsOf(db: Db, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.people.id, email: schema.people.email })
    .from(schema.people)
    .where(inArray(schema.people.id, personIds));
  return new Map(rows.map((r) => [r.id, r.email]));
}

/**
 * Whether a mail about a person's own registration for a meeting may go out. Registering and
 * withdrawing always work (a place must never be lost to a limit on mail, and the page shows the
 * state); only the mails beyond the limit are left out, for someone registering and withdrawing
 * over and over has been told already. A promotion from the waiting list is never left out: it is
 * news the person did not cause, and it comes once per place.
 */
async function mayTellAboutOwnRegistration(
  setting: RegistrationMailSetting,
  registration: Registration,
) {
  const taken = await takeRegistrationMail(
    setting.database,
    registration.meetingId,
    registration.personId,
  );
  if (!taken.allowed)
    setting.services.log.info(
      `registration mail for meeting ${registration.meetingId} left out: the limit for one person and meeting is reached until ${taken.retryAt.toISOString()}`,
    );
  return taken.allowed;
}

/** Confirmation of a new registration: a place (with the calendar file) or the waiting list. */
export async function tellRegistered(
  setting: RegistrationMailSetting,
  meeting: Meeting,
  registration: Registration,
) {
  const { database, services } = setting;
  const to = (await emailsOf(database.db, [registration.personId])).get(registration.personId);
  if (!to || !(await mayTellAboutOwnRegistration(setting, registration))) return;
  const link = meetingLink(services.config, meeting.slug);
  if (registration.status === "confirmed") {
    await services.mailer.send(
      registrationConfirmedMail(to, meeting, link, meetingCalendar(services.config, meeting, true)),
    );
  } else {
    const position = (await waitingListPosition(database.db, registration)) ?? 1;
    await services.mailer.send(
      registrationWaitlistedMail(to, { ...meeting, onlineUrl: null }, position, link),
    );
  }
}

/** Each person promoted from the waiting list gets a mail with the calendar file. */
export async function notifyPromoted(
  db: Db,
  deps: MailDependencies,
  meeting: Meeting,
  promoted: Registration[],
) {
  const emails = await emailsOf(
    db,
    promoted.map((r) => r.personId),
  );
  const link = meetingLink(deps.config, meeting.slug);
  for (const registration of promoted) {
    const to = emails.get(registration.personId);
    if (to)
      await deps.mailer.send(
        promotedMail(to, meeting, link, meetingCalendar(deps.config, meeting, true)),
      );
  }
}

/** `notifyPromoted` for the registration's own actions, which pass their mail setting. */
export function tellPromoted(
  setting: RegistrationMailSetting,
  meeting: Meeting,
  promoted: Registration[],
) {
  return notifyPromoted(setting.database.db, setting.services, meeting, promoted);
}

export async function tellCancelledRegistration(
  setting: RegistrationMailSetting,
  meeting: Meeting,
  registration: Registration,
) {
  const { database, services } = setting;
  const to = (await emailsOf(database.db, [registration.personId])).get(registration.personId);
  if (to && (await mayTellAboutOwnRegistration(setting, registration)))
    await services.mailer.send(
      registrationCancelledMail(
        to,
        { ...meeting, onlineUrl: null },
        meetingLink(services.config, meeting.slug),
      ),
    );
}

/** Everyone registered (confirmed or waiting) for a meeting, with their status. */
async function registered(db: Db, meetingId: string) {
  const rows = await db.query.meetingRegistrations.findMany({
    where: { meetingId, status: { ne: "cancelled" } },
    with: { person: { columns: { email: true } } },
  });
  return rows.map((r) => ({ email: r.person.email, confirmed: r.status === "confirmed" }));
}

/** Tells the registered of a change of time, place or link; the confirmed get the new calendar file. */
export async function tellChanged(
  db: Db,
  deps: MailDependencies,
  meeting: Meeting,
  changes: string[],
) {
  const link = meetingLink(deps.config, meeting.slug);
  // One calendar file for everyone with a place: it is the same meeting for each of them.
  const calendar = meetingCalendar(deps.config, meeting, true);
  for (const person of await registered(db, meeting.id)) {
    await deps.mailer.send(
      meetingChangedMail(
        person.email,
        { ...meeting, onlineUrl: person.confirmed ? meeting.onlineUrl : null },
        changes,
        link,
        person.confirmed ? calendar : null,
      ),
    );
  }
}

/** Tells the registered that the meeting is cancelled; the confirmed get a calendar file that says so. */
export async function tellCancelled(
  db: Db,
  deps: MailDependencies,
  meeting: Meeting,
  message: string,
) {
  const link = meetingLink(deps.config, meeting.slug);
  const calendar = meetingCalendar(deps.config, meeting, false);
  for (const person of await registered(db, meeting.id)) {
    await deps.mailer.send(
      meetingCancelledMail(
        person.email,
        meeting,
        message,
        link,
        person.confirmed ? calendar : null,
      ),
    );
  }
}
