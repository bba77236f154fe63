import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createNetServer } from "node:net";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { defaultContactEmail, type RateLimitSettings } from "@kraftsamling/config";
import type { Database } from "@kraftsamling/db";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import proxyaddr from "proxy-addr";
import { WebSocketServer } from "ws";
import { readCookie, sessionCookie, sessionCookieHeader } from "./accounts/cookies";
import { sessionMaxAgeSeconds, viewerFromToken } from "./accounts/sessions";
import type { Viewer } from "./accounts/viewer";
import { apiKeyCheck, apiKeyOf, invalidSocketKeyReason, socketApiKey } from "./api-keys/bearer";
import type { Context, Services } from "./context";
import { maskError, maskSocketErrors } from "./error-masking";
import { blogFeedRoutes } from "./http/blog-feed";
import { calendarRoutes } from "./http/calendar";
import { allowAnyOrigin, publicFilePaths } from "./http/cross-origin";
import { directTimeCsvRoutes } from "./http/direct-time-csv";
import { documentRoutes } from "./http/documents";
import { httpErrorHandler } from "./http/errors";
import { findingsCsvRoutes } from "./http/findings-csv";
import { graphqlBodyBytes, graphqlEndpoint } from "./http/graphql-endpoint";
import { healthRoutes } from "./http/health";
import { openDataRoutes } from "./http/open-data";
import { fromOwnOrigin } from "./http/own-origin";
import {
  isPortalDocument,
  type PersistedOperations,
  readPersistedOperations,
} from "./http/persisted-operations";
import { portalFiles } from "./http/portal-files";
import { reportDocxRoutes } from "./http/report-docx";
import { schemaFileRoutes } from "./http/schema-file";
import { securityHeaderList, securityHeaders } from "./http/security-headers";
import { securityTxtRoutes } from "./http/security-txt";
import { surveyImportRoutes } from "./http/survey-import";
import { LiveUpdates } from "./live/live-updates";
import { accessOf } from "./live/open-sockets";
import {
  maxSubscriptionsPerSocket,
  quietOversizedMessages,
  SocketCounts,
  tooManySubscriptions,
} from "./live/socket-guards";
import { scheduleDailyDigests } from "./notifications/digest";
import { ApiBudgets } from "./rate-limits/budgets";
import { callerOf, rateLimitPlugin } from "./rate-limits/graphql-plugin";
import { httpRateLimit } from "./rate-limits/http-middleware";
import { operationPrice } from "./rate-limits/price";
import { subscribeRefusal } from "./rate-limits/socket";
import { type RateLimitStore, rateLimitStoreFor } from "./rate-limits/store";
import type { RetentionPeriods } from "./retention/periods";
import { scheduleRetentionSweeps } from "./retention/schedule";
import { schema as defaultSchema } from "./schema";
import { type Clock, createClock } from "./shared/clock";
import type { Log } from "./shared/log";
import {
  checkOperation,
  costLimitPlugin,
  maxWebSocketMessageBytes,
  parseOptions,
  queryLimits,
} from "./shared/query-limits";

export const portalDist = fileURLToPath(new URL("../../portal/dist", import.meta.url));

/** Who a WebSocket reads as: its session's viewer and its API key. */
interface SocketReader {
  viewer: Viewer | null;
  apiKey: Context["apiKey"];
}

/** What graphql-ws keeps with each socket: the upgrade request, and who it connected as. */
type SocketExtra = {
  request: import("node:http").IncomingMessage;
  /** Set when the socket is accepted (onConnect). */
  reader?: SocketReader;
};

export interface KraftsamlingServer {
  readonly http: Server;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(port: number, host: string): Promise<{ url: string }>;
  /** Stops taking requests, lets those under way finish, closes sockets. The database stays open. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  database: Database;
  log: Log;
  /** Without a clock: real time. */
  services: Omit<Services, "log" | "clock"> & { clock?: Clock };
  schema?: GraphQLSchema;
  /** The built portal, served at `/`. */
  portalDir?: string;
  /** The API's budgets (RATE_LIMITS, RATE_LIMIT_*); without them, or switched off, nothing is counted. */
  rateLimits?: RateLimitSettings;
  /** Where the budgets count: Redis when given, else the database's store (PostgreSQL; memory on PGlite). */
  rateLimitStore?: RateLimitStore;
  /** The portal's operations by hash; by default the manifest built with the portal in `portalDir`. */
  persistedOperations?: PersistedOperations;
  /** How long personal data is kept: swept at start and daily; without it, nothing is swept (tests). */
  retention?: RetentionPeriods;
  /** How long a GraphQL request's body may take to arrive, in ms; graphqlBodySeconds unless given (tests). */
  graphqlBodyTimeoutMs?: number;
}

/** `/graphql`, with or without a query string. */
function isGraphqlPath(url: string | undefined): boolean {
  return url === "/graphql" || (url?.startsWith("/graphql?") ?? false);
}

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

function portError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === "EADDRINUSE") {
    return new PortInUseError(
      `PORT ${port} is in use on ${host}: stop the program that holds it, or set PORT to a free port (for example PORT=${port + 1}).`,
    );
  }
  if (error.code === "EACCES") {
    return new PortInUseError(
      `PORT ${port} may not be opened by this user: choose a port above 1023 (for example PORT=4000).`,
    );
  }
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
    return new PortInUseError(
      `HOST ${host} is not an address of this machine: set HOST to 127.0.0.1 or 0.0.0.0.`,
    );
  }
  return error;
}

/** Fails early, before the database is opened, when the port cannot be had. */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(portError(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export async function createServer(options: ServerOptions): Promise<KraftsamlingServer> {
  const { database, log } = options;
  const live = new LiveUpdates(database, log);
  await live.start();
  const { comments: events, meetings: meetingLiveEvents } = live;
  const services: Services = {
    ...options.services,
    clock: options.services.clock ?? createClock(),
    log,
    events,
    meetingLiveEvents,
  };
  const stopDigests = scheduleDailyDigests(database, services, log);
  const stopRetention = options.retention
    ? scheduleRetentionSweeps(database, options.retention, log)
    : async () => {};
  const secureCookie = options.services.config.publicUrl.startsWith("https:");
  /**
   * The session a request is signed in by: its cookie, when the request comes from a page of the
   * portal or from no page. A page of another site is answered as anyone, whatever its browser sends.
   */
  const sessionTokenOf = (headers: IncomingHttpHeaders) =>
    fromOwnOrigin(headers, options.services.config.publicUrl)
      ? readCookie(headers.cookie, sessionCookie)
      : null;
  /** A request's context, for the viewer and key already known. */
  const contextOf = (
    viewer: Viewer | null,
    headers: IncomingHttpHeaders,
    ip: string,
    setCookie: (value: string) => void,
    apiKey: Context["apiKey"] = null,
  ): Context => ({
    database,
    services,
    viewer,
    request: { ip, userAgent: headers["user-agent"] ?? null },
    apiKey,
    setSessionCookie: (token) =>
      setCookie(
        sessionCookieHeader(token, { secure: secureCookie, maxAgeSeconds: sessionMaxAgeSeconds }),
      ),
  });
  /** The context of one operation: the viewer comes from the session cookie, the key from the endpoint. */
  const contextFor = async (
    headers: IncomingHttpHeaders,
    ip: string,
    setCookie: (value: string) => void,
    apiKey: Context["apiKey"] = null,
  ): Promise<Context> =>
    contextOf(
      await viewerFromToken(database, sessionTokenOf(headers)),
      headers,
      ip,
      setCookie,
      apiKey,
    );
  const schema = options.schema ?? defaultSchema;
  const portalDir = options.portalDir ?? portalDist;
  const portalOperations = options.persistedOperations ?? readPersistedOperations(portalDir);
  const limits = options.rateLimits?.enabled ? options.rateLimits : null;
  const budgets = limits
    ? new ApiBudgets(options.rateLimitStore ?? rateLimitStoreFor(database), limits, log)
    : null;
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders(options.services.config.publicUrl));
  // X-Forwarded-For tells the client's address only from the proxies TRUST_PROXY names.
  const trustedProxies = options.services.config.trustProxy ?? [];
  app.set("trust proxy", trustedProxies.length > 0 ? trustedProxies : false);
  const clientAddress = (req: import("node:http").IncomingMessage) =>
    proxyaddr(req, app.get("trust proxy fn"));
  // A POST to /graphql, nearly every request of the API, goes to the endpoint without Express's
  // router; anything else (GET, other paths) through the app, which mounts the same endpoint.
  let graphql: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const http = createHttpServer((req, res) => {
    if (graphql && req.method === "POST" && isGraphqlPath(req.url)) graphql(req, res);
    else app(req, res);
  });
  // A client that asks before sending its body (`Expect: 100-continue`) is told to go on, unless
  // it declares a GraphQL body over the limit: that one gets its 413 before it sends a byte.
  http.on("checkContinue", (req, res) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    const refused = declared > graphqlBodyBytes && req.method === "POST" && isGraphqlPath(req.url);
    if (!refused) res.writeContinue();
    http.emit("request", req, res);
  });

  const socketCounts = new SocketCounts();
  // Attached by hand so that a failed listen is reported once, by `listen`, not again by ws.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: maxWebSocketMessageBytes });
  http.on("upgrade", (req, socket, head) => {
    if (new URL(req.url ?? "/", "http://localhost").pathname !== "/graphql") {
      socket.destroy();
      return;
    }
    // The socket carries the session cookie: a page of another origin must not open it.
    if (!fromOwnOrigin(req.headers, options.services.config.publicUrl)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    // At most so many sockets from one address and one browser's session: more is a flood, not
    // the tabs of an office or a conference's network.
    const admitted = socketCounts.admit(clientAddress(req), sessionTokenOf(req.headers));
    if ("refused" in admitted) {
      const body = JSON.stringify({
        errors: [{ message: admitted.refused, extensions: { code: "TOO_MANY_SOCKETS" } }],
      });
      socket.end(
        `HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    // Counted until the connection itself closes, whether or not the upgrade completes.
    socket.once("close", admitted.closed);
    wsServer.handleUpgrade(req, socket, head, (ws) => {
      quietOversizedMessages(ws, log);
      wsServer.emit("connection", ws, req);
    });
  });
  /**
   * Who an operation on a socket reads as: what the socket connected with while the database's
   * announcements of changes are heard (a change closes the socket), else looked up again.
   */
  const socketReader = async (ctx: {
    connectionParams?: Readonly<Record<string, unknown>>;
    extra: SocketExtra;
  }): Promise<SocketReader> => {
    if (ctx.extra.reader && live.state === "listening") return ctx.extra.reader;
    const key = await socketApiKey(database, ctx.connectionParams);
    const viewer = await viewerFromToken(database, sessionTokenOf(ctx.extra.request.headers));
    return { viewer, apiKey: key.kind === "valid" ? { id: key.id } : null };
  };
  const wsCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      // Apollo does not run here: apply the same limits, cost and error masking to every subscription.
      // A key in the connection parameters (`authorization: "Bearer …"`) that is not valid closes the socket (4403).
      // The socket is kept with the session and key it reads as, and closed when either ends.
      onConnect: async (ctx) => {
        const key = await socketApiKey(database, ctx.connectionParams);
        if (key.kind === "invalid") {
          ctx.extra.socket.close(4403, invalidSocketKeyReason);
          return false;
        }
        const viewer = await viewerFromToken(database, sessionTokenOf(ctx.extra.request.headers));
        // Closed by its client while it was being looked up: nothing to keep.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        const apiKey = key.kind === "valid" ? { id: key.id } : null;
        // Who the socket reads as, for each of its subscriptions: the socket is closed when that
        // changes (open-sockets.ts), so nothing needs to be looked up again per subscription.
        ctx.extra.reader = { viewer, apiKey };
        const remove = live.sockets.add(ctx.extra.socket, {
          sessionId: viewer?.sessionId ?? null,
          personId: viewer?.personId ?? null,
          apiKeyId: apiKey?.id ?? null,
          sessionExpiresAt: viewer?.sessionExpiresAt ?? null,
          access: viewer ? accessOf(viewer) : null,
        });
        ctx.extra.socket.once("close", remove);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // This subscription is among them already (as null until it starts).
        const open = Object.keys(ctx.subscriptions).length - 1;
        if (open >= maxSubscriptionsPerSocket)
          return [tooManySubscriptions(maxSubscriptionsPerSocket)];
        const { errors, document } = checkOperation(schema, payload);
        if (errors.length > 0 || !document) return errors;
        if (!budgets || !limits) return undefined;
        // Each subscribe message takes its points: the portal's own from its session or address.
        const request = ctx.extra.request;
        const reader = await socketReader(ctx);
        const caller = callerOf(
          {
            apiKey: reader.apiKey,
            viewer: reader.viewer,
            request: { ip: clientAddress(request), userAgent: null },
          },
          isPortalDocument(portalOperations, payload.query),
        );
        // Weighted by the operation's cost, as over HTTP: the document parsed and checked above.
        const price = operationPrice(schema, document, payload.operationName, payload.variables);
        const refused = await subscribeRefusal(budgets, caller, limits.apiKey, price);
        return refused ? [refused] : undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: maskSocketErrors(result.errors, log) } : result,
      onError: (_ctx, _id, _payload, errors) => maskSocketErrors(errors, log),
      // The upgrade request carries the session cookie; a socket cannot set one.
      context: async (ctx) => {
        const reader = await socketReader(ctx);
        return contextOf(
          reader.viewer,
          ctx.extra.request.headers,
          // The same rule as req.ip: X-Forwarded-For only from the proxies TRUST_PROXY names.
          clientAddress(ctx.extra.request),
          () => {},
          reader.apiKey,
        );
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // main.ts owns the signals, and stops the server and then the database in that order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // In production, no "Did you mean …" and no other detail of the schema in an error.
    hideSchemaDetailsFromClientErrors: services.config.nodeEnv === "production",
    // An unexpected failure is logged in full and reported without its internals (SQL, paths).
    formatError: (formatted, error) => maskError(formatted, error, log),
    parseOptions,
    validationRules: queryLimits.validationRules,
    allowBatchedHttpRequests: false,
    // Only the portal's own operations are known by hash (persisted-operations.ts); no caller adds any.
    persistedQueries: false,
    plugins: [
      ...queryLimits.plugins,
      costLimitPlugin(schema),
      ...(budgets && limits ? [rateLimitPlugin(schema, budgets, limits.apiKey)] : []),
      // The API is for programs; its landing page would load scripts from another site.
      ApolloServerPluginLandingPageDisabled(),
      // No field gives a cache hint: the default plugin would wrap every resolver of every
      // request to compute a Cache-Control header that would always say the same.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(healthRoutes({ database, live, log }));
  app.use(
    blogFeedRoutes({ database, publicUrl: services.config.publicUrl, clock: services.clock }),
  );
  const viewerOf = (req: express.Request) => viewerFromToken(database, sessionTokenOf(req.headers));
  app.use(calendarRoutes({ database, services }));
  // A page of any site may read the downloads and the schema, refusals included (cross-origin.ts).
  app.use(publicFilePaths, allowAnyOrigin);
  // The downloads beside GraphQL take a point a request from the same budgets.
  const downloadLimit: express.RequestHandler[] =
    budgets && limits
      ? [
          apiKeyCheck({ database, publicUrl: services.config.publicUrl }),
          httpRateLimit({
            budgets,
            apiKeyBudget: limits.apiKey,
            apiKeyOf: (_req, res) => apiKeyOf(res),
          }),
        ]
      : [];
  if (downloadLimit.length > 0)
    app.use(["/findings.csv", "/measurement/direct-time.csv", "/open-data"], downloadLimit);
  app.use(findingsCsvRoutes({ database }));
  app.use(documentRoutes({ database, services, viewerOf }));
  app.use(surveyImportRoutes({ database, services, viewerOf }));
  app.use(directTimeCsvRoutes({ database }));
  app.use(reportDocxRoutes({ database, viewerOf }));
  // Open data: the downloads' rate limit is mounted here, in front of this router.
  app.use("/open-data", openDataRoutes({ database }));
  app.use(schemaFileRoutes());
  // A browser opening /graphql gets GraphiQL, which the portal serves from its own files.
  app.get("/graphql", (req, res, next) => {
    const browser = req.accepts(["application/json", "text/html"]) === "text/html";
    if (browser && req.query.query === undefined) return res.redirect(302, "/utvecklare/graphiql");
    return next();
  });

  graphql = graphqlEndpoint({
    apollo,
    database,
    publicUrl: services.config.publicUrl,
    portalOperations,
    headers: securityHeaderList(services.config.publicUrl),
    clientAddress,
    context: (req, ip, setCookie, apiKey) => contextFor(req.headers, ip, setCookie, apiKey),
    budgets: budgets && limits ? { store: budgets, apiKeyBudget: limits.apiKey } : null,
    log,
    bodyTimeoutMs: options.graphqlBodyTimeoutMs,
  });
  app.use("/graphql", (req, res) => graphql?.(req, res));

  // security.txt from the configuration; then the portal's files, its pages and its not-found page.
  app.use(
    securityTxtRoutes({
      publicUrl: services.config.publicUrl,
      contactEmail: services.config.contactEmail ?? defaultContactEmail,
    }),
  );
  app.use(portalFiles({ portalDir, log }));
  // Last: an unknown address of the server, and whatever failed, answer with a status and one plain sentence.
  app.use((_req, res) => {
    res.status(404).type("text/plain; charset=utf-8").send("Not found.");
  });
  app.use(httpErrorHandler(log));

  return {
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          http.off("listening", onListening);
          reject(portError(error, port, host));
        };
        const onListening = () => {
          http.off("error", onError);
          const address = http.address();
          const actual = typeof address === "object" && address ? address.port : port;
          resolve({ url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/` });
        };
        http.once("error", onError);
        http.once("listening", onListening);
        http.listen(port, host);
      }),
    stop: async () => {
      // Drains HTTP (in-flight requests finish) and closes the WebSocket server.
      await apollo.stop();
      stopDigests();
      await stopRetention();
      await live.stop();
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
