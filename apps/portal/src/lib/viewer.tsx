import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import { useQuery } from "urql";
import { graphql, type ResultOf } from "../graphql";

const Viewer_Me = graphql(`
  query Viewer_Me {
    me {
      id
      name
      role
      memberships {
        role
        organisation {
          id
          name
          slug
        }
      }
    }
    currentSession {
      id
      actingOrganisation {
        id
        name
        slug
      }
    }
  }
`);

export type ViewerPerson = NonNullable<ResultOf<typeof Viewer_Me>["me"]>;
type ActingOrganisation = NonNullable<
  ResultOf<typeof Viewer_Me>["currentSession"]
>["actingOrganisation"];

export type ViewerState =
  | { status: "loading" }
  | { status: "signedOut" }
  | { status: "signedIn"; person: ViewerPerson; actingFor: ActingOrganisation };

interface Viewer {
  state: ViewerState;
  /** Asks the API again, after something that changes who the person is or acts for. */
  refresh: () => void;
}

const ViewerContext = createContext<Viewer | null>(null);

/** Who is signed in, for the header and for pages that show more to some people than to others. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [me, reexecute] = useQuery({ query: Viewer_Me });
  const person = me.data?.me ?? null;
  const actingFor = me.data?.currentSession?.actingOrganisation ?? null;

  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);

  const state = useMemo<ViewerState>(() => {
    if (person) return { status: "signedIn", person, actingFor };
    // Until the first answer the header shows neither "sign in" nor a name; a failed answer offers to sign in.
    return me.data || me.error ? { status: "signedOut" } : { status: "loading" };
  }, [person, actingFor, me.data, me.error]);

  const value = useMemo(() => ({ state, refresh }), [state, refresh]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer must be used inside <ViewerProvider>");
  return viewer;
}

/** The signed-in person, or null (signed out, or not known yet). */
export function useSignedInPerson(): ViewerPerson | null {
  const { state } = useViewer();
  return state.status === "signedIn" ? state.person : null;
}

/** Whether the person may manage the organisation: its admins and the coordinator. */
export function managesOrganisation(person: ViewerPerson | null, organisationId: string): boolean {
  if (!person) return false;
  return (
    person.role === "COORDINATOR" ||
    person.memberships.some((m) => m.organisation.id === organisationId && m.role === "ADMIN")
  );
}

/** Whether the person moderates: moderators and the coordinator, as the API's moderator scope admits. */
export function moderates(person: Pick<ViewerPerson, "role"> | null): boolean {
  return person?.role === "MODERATOR" || person?.role === "COORDINATOR";
}
