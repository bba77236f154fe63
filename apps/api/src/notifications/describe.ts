import type { Db, schema } from "@kraftsamling/db";
import { stockholmMinute } from "../shared/stockholm-time";
import { notificationTarget } from "./target";

type Notification = Pick<
  typeof schema.notifications.$inferSelect,
  "kind" | "commentId" | "reason" | "until"
>;

/** What a notification says, in Swedish and English, and where it leads. */
export interface NotificationText {
  sv: string;
  en: string;
  /** The portal path it leads to, from the site's root. */
  path: string;
}

/**
 * Puts a notification into words: the thread's title and the replier's name as they are now, the
 * moderator's reason as it was. Undefined when what it was about is gone.
 */
export async function describeNotification(
  db: Db,
  notification: Notification,
  reader: { now: Date; coordinator: boolean },
): Promise<NotificationText | undefined> {
  if (notification.kind === "blocked") {
    const until = notification.until ? stockholmMinute(notification.until) : "";
    return {
      sv: `En moderator har stängt av dig från att skriva till ${until}. Skäl: ${notification.reason ?? ""}`,
      en: `A moderator has blocked you from writing until ${until}. Reason: ${notification.reason ?? ""}`,
      path: "/notiser",
    };
  }
  const target = await notificationTarget(db, notification.commentId, reader);
  if (!target) return undefined;
  const { thread, path } = target;
  const where = thread.kind === "theme" ? `temat "${thread.title}"` : `inlägget "${thread.title}"`;
  const whereEn =
    thread.kind === "theme" ? `the theme "${thread.title}"` : `the post "${thread.title}"`;
  switch (notification.kind) {
    case "reply": {
      const who = target.authorName ?? "En tidigare deltagare";
      const whoEn = target.authorName ?? "A former participant";
      return {
        sv: `${who} svarade på din kommentar i ${where}.`,
        en: `${whoEn} replied to your comment in ${whereEn}.`,
        path,
      };
    }
    case "comment_hidden":
      // A hide by reports carries no reason; a moderator always gives one.
      return notification.reason === null
        ? {
            sv: `Din kommentar i ${where} har anmälts av flera deltagare och är dold tills en moderator har granskat den.`,
            en: `Your comment in ${whereEn} was reported by several participants and is hidden until a moderator has reviewed it.`,
            path,
          }
        : {
            sv: `En moderator har dolt din kommentar i ${where}. Skäl: ${notification.reason}`,
            en: `A moderator has hidden your comment in ${whereEn}. Reason: ${notification.reason}`,
            path,
          };
    case "comment_restored":
      return {
        sv: `En moderator har granskat din kommentar i ${where} och den visas nu igen för alla.`,
        en: `A moderator has reviewed your comment in ${whereEn} and it is shown to everyone again.`,
        path,
      };
  }
}
