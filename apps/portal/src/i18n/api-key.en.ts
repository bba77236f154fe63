import type { sv } from "./api-key";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "apiKey.documentTitle": "API key",
  "apiKey.heading": "Get an API key",
  "apiKey.intro":
    "A key to Kraftsamling's open API tells which program is asking. It gives the same data as asking without a key, but the program gets a request limit of its own, and we can reach you if something changes.",
  "apiKey.noAccount":
    "You need no account: give your e-mail address and we send a link. With an account, you can also make keys in your profile.",
  "apiKey.toProfile": "To your keys in the profile",
  "apiKey.toDeveloper": "How to use the API",
  "apiKey.email": "Your e-mail address",
  "apiKey.emailHint":
    "Where we send the link. The address is kept with the key until you revoke it.",
  "apiKey.name": "Name of the key",
  "apiKey.nameHint": "For example the program or project that will use it (2–80 characters).",
  "apiKey.submit": "Send the link",
  "apiKey.sent": "We have sent a link to {email}.",
  "apiKey.sentHint":
    "Open the link within 24 hours to see your key. The link works once. If you find no e-mail, look in your spam folder.",
  "apiKey.nameMissing": "Give the key a name.",

  "apiKey.revokeHeading": "Revoke a key",
  "apiKey.revokeIntro":
    "Without an account, you revoke a key by pasting it here. The key, its name and, if it was your last key, your e-mail address are deleted.",
  "apiKey.revokeKey": "The key",
  "apiKey.revokeSubmit": "Revoke the key",
  "apiKey.revoked": "The key is revoked and deleted. Requests with it are refused from now on.",
  "apiKey.keyMissing": "Paste the key you want to revoke.",
  "apiKey.keyUnknown": "There is no such key. It may have been revoked already.",

  "apiKey.confirmTitle": "Your API key",
  "apiKey.confirmHeading": "Your API key",
  "apiKey.confirmIntro":
    "The key is made and shown when you press the button. It is shown only once, so have a safe place ready to keep it.",
  "apiKey.confirmSubmit": "Make and show the key",
  "apiKey.linkInvalid":
    "This link is not valid. Check that you have the whole address, or ask for a new key.",
  "apiKey.linkUsed":
    "This link has been used already, and a key is shown only once. If you did not keep it: revoke it and ask for a new one.",
  "apiKey.linkExpired": "This link has expired: it works for 24 hours. Ask for a new key.",
  "apiKey.askAgain": "Ask for a new key",

  "apiKey.shownOnceHeading": "The key “{name}”",
  "apiKey.shownOnce":
    "Copy the key now and keep it somewhere safe. It is shown only this once: we do not store it and cannot show it again.",
  "apiKey.secret": "API key",
  "apiKey.copy": "Copy",
  "apiKey.copied": "The key is copied.",
  "apiKey.copyFailed": "Copying did not work. Select the key and copy it yourself.",
  "apiKey.howToSend": "Send the key in the Authorization header with every request:",
  "apiKey.example": "For example with curl:",

  "apiKey.profileHeading": "API keys",
  "apiKey.profileIntro":
    "Keys to the open API for your programs. A key gives no more than asking without one; it gives the program a request limit of its own.",
  "apiKey.caption": "Your API keys",
  "apiKey.columnName": "Name",
  "apiKey.columnPrefix": "Begins with",
  "apiKey.columnCreated": "Made",
  "apiKey.columnLastUsed": "Last used",
  "apiKey.neverUsed": "Never",
  "apiKey.revokedAt": "Revoked {date}",
  "apiKey.none": "You have no API keys.",
  "apiKey.create": "Make the key",
  "apiKey.createHeading": "New key",
  "apiKey.revoke": "Revoke",
  "apiKey.revokeLabel": "Revoke the key {name}",
  "apiKey.revokeQuestion": "Revoke the key {name}? Programs that use it are refused at once.",
  "apiKey.revokeConfirm": "Yes, revoke",
  "apiKey.revokedOne": "The key {name} is revoked.",
  "apiKey.TOO_MANY_KEYS":
    "You have 20 keys already. Revoke one you do not use before you make a new one.",
  "apiKey.KEY_NAME_LENGTH": "Give the key a name of 2 to 80 characters.",
};
