import type { Config } from "@kraftsamling/config";
import type { Mail } from "../mail/mailer";
import type { NotificationText } from "./describe";
import type { NotificationKind } from "./service";

const subjects: Record<NotificationKind, string> = {
  reply: "Nytt svar på din kommentar / A new reply to your comment",
  comment_hidden: "Din kommentar är dold / Your comment is hidden",
  comment_restored: "Din kommentar visas igen / Your comment is shown again",
  blocked: "Du kan inte skriva just nu / You cannot write for now",
};

function site(config: Pick<Config, "publicUrl">): string {
  return config.publicUrl.replace(/\/$/, "");
}

const settings = (config: Pick<Config, "publicUrl">) => [
  ``,
  `Välj hur du får notiser: ${site(config)}/profil#notiser`,
  `Choose how you get notifications: ${site(config)}/profil#notiser`,
];

/** One notification, mailed at once. */
export function notificationMail(
  to: string,
  kind: NotificationKind,
  text: NotificationText,
  config: Pick<Config, "publicUrl">,
): Mail {
  const link = `${site(config)}${text.path}`;
  return {
    to,
    kind: kind.replaceAll("_", "-"),
    subject: subjects[kind],
    text: [`Hej!`, ``, text.sv, link, ``, `---`, text.en, link, ...settings(config)].join("\n"),
  };
}

/** The day's notifications in one mail. */
export function digestMail(
  to: string,
  texts: readonly NotificationText[],
  config: Pick<Config, "publicUrl">,
): Mail {
  const lines = (language: "sv" | "en") =>
    texts.flatMap((text) => [`- ${text[language]}`, `  ${site(config)}${text.path}`]);
  return {
    to,
    kind: "notification-digest",
    subject: `Dagens notiser från Kraftsamling (${texts.length}) / Today's notifications (${texts.length})`,
    text: [
      `Hej! Det här har hänt sedan förra sammanfattningen:`,
      ``,
      ...lines("sv"),
      ``,
      `---`,
      `Hello! This happened since the last digest:`,
      ``,
      ...lines("en"),
      ...settings(config),
    ].join("\n"),
  };
}
