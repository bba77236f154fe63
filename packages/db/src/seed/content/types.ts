/**
 * Typer för seed-innehållet i Kraftsamling. Rent data, ingen databaskod.
 * Källor: källdokumenten 000–004 (se respektive fil).
 */

/** Vilken sorts organisation det är. */
export type OrganisationKind =
  | "kommun"
  | "region"
  | "myndighet"
  | "intresseorganisation"
  | "fackforbund"
  | "arbetsgivarorganisation"
  | "vardforetag"
  | "larosate"
  | "fou_miljo";

/** De tre kretsarna i uppdraget (seed 000, bild 12–13). */
export type Circle = "samarbete" | "samrad" | "bred_delaktighet";

export interface OrganisationSeed {
  slug: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  circle: Circle;
  description: string;
  website?: string;
}

/**
 * En av uppdragets fem faser (seed 000, bild 14).
 * Datum är ISO YYYY-MM-DD, null när källan saknar period.
 */
export interface PhaseSeed {
  number: 1 | 2 | 3 | 4 | 5;
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface ThemeSeed {
  slug: string;
  title: string;
  description: string;
  phaseNumber: 1 | 2 | 3 | 4 | 5;
}

/** En fråga vid kommunbesöken (seed 000, bild 10–11). */
export interface VisitQuestionSeed {
  number: number;
  text: string;
  themeSlug: string;
}

export type ProposalStatus = "decided" | "in_preparation";

/** Ett av de tio förslagen till regeringen (seed 001). */
export interface ProposalSeed {
  number: number;
  title: string;
  summary: string;
  responsibleBody: string;
  status: ProposalStatus;
  /** ISO-datum YYYY-MM-DD för redovisning, null när källan inte anger något. */
  reportDue: string | null;
}

export type MeetingKind =
  | "national_dialogue"
  | "dialogue_meeting"
  | "hearing"
  | "round_table"
  | "webinar"
  | "regional_conference"
  | "seminar";

export interface MeetingSeed {
  slug: string;
  title: string;
  kind: MeetingKind;
  description: string;
  /** ISO 8601 med Europe/Stockholm-offset, t.ex. 2017-08-29T09:00:00+02:00. */
  startsAt: string;
  endsAt: string;
  city: string;
  place: string;
  status: "published" | "held";
  organisationSlugs: string[];
  /** Anmälningsperiod, ISO 8601 med offset; utelämnad: anmälan öppen tills mötet börjar. */
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  /** Antal platser; utelämnat: obegränsat. */
  capacity?: number;
  /** Länk till ett digitalt möte; visas bara för den som har plats. */
  onlineUrl?: string;
}

/** Ett tidspass i en konferens program med parallella seminarier. */
export interface ConferenceSlotSeed {
  conferenceSlug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  seminars: { slug: string; title: string; description: string; capacity: number }[];
}

/** Ett inlägg på samordnarens blogg, i portalens Markdown. */
export interface BlogPostSeed {
  slug: string;
  title: string;
  /** ISO 8601 med tidszon. */
  publishedAt: string;
  themeSlugs: string[];
  body: string;
}

/** Vad ett åtagande är: ett förslag till regeringen eller en del av SKL:s handlingsplan. */
export type CommitmentKind = "proposal" | "action_area" | "action_item" | "stability_factor";

export type CommitmentStatus =
  | "proposed"
  | "decided"
  | "being_prepared"
  | "under_way"
  | "reported"
  | "done";

/** Ett steg i ett åtagandes historik. */
export interface CommitmentStatusSeed {
  status: CommitmentStatus;
  /** ISO-datum YYYY-MM-DD. */
  on: string;
  /** Källan daterar inte steget: dagen är antagen. */
  dateAssumed: boolean;
  note: string;
}

/**
 * Ett åtagande (seed 001: förslagen; seed 004: SKL:s handlingsplan). Dess status är det sista
 * steget i historiken, som står i datumordning.
 */
export interface CommitmentSeed {
  slug: string;
  kind: CommitmentKind;
  number: number;
  /** Handlingsplanens område för en punkt "SKL ska verka för". */
  parentSlug: string | null;
  title: string;
  summary: string;
  actor: string;
  source: string;
  history: CommitmentStatusSeed[];
}
