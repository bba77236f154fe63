import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { WebSocket } from "ws";
import type { Log } from "../shared/log";

/** Sockets one client address may hold open: a conference's network behind one address included. */
export const maxSocketsPerAddress = 300;
/** Sockets one browser session may hold open: a tab each. */
export const maxSocketsPerSession = 20;
/** Subscriptions one socket may hold at once: a page of the portal holds two or three. */
export const maxSubscriptionsPerSocket = 20;

/** The sockets open on this instance, counted by client address and by session. */
export class SocketCounts {
  private readonly byAddress = new Map<string, number>();
  private readonly bySession = new Map<string, number>();

  /**
   * Counts one more socket from this address and session, answering the function that counts it
   * closed; or, when either holds the most already, why it is refused (and counts nothing).
   */
  admit(
    address: string,
    sessionToken: string | null,
  ): { refused: string } | { closed: () => void } {
    const session = sessionToken ? sessionKey(sessionToken) : null;
    if ((this.byAddress.get(address) ?? 0) >= maxSocketsPerAddress)
      return {
        refused: `This address holds ${maxSocketsPerAddress} WebSocket connections already, the most one address may hold: close one before opening another.`,
      };
    if (session && (this.bySession.get(session) ?? 0) >= maxSocketsPerSession)
      return {
        refused: `This session holds ${maxSocketsPerSession} WebSocket connections already, the most one session may hold: close a tab or a connection before opening another.`,
      };
    add(this.byAddress, address, 1);
    if (session) add(this.bySession, session, 1);
    let counted = true;
    return {
      closed: () => {
        if (!counted) return;
        counted = false;
        add(this.byAddress, address, -1);
        if (session) add(this.bySession, session, -1);
      },
    };
  }
}

/** The session counted by a hash of its token, so that the token itself is not kept in memory. */
const sessionKey = (token: string) => createHash("sha256").update(token).digest("base64url");

function add(counts: Map<string, number>, key: string, by: number) {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/**
 * The error a subscribe message gets when its socket runs the most operations already (a query or a
 * mutation sent over the socket counts while it runs, as a subscription does until it completes).
 */
export function tooManySubscriptions(most: number): GraphQLError {
  return new GraphQLError(
    `This connection runs ${most} operations already, the most one connection may run at once: complete a subscription before starting another.`,
    { extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } },
  );
}

/**
 * A message over the size limit makes `ws` close the socket (1009) and emit an error, which the
 * GraphQL socket server would log with its stack as its own fault: it is the sender's, and is
 * logged as one line at debug level. Any other error goes on as before.
 */
export function quietOversizedMessages(socket: WebSocket, log: Log): void {
  const emit = socket.emit.bind(socket);
  socket.emit = ((event: string | symbol, ...args: unknown[]) => {
    const error = args[0] as { code?: string } | undefined;
    if (event === "error" && error?.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") {
      log.debug("closed a WebSocket that sent a message over the size limit");
      return true;
    }
    return emit(event, ...args);
  }) as WebSocket["emit"];
}
