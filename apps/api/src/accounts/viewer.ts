export type PortalRole = "coordinator" | "moderator" | "member" | "observer";

/** The signed-in person behind a request. */
export interface Viewer {
  personId: string;
  name: string;
  email: string;
  role: PortalRole;
  sessionId: string;
  /** The organisation the person acts for in this session; null: as themselves. */
  actingOrganisationId: string | null;
  memberships: { organisationId: string; role: "member" | "admin" }[];
  /** When the session ends by itself (sessions read from the database say). */
  sessionExpiresAt?: Date;
}
