import { existsSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { Database } from "@kraftsamling/db";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Context } from "./context";
import type { Log } from "./log";
import { schema as defaultSchema } from "./schema";

export const portalDist = fileURLToPath(new URL("../../portal/dist", import.meta.url));

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
  schema?: GraphQLSchema;
  /** The built portal, served at `/`. */
  portalDir?: string;
}

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

export async function createServer(options: ServerOptions): Promise<KraftsamlingServer> {
  const { database, log } = options;
  const schema = options.schema ?? defaultSchema;
  const portalDir = options.portalDir ?? portalDist;
  const app = express();
  app.disable("x-powered-by");
  const http = createHttpServer(app);

  const wsServer = new WebSocketServer({ server: http, path: "/graphql" });
  const wsCleanup = useServer<Record<string, unknown>, { context?: Context }>(
    { schema, context: (): Context => ({ database, viewer: null }) },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    plugins: [
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

  app.get("/healthz", async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: "ok", database: database.kind });
    } catch (error) {
      log.warn("health check failed", error);
      res.status(503).json({ status: "unavailable", database: database.kind });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async (): Promise<Context> => ({ database, viewer: null }) }),
  );

  if (existsSync(portalDir)) {
    app.use(express.static(portalDir, { index: false, maxAge: "1h" }));
    // The portal routes in the browser: every other page is its index.html.
    app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => {
      res.sendFile("index.html", { root: portalDir, maxAge: 0 });
    });
  } else {
    log.warn(`no built portal at ${portalDir}: run the build to serve it at /`);
  }

  return {
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          http.off("listening", onListening);
          if (error.code === "EADDRINUSE") {
            reject(new PortInUseError(`PORT ${port} is in use on ${host}: stop the program that holds it, or set PORT to a free port (for example PORT=${port + 1}).`));
          } else if (error.code === "EACCES") {
            reject(new PortInUseError(`PORT ${port} may not be opened by this user: choose a port above 1023 (for example PORT=4000).`));
          } else {
            reject(error);
          }
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
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
