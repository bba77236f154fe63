import { swedishTimeRange } from "../shared/stockholm-time";
import type { Mail, MailAttachment } from "./mailer";

/** What a mail about a meeting tells of it. */
export interface MailMeeting {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  city: string | null;
  place: string | null;
  address: string | null;
  /** Only for confirmed participants. */
  onlineUrl?: string | null;
}

/** The meeting's calendar file, `<slug>.ics`. */
export function calendarAttachment(slug: string, ics: string): MailAttachment {
  return {
    filename: `${slug}.ics`,
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    content: ics,
  };
}

function about(meeting: MailMeeting): string[] {
  const where = [meeting.place, meeting.address, meeting.city].filter(Boolean).join(", ");
  return [
    meeting.title,
    `Tid: ${swedishTimeRange(meeting.startsAt, meeting.endsAt)} (svensk tid)`,
    ...(where ? [`Plats: ${where}`] : []),
    ...(meeting.onlineUrl ? [`Länk till mötet: ${meeting.onlineUrl}`] : []),
  ];
}

export function registrationConfirmedMail(
  to: string,
  meeting: MailMeeting,
  link: string,
  calendar: MailAttachment,
): Mail {
  return {
    to,
    kind: "meeting-registration-confirmed",
    subject: `Anmälan bekräftad: ${meeting.title}`,
    attachments: [calendar],
    text: [
      "Hej!",
      "",
      "Du har fått en plats på mötet:",
      "",
      ...about(meeting),
      "",
      "Mötet finns i den bifogade kalenderfilen. Vill du avanmäla dig gör du det här:",
      link,
      "",
      "---",
      `Your registration is confirmed: ${meeting.title}. The attached file adds it to your calendar.`,
    ].join("\n"),
  };
}

export function registrationWaitlistedMail(
  to: string,
  meeting: MailMeeting,
  position: number,
  link: string,
): Mail {
  return {
    to,
    kind: "meeting-registration-waitlisted",
    subject: `Du står på väntelistan: ${meeting.title}`,
    text: [
      "Hej!",
      "",
      `Mötet är fullt och du står som nummer ${position} på väntelistan:`,
      "",
      ...about(meeting),
      "",
      "Lämnar någon sin plats får nästa person på väntelistan den automatiskt, och du får ett e-postmeddelande när det blir du.",
      link,
      "",
      "---",
      `The meeting is full: you are number ${position} on the waiting list for ${meeting.title}. You will be told by e-mail when a place is yours.`,
    ].join("\n"),
  };
}

export function promotedMail(
  to: string,
  meeting: MailMeeting,
  link: string,
  calendar: MailAttachment,
): Mail {
  return {
    to,
    kind: "meeting-registration-promoted",
    subject: `Du har fått en plats: ${meeting.title}`,
    attachments: [calendar],
    text: [
      "Hej!",
      "",
      "En plats har blivit ledig och den är nu din:",
      "",
      ...about(meeting),
      "",
      "Mötet finns i den bifogade kalenderfilen. Kan du inte komma, avanmäl dig så att nästa på väntelistan får platsen:",
      link,
      "",
      "---",
      `A place became free and is now yours: ${meeting.title}. The attached file adds it to your calendar.`,
    ].join("\n"),
  };
}

export function registrationCancelledMail(to: string, meeting: MailMeeting, link: string): Mail {
  return {
    to,
    kind: "meeting-registration-cancelled",
    subject: `Avanmäld: ${meeting.title}`,
    text: [
      "Hej!",
      "",
      "Du är avanmäld från mötet:",
      "",
      ...about(meeting),
      "",
      "Ångrar du dig kan du anmäla dig igen så länge anmälan är öppen:",
      link,
      "",
      "---",
      `Your registration for ${meeting.title} is cancelled.`,
    ].join("\n"),
  };
}

export function meetingChangedMail(
  to: string,
  meeting: MailMeeting,
  changes: string[],
  link: string,
  calendar: MailAttachment | null,
): Mail {
  return {
    to,
    kind: "meeting-changed",
    subject: `Ändrat möte: ${meeting.title}`,
    ...(calendar ? { attachments: [calendar] } : {}),
    text: [
      "Hej!",
      "",
      `Ett möte du är anmäld till har ändrats (${changes.join(", ")}). Så här gäller nu:`,
      "",
      ...about(meeting),
      "",
      ...(calendar ? ["Den bifogade kalenderfilen uppdaterar mötet i din kalender.", ""] : []),
      link,
      "",
      "---",
      `A meeting you registered for has changed: ${meeting.title}. See the new details above.`,
    ].join("\n"),
  };
}

export function meetingCancelledMail(
  to: string,
  meeting: MailMeeting,
  message: string,
  link: string,
  calendar: MailAttachment | null,
): Mail {
  return {
    to,
    kind: "meeting-cancelled",
    subject: `Inställt: ${meeting.title}`,
    ...(calendar ? { attachments: [calendar] } : {}),
    text: [
      "Hej!",
      "",
      "Ett möte du är anmäld till är inställt:",
      "",
      ...about({ ...meeting, onlineUrl: null }),
      "",
      `Meddelande från samordnaren: ${message}`,
      "",
      ...(calendar ? ["Den bifogade kalenderfilen tar bort mötet ur din kalender.", ""] : []),
      link,
      "",
      "---",
      `A meeting you registered for is cancelled: ${meeting.title}.`,
    ].join("\n"),
  };
}
