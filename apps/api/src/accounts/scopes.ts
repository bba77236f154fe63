import type { Viewer } from "./viewer";

/** Who may do what: the scopes the GraphQL schema's `authScopes` name, and the only role checks. */
export interface AuthScopes {
  /** Anyone, with or without an account. */
  public: boolean;
  signedIn: boolean;
  /** Signed in and allowed to write: everyone but observers. */
  participant: boolean;
  coordinator: boolean;
  /** Moderators and the coordinator. */
  moderator: boolean;
  /** The coordinator, or an admin of the organisation with this id. */
  organisationAdmin: string;
  /** The coordinator, or a member (of any role) of the organisation with this id. */
  organisationMember: string;
}

type ScopeName = keyof AuthScopes;
type ScopeArgument<S extends ScopeName> = AuthScopes[S] extends string ? [string] : [];

const rules: { [S in ScopeName]: (viewer: Viewer | null, ...args: ScopeArgument<S>) => boolean } = {
  public: () => true,
  signedIn: (viewer) => viewer !== null,
  participant: (viewer) => viewer !== null && viewer.role !== "observer",
  coordinator: (viewer) => viewer?.role === "coordinator",
  moderator: (viewer) => viewer?.role === "coordinator" || viewer?.role === "moderator",
  organisationAdmin: (viewer, organisationId) =>
    viewer?.role === "coordinator" ||
    (viewer?.memberships.some((m) => m.organisationId === organisationId && m.role === "admin") ??
      false),
  organisationMember: (viewer, organisationId) =>
    viewer?.role === "coordinator" ||
    (viewer?.memberships.some((m) => m.organisationId === organisationId) ?? false),
};

/**
 * Whether the viewer (or the acting person in a service) holds a scope: the same rules the schema's
 * `authScopes` apply, for the checks a field's own scopes cannot express (what a list shows, what a
 * `viewerCan…` field answers, a route outside GraphQL).
 */
export function hasScope<S extends ScopeName>(
  viewer: Viewer | null,
  scope: S,
  ...args: ScopeArgument<S>
): boolean {
  return (rules[scope] as (viewer: Viewer | null, ...args: string[]) => boolean)(viewer, ...args);
}

/**
 * The scope-auth plugin's loaders for one request. Each reads the viewer when first asked, because a
 * sign-in changes the viewer within the request.
 */
export function scopeLoaders(viewer: () => Viewer | null) {
  return {
    public: true,
    signedIn: () => hasScope(viewer(), "signedIn"),
    participant: () => hasScope(viewer(), "participant"),
    coordinator: () => hasScope(viewer(), "coordinator"),
    moderator: () => hasScope(viewer(), "moderator"),
    organisationAdmin: (organisationId: string) =>
      hasScope(viewer(), "organisationAdmin", organisationId),
    organisationMember: (organisationId: string) =>
      hasScope(viewer(), "organisationMember", organisationId),
  };
}
