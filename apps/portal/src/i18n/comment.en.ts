import type { sv } from "./comment";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "thread.signInToRead":
    "The discussion is open to signed-in participants. Sign in to read and write comments.",
  "thread.empty": "No one has written anything yet.",

  "thread.observer": "As an observer you can read the discussion but not write or agree.",
  "thread.commentCount": { one: "{count} comment", other: "{count} comments" },
  "thread.showMore": "Show more comments ({count} left)",
  "thread.moreFailed": "More comments could not be fetched. Try again.",
  "thread.replyToEarlier": "Reply to an earlier comment",
  "thread.newComment": "New comment by {name}",
  "thread.newComments": { one: "{count} new comment", other: "{count} new comments" },

  "comment.writeHeading": "Write a comment",
  "comment.bodyLabel": "Your comment",
  "comment.replyLabel": "Your reply to {name}",
  "comment.editLabel": "New wording",
  "comment.bodyHint":
    "Write about how the service works, never about an individual child or a family. Personal identity numbers and coordination numbers are never saved.",
  "comment.actingFor": "You are writing for {organisation}.",
  "comment.actingSelf": "You are writing for yourself.",
  "comment.actingChange": "Change whom you represent",
  "comment.asPosition": "As the organisation's position",
  "comment.asPositionHint":
    "An administrator of {organisation} approves the comment before it is shown as the organisation's position.",
  "comment.publish": "Publish",
  "comment.sendReply": "Send the reply",
  "comment.published": "The comment is published.",
  "comment.publishedAwaitingApproval":
    "The comment is published. That it is the organisation's position shows once an administrator of the organisation has approved it.",
  "comment.publishedHeld":
    "The comment is saved but not shown to others until a moderator has reviewed it.",
  "comment.replyPublished": "The reply is published.",
  "comment.editSaved": "The change is saved.",
  "comment.formerParticipant": "Former participant",
  "comment.for": "for",
  "comment.position": "The organisation's position",
  "comment.awaitingApproval": "Awaiting approval",
  "comment.edited": "edited",
  "comment.showRevisions": {
    one: "Show the earlier wording",
    other: "Show the {count} earlier wordings",
  },
  "comment.revisionUntil": "Wording until {time}",
  "comment.deleted": "The comment has been deleted",
  "comment.agree": "Agree ({count})",
  "comment.agreeCount": { one: "{count} agrees", other: "{count} agree" },
  "comment.reply": "Reply",
  "comment.edit": "Edit",
  "comment.delete": "Delete",
  "comment.deleteQuestion": "Delete the comment? The replies to it remain.",
  "comment.deleteConfirm": "Yes, delete",
  "comment.approve": "Approve as position",
  "comment.NOT_FOUND": "The comment or the theme no longer exists. Reload the page.",

  "comment.report": "Report",
  "comment.hiddenHeading": "Hidden comment",
  "comment.hiddenPlaceholder": "The comment is hidden. The replies to it remain.",
  "comment.hiddenTag": "Hidden",
  "comment.hiddenByModerator": "Hidden by a moderator:",
  "comment.hiddenByReports":
    "Hidden after reports from several participants, awaiting a moderator's decision.",
  "comment.hiddenOwnNote": "Only you and the moderators see this comment.",
  "comment.toQueue": "To the moderation queue",

  "report.legend": "Why are you reporting the comment?",
  "report.reason.SPAM": "Advertising or spam",
  "report.reason.OFFENSIVE": "Offensive or abusive",
  "report.reason.PERSONAL_DATA": "Data about a child or a family",
  "report.reason.OFF_TOPIC": "Not about the theme",
  "report.reason.OTHER": "Something else",
  "report.note": "For the moderators (optional)",
  "report.noteHint":
    "Never write personal identity numbers or anything else that points at a child or a family.",
  "report.submit": "Send the report",
  "report.sent": "Thank you! The moderators have your report.",
  "report.already": "You have reported this comment.",
  "report.REASON_MISSING": "Choose why you are reporting the comment.",
  "report.OWN_COMMENT": "You cannot report your own comment.",

  "thread.locked":
    "A moderator has locked the discussion. It can be read, but no new comments or replies can be written.",
  "thread.blocked": "A moderator has blocked you from writing until {time}.",
  "thread.blockedReason": "Reason:",
  "thread.slowMode": "Slow mode: each person can write one comment per {interval} here.",

  "threadControls.heading": "Moderate the discussion",
  "threadControls.lockedState": "The discussion is locked.",
  "threadControls.openState": "The discussion is open for new comments.",
  "threadControls.lock": "Lock the discussion",
  "threadControls.unlock": "Unlock the discussion",
  "threadControls.slowMode": "Slow mode",
  "threadControls.slowModeHint": "How long each person must wait between their comments.",
  "threadControls.slowModeOff": "Off",
  "threadControls.slowModeSave": "Save",
  "threadControls.slowModeSaved": "Slow mode: one comment per {interval}.",
  "threadControls.slowModeSavedOff": "Slow mode is off.",
};
