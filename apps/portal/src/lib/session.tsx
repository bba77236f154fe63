import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { Provider as UrqlProvider } from "urql";
import { createClient } from "./urql";

interface Session {
  /** Starts afresh after signing in or out: a new client, so every page asks the API again. */
  renew: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** The GraphQL client of the current session, replaced when the person signs in or out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createClient);
  const renew = useCallback(() => setClient(createClient()), []);
  const session = useMemo(() => ({ renew }), [renew]);
  return (
    <SessionContext.Provider value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>");
  return session;
}
