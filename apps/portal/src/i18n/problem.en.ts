import type { sv } from "./problem";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "problem.TITLE_LENGTH": "Write a title of 3–200 characters.",
  "problem.SLUG_INVALID": "The address needs at least 3 letters or digits (a–z, 0–9, hyphens).",
  "problem.SLUG_TAKEN": "Another post already has that address. Choose another.",
  "problem.POST_EMPTY": "Write the post before you save it.",
  "problem.POST_TOO_LONG": "A post holds at most 100,000 characters.",
  "problem.PUBLISH_AT_MISSING": "Choose the date and time of publication.",

  "problem.INVALID_CREDENTIALS": "The e-mail address or the password is not right.",
  "problem.ACCOUNT_LOCKED":
    "The account is locked after too many failed attempts. Try again after {time}.",
  "problem.ACCOUNT_LOCKED_LATER":
    "The account is locked after too many failed attempts. Try again in a while.",
  "problem.TOO_MANY_ATTEMPTS":
    "Too many failed sign-ins from your address. Try again after {time}.",
  "problem.TOO_MANY_ATTEMPTS_LATER":
    "Too many failed sign-ins from your address. Try again in a while.",
  "problem.PASSWORD_TOO_SHORT": "The password must have at least 12 characters.",
  "problem.PASSWORD_IS_EMAIL": "The password must not be your e-mail address.",
  "problem.PASSWORD_UNCHANGED": "The new password must differ from the current one.",
  "problem.PASSWORDS_DIFFER": "The passwords are not the same. Type the same password twice.",
  "problem.EMAIL_MISSING": "Type an e-mail address.",
  "problem.PASSWORD_MISSING": "Type your password.",
  "problem.LINK_INVALID": "The link is not valid. Check that you have the whole address.",
  "problem.LINK_USED": "The link has been used already.",
  "problem.LINK_EXPIRED": "The link has expired.",
  "problem.LINK_REVOKED": "The invitation has been withdrawn.",
  "problem.NAME_LENGTH": "Type a name of 2 to 120 characters.",
  "problem.EMAIL_INVALID": "Type a whole e-mail address, such as name@kommun.se.",
  "problem.PERSON_EXISTS": "There is an account with this e-mail address already.",
  "problem.TOO_MANY_INVITATIONS":
    "The address has had several invitations in the last hour. Try again after {time}.",
  "problem.TOO_MANY_INVITATIONS_LATER":
    "The address has had several invitations in the last hour. Try again in a while.",
  "problem.NOT_FOUND": "What you wanted to change is no longer there. Reload the page.",
  "problem.NO_ACCOUNT":
    "No one has an account with that e-mail address. Send an invitation instead.",
  "problem.ALREADY_MEMBER": "That person is a member of the organisation already.",
  "problem.NOT_A_MEMBER": "That person is not a member of the organisation.",
  "problem.WRONG_PASSWORD": "The password is not right.",
  "problem.OWN_ROLE": "You cannot take the coordinator's role from yourself.",
  "problem.OWN_ACCOUNT": "You delete your own account from your profile.",
  "problem.LAST_COORDINATOR":
    "You are the portal's only coordinator. Give someone else the coordinator's role first, then delete your account.",
  "problem.NAME_TAKEN": "There is an organisation with that name already.",
  "problem.WEBSITE_INVALID": "Type the website as a whole address, such as https://www.example.se.",
  "problem.PERSONAL_DATA":
    "The text contains something that looks like a personal identity number or coordination number. Nothing was saved. Remove the number – write about how the service works, never about an individual child or a family. If it is a phone number, write it in groups with spaces, as 070-123 45 67.",
  "problem.TOO_FAST": "You wrote a comment a moment ago. Wait until {time} and send again.",
  "problem.TOO_FAST_LATER": "You wrote a comment a moment ago. Wait a little and send again.",
  "problem.DUPLICATE": "You sent the same text a moment ago. It is already in the discussion.",
  "problem.TOO_DEEP": "Replies go at most three levels deep. Reply further up in the discussion.",
  "problem.THEME_CLOSED": "The theme is closed and takes no more comments.",
  "problem.POST_NOT_PUBLISHED": "The post is not published and takes no comments.",
  "problem.BODY_EMPTY": "Write something before you send.",
  "problem.BODY_TOO_LONG": "A comment can be at most 10,000 characters long. Shorten the text.",
  "problem.NO_ORGANISATION":
    "Choose the organisation you represent (in your profile) before you write its position.",
  "problem.OWN_COMMENT": "You cannot agree with your own comment.",
  "problem.NOT_PROPOSED": "The author has not marked the comment as the organisation's position.",
  "problem.BLOCKED": "A moderator has blocked you from writing until {time}.",
  "problem.BLOCKED_LATER": "A moderator has blocked you from writing for a while.",
  "problem.THREAD_LOCKED":
    "A moderator has locked the discussion. It takes no new comments or replies.",
  "problem.SLOW_MODE": "The discussion is in slow mode. Wait until {time} and send again.",
  "problem.atTime": "{time}",
  "problem.SLOW_MODE_LATER": "The discussion is in slow mode. Wait a while and send again.",
  "problem.NOTE_TOO_LONG": "The text for the moderators holds at most 1,000 characters.",
  "problem.REASON_REQUIRED": "Give a reason.",
  "problem.REASON_TOO_LONG": "A reason holds at most 1,000 characters.",
  "problem.INVALID_UNTIL": "A block must end in the future.",
  "problem.INVALID_SECONDS": "Slow mode can be from 0 seconds to a day.",
  "problem.SELF": "You cannot block yourself.",
  "problem.NOT_BLOCKABLE":
    "A moderator or the coordinator is not blocked by a moderator. Ask the coordinator to take away the role first.",
  "problem.FORBIDDEN": "You do not have permission to do this.",
  "problem.UNAUTHENTICATED": "You are no longer signed in. Sign in and try again.",
  "problem.FAILED": "The portal could not be reached. Please try again in a moment.",
  "problem.other": "That did not work: {message}",
};
