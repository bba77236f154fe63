import type { sv } from "./personal-data-page";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "personalData.documentTitle": "Personal data",
  "personalData.heading": "How we handle personal data",
  "personalData.intro":
    "What personal data the portal keeps, why, for how long, and what you can do: get a copy, have it erased or complain.",

  "personalData.responsibleHeading": "Data controller",
  "personalData.responsible":
    "The office of the national coordinator for social child and youth care is the data controller (personuppgiftsansvarig) for the portal. Send questions about your personal data to the office:",

  "personalData.storedHeading": "What we keep",
  "personalData.storedIntro": "The portal keeps only what the dialogue and the mission need:",
  "personalData.stored.account":
    "Your account: name, e-mail address, title, the organisations you belong to and your role there and in the portal, and how you want your notifications. The password is kept only as a check value that cannot be read.",
  "personalData.stored.contributions":
    "What you write and sign up for: comments, agreements and reports of comments, questions at hearings and webinars, registrations for meetings and seminars, and taking part in municipality visits.",
  "personalData.stored.sessions":
    "Your sign-ins: browser, IP address and when you were last active, and links for changing your password.",
  "personalData.stored.mail": "E-mail the portal has sent you.",
  "personalData.stored.notifications":
    "Notifications of replies to your comments and of moderation.",
  "personalData.stored.auditLog":
    "The log of what the coordinator, moderators and organisation admins have done, with their names.",
  "personalData.stored.apiKeys":
    "API keys: the key's name, its first characters and the e-mail address it belongs to. The key itself is not kept.",
  "personalData.stored.invitations":
    "Invitations: the e-mail address and name of the person invited.",
  "personalData.stored.survey":
    "The time-use survey's respondent rows: municipality, professional role and shares of working time, without names.",
  "personalData.stored.limits":
    "Counts of sign-in attempts, mails and requests per e-mail address or IP address, to stop abuse.",
  "personalData.storedNever":
    "The portal never keeps personal identity numbers or data about individual children and families: text holding a personal identity number is not accepted.",

  "personalData.whyHeading": "Why we process the data",
  "personalData.why":
    "The legal basis is a task carried out in the public interest (Article 6(1)(e) of the GDPR): the processing is needed for the coordinator's assignment from the government, to hold a national dialogue on social child and youth care and gather what comes out of it.",

  "personalData.periodsHeading": "How long we keep the data",
  "personalData.periodsIntro":
    "Every day the portal deletes what is older than the periods below. They are the periods that apply in the portal now.",
  "personalData.periodsLoading": "Loading the retention periods …",
  "personalData.periodsFailed":
    "The retention periods could not be loaded just now. Reload the page or ask the office.",
  "personalData.days": { one: "{count} day", other: "{count} days" },
  "personalData.period.SESSIONS":
    "Sign-ins: removed when they have expired (30 days after signing in) or have not been used for {days}. Password-reset links are deleted {days} after they expired.",
  "personalData.period.OUTBOX_MAIL": "E-mail sent: deleted {days} after it was sent.",
  "personalData.period.READ_NOTIFICATIONS":
    "Read notifications: deleted {days} after they were read.",
  "personalData.period.UNREAD_NOTIFICATIONS":
    "Unread notifications: deleted {days} after they were written.",
  "personalData.period.AUDIT_LOG":
    "The log of the administrators' actions: each entry is deleted {days} after the action.",
  "personalData.period.SURVEY_RESPONDENTS":
    "The time-use survey's respondent rows: deleted {days} after the import, as the coordinator has decided. The aggregated figures stay.",
  "personalData.period.UNUSED_ACCOUNTS":
    "Accounts no one has signed in to for {days}: erased, as when someone asks for erasure. The coordinator's and moderators' accounts are never erased automatically.",
  "personalData.period.INVITATIONS":
    "Invitations never accepted: deleted {days} after they expired or were withdrawn.",
  "personalData.period.API_KEY_REQUESTS":
    "Requests for API keys by e-mail: deleted {days} after the link expired.",
  "personalData.period.RATE_LIMIT_COUNTS":
    "Counts of attempts and mails: deleted when the period they count ends (an hour at most), within {days} at the latest.",
  "personalData.periodsAccount":
    "Your account, your memberships and what you have written stay as long as you use the portal, until you ask for them to be erased.",

  "personalData.copyHeading": "Get a copy of your data",
  "personalData.copy":
    "Signed in, you can download everything the portal keeps about you as a file (JSON) from your profile.",
  "personalData.copyLink": "Download your data on your profile",

  "personalData.eraseHeading": "Have your data erased",
  "personalData.erase":
    "You can delete your account yourself from your profile. Your name, e-mail address, memberships, sign-ins, notifications, e-mail and API keys are then erased. Your comments stay as a “Former participant”, and the log no longer shows your name. You can also ask the office to erase the data.",
  "personalData.eraseLink": "Delete your account on your profile",

  "personalData.complainHeading": "If you want to complain",
  "personalData.complain":
    "If you think we handle your personal data wrongly, contact the office first. You also have the right to complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), the supervisory authority.",
  "personalData.complainLink": "The website of Integritetsskyddsmyndigheten (IMY), imy.se",
};
