import { schema } from "@kraftsamling/db";
import { inArray } from "drizzle-orm";
import type { Context } from "../context";
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
import { calendarFile } from "./ical";
import { type Meeting, type Registration, waitingListPosition } from "./registration";

export const meetingPath = (slug: string) => `/moten/${slug}`;
export const meetingLink = (ctx: Context, slug: string) =>
  `${ctx.services.config.publicUrl}${meetingPath(slug)}`;

/** The meeting's calendar file as a mail attachment, with the online link for those who hold a place. */
export function meetingCalendar(ctx: Context, meeting: Meeting, withOnlineUrl: boolean) {
  return calendarAttachment(
    meeting.slug,
    calendarFile([{ ...meeting, onlineUrl: withOnlineUrl ? meeting.onlineUrl : null }], {
      name: meeting.title,
      portalUrl: ctx.services.config.publicUrl,
      stamp: new Date(),
    }),
  );
}

async function emailsOf(ctx: Context, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await ctx.database.db
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
async function mayTellAboutOwnRegistration(ctx: Context, registration: Registration) {
  const taken = await takeRegistrationMail(
    ctx.database,
    registration.meetingId,
    registration.personId,
  );
  if (!taken.allowed)
    ctx.services.log.info(
      `registration mail for meeting ${registration.meetingId} left out: the limit for one person and meeting is reached until ${taken.retryAt.toISOString()}`,
    );
  return taken.allowed;
}

/** Confirmation of a new registration: a place (with the calendar file) or the waiting list. */
export async function tellRegistered(ctx: Context, meeting: Meeting, registration: Registration) {
  const to = (await emailsOf(ctx, [registration.personId])).get(registration.personId);
  if (!to || !(await mayTellAboutOwnRegistration(ctx, registration))) return;
  const link = meetingLink(ctx, meeting.slug);
  if (registration.status === "confirmed") {
    await ctx.services.mailer.send(
      registrationConfirmedMail(to, meeting, link, meetingCalendar(ctx, meeting, true)),
    );
  } else {
    const position = (await waitingListPosition(ctx.database.db, registration)) ?? 1;
    await ctx.services.mailer.send(
      registrationWaitlistedMail(to, { ...meeting, onlineUrl: null }, position, link),
    );
  }
}

/** Each person promoted from the waiting list gets a mail with the calendar file. */
export async function tellPromoted(ctx: Context, meeting: Meeting, promoted: Registration[]) {
  const emails = await emailsOf(
    ctx,
    promoted.map((r) => r.personId),
  );
  const link = meetingLink(ctx, meeting.slug);
  for (const registration of promoted) {
    const to = emails.get(registration.personId);
    if (to)
      await ctx.services.mailer.send(
        promotedMail(to, meeting, link, meetingCalendar(ctx, meeting, true)),
      );
  }
}

export async function tellCancelledRegistration(
  ctx: Context,
  meeting: Meeting,
  registration: Registration,
) {
  const to = (await emailsOf(ctx, [registration.personId])).get(registration.personId);
  if (to && (await mayTellAboutOwnRegistration(ctx, registration)))
    await ctx.services.mailer.send(
      registrationCancelledMail(
        to,
        { ...meeting, onlineUrl: null },
        meetingLink(ctx, meeting.slug),
      ),
    );
}

/** Everyone registered (confirmed or waiting) for a meeting, with their status. */
async function registered(ctx: Context, meetingId: string) {
  const rows = await ctx.database.db.query.meetingRegistrations.findMany({
    where: { meetingId, status: { ne: "cancelled" } },
    with: { person: { columns: { email: true } } },
  });
  return rows.map((r) => ({ email: r.person.email, confirmed: r.status === "confirmed" }));
}

/** Tells the registered of a change of time, place or link; the confirmed get the new calendar file. */
export async function tellChanged(ctx: Context, meeting: Meeting, changes: string[]) {
  const link = meetingLink(ctx, meeting.slug);
  // One calendar file for everyone with a place: it is the same meeting for each of them.
  const calendar = meetingCalendar(ctx, meeting, true);
  for (const person of await registered(ctx, meeting.id)) {
    await ctx.services.mailer.send(
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
export async function tellCancelled(ctx: Context, meeting: Meeting, message: string) {
  const link = meetingLink(ctx, meeting.slug);
  const calendar = meetingCalendar(ctx, meeting, false);
  for (const person of await registered(ctx, meeting.id)) {
    await ctx.services.mailer.send(
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
