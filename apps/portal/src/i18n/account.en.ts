import type { sv } from "./account";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "profile.notificationsHeading": "Notifications by e-mail",
  "profile.notificationsIntro":
    "You always see your notifications in the portal. Choose whether they also come by e-mail.",
  "profile.notificationMail.IMMEDIATE": "At once, one e-mail per notification",
  "profile.notificationMail.DAILY": "One digest a day (at 07:00)",
  "profile.notificationMail.OFF": "Never, only in the portal",
  "profile.notificationsSave": "Save the choice",
  "profile.notificationsSaved": "Your choice is saved.",

  "account.signIn": "Sign in",
  "account.signOut": "Sign out",
  "account.toSignIn": "Go to sign-in",
  "account.email": "E-mail address",
  "account.password": "Password",
  "account.name": "Name",
  "account.newPassword": "New password",
  "account.choosePassword": "Choose a password",
  "account.repeatPassword": "Repeat the password",
  "account.passwordHint":
    "At least 12 characters. A good password is several words in a row, such as four words you will remember.",

  "portalRole.COORDINATOR": "Coordinator",
  "portalRole.MODERATOR": "Moderator",
  "portalRole.MEMBER": "Member",
  "portalRole.OBSERVER": "Observer",

  "signIn.documentTitle": "Sign in",
  "signIn.heading": "Sign in",
  "signIn.intro":
    "Sign in with your e-mail address and your password. You get an account through an invitation from the coordinator or from your organisation.",
  "signIn.alreadySignedIn": "You are signed in already, as {name}.",
  "signIn.toProfile": "Go to your profile",
  "signIn.forgotPassword": "Forgotten your password?",

  "forgotPassword.documentTitle": "Forgotten password",
  "forgotPassword.heading": "Forgotten your password?",
  "forgotPassword.intro":
    "Type the e-mail address of your account, and we will send a link where you can choose a new password.",
  "forgotPassword.submit": "Send link",
  "forgotPassword.sent": "If the address has an account, we have sent a link.",
  "forgotPassword.sentHint":
    "The link is valid for one hour and works once. If you find no e-mail, look in your spam folder.",

  "resetPassword.documentTitle": "New password",
  "resetPassword.heading": "Choose a new password",
  "resetPassword.intro":
    "The new password applies at once. You are signed out in every browser and sign in again with the new one.",
  "resetPassword.submit": "Save the password",
  "resetPassword.done": "Your new password is saved. Sign in with it.",
  "resetPassword.linkInvalid":
    "The link is not valid. Check that you have the whole address, or ask for a new link.",
  "resetPassword.linkUsed": "The link has been used already. Ask for a new link.",
  "resetPassword.linkExpired":
    "The link has expired: it is valid for one hour. Ask for a new link.",
  "resetPassword.askAgain": "Ask for a new link",

  "invitation.documentTitle": "Invitation",
  "invitation.heading": "Invitation to Kraftsamling",
  "invitation.intro": "You are invited to Kraftsamling.",
  "invitation.introOrganisation": "You are invited to Kraftsamling for",
  "invitation.validUntil": "The invitation is valid until",
  "invitation.formHeading": "Create your account",
  "invitation.nameHint": "As other participants see you, such as your first name and surname.",
  "invitation.submit": "Create account and sign in",
  "invitation.invalid": "This invitation link is not valid. Check that you have the whole address.",
  "invitation.used": "The invitation has been used already. Sign in instead.",
  "invitation.expired":
    "The invitation has expired: it is valid for seven days. Ask the person who invited you for a new one.",
  "invitation.revoked":
    "The invitation has been withdrawn, or replaced by a newer one. Use the link in the latest e-mail, or ask for a new invitation.",

  "profile.documentTitle": "My profile",
  "profile.heading": "My profile",
  "profile.intro":
    "Your details, your organisations, your sign-ins and what the portal keeps about you.",
  "profile.detailsHeading": "My details",
  "profile.role": "Role",
  "profile.since": "Account since",
  "profile.title": "Title",
  "profile.titleHint": "Such as social worker or head of unit. Optional.",
  "profile.organisationsHeading": "My organisations",
  "profile.noOrganisations": "You are not a member of any organisation.",
  "profile.memberSince": "since {date}",
  "profile.actingHeading": "When you write in the portal",
  "profile.actingIntro":
    "Choose whether what you write in this browser is shown as said for an organisation or for yourself.",
  "profile.actingLabel": "I act for",
  "profile.actingSelf": "Myself",
  "profile.actingSaved": "Saved. You now act for {name}.",
  "profile.actingSavedSelf": "Saved. You now act for yourself.",
  "profile.actingNotMember": "You can only act for an organisation you are a member of.",
  "profile.passwordHeading": "Change password",
  "profile.passwordIntro": "When you change your password, your other browsers are signed out.",
  "profile.currentPassword": "Current password",
  "profile.currentPasswordWrong": "The current password is not right.",
  "profile.changePassword": "Change password",
  "profile.passwordChanged": "The password is changed.",
  "profile.exportHeading": "Download my data",
  "profile.exportIntro":
    "Everything the portal keeps about you, as a JSON file: your details, memberships, sign-ins and comments.",
  "profile.export": "Download my data",
  "profile.deleteHeading": "Delete my account",
  "profile.deleteIntro":
    "Your name, your e-mail address, your memberships and your sign-ins are deleted. This cannot be undone.",
  "profile.deleteComments":
    "Comments you have written stay in the dialogue, but are shown as written by “Former participant”.",
  "profile.deletePassword": "Your password, to confirm",
  "profile.delete": "Delete my account",

  "sessions.heading": "My sign-ins",
  "sessions.intro":
    "Browsers where you are signed in. If you do not recognise one of them, sign it out and change your password.",
  "sessions.caption": "Browsers where you are signed in",
  "sessions.browser": "Browser",
  "sessions.created": "Signed in",
  "sessions.lastSeen": "Last active",
  "sessions.actingFor": "Acting for",
  "sessions.current": "This browser",
  "sessions.browserOn": "{browser} on {system}",
  "sessions.unknownBrowser": "Unknown browser",
  "sessions.end": "Sign out",
  "sessions.endLabel": "Sign out {browser}, last active {date}",
  "sessions.signOutEverywhere": "Sign out everywhere",
  "sessions.noOthers": "You are not signed in on any other browser.",
  "sessions.others": {
    one: "You are also signed in on {count} other browser.",
    other: "You are also signed in on {count} other browsers.",
  },

  "myOrganisations.documentTitle": "My organisations",
  "myOrganisations.heading": "My organisations",
  "myOrganisations.intro":
    "The organisations you are a member of. Administrators invite and remove members from the organisation's page.",
  "myOrganisations.adminHint": "You invite and manage the members on the organisation's page.",
};
