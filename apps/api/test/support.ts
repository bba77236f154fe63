import { ApolloServer } from "@apollo/server";
import { type Database, schema as tables } from "@kraftsamling/db";
import { freshDatabase } from "@kraftsamling/db/testing";
import { hashPassword } from "../src/accounts/passwords";
import { viewerFromToken } from "../src/accounts/sessions";
import { newToken, tokenHash } from "../src/accounts/tokens";
import type { Context, Services, Viewer } from "../src/context";
import { maskError } from "../src/error-masking";
import { createMailer } from "../src/mail/mailer";
import { memoryStore, useRateLimitStore } from "../src/rate-limits/store";
import { schema } from "../src/schema";
import { createClock } from "../src/shared/clock";
import { createLog } from "../src/shared/log";

export interface TestApi {
  database: Database;
  /** Every SQL statement run since the last `clearStatements()`. */
  statements: string[];
  clearStatements(): void;
  /** Runs an operation and returns its data, failing the test on any GraphQL error. */
  query<T = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<T>;
  /** Runs an operation and returns its errors and data as they are. */
  execute(
    source: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<{
    data?: unknown;
    errors?: readonly {
      message: string;
      path?: readonly (string | number)[];
      extensions?: Record<string, unknown>;
    }[];
  }>;
  /** A signed-in viewer for a seeded person, with a real session row. */
  viewer(email: string): Promise<Viewer>;
  /** Session cookies the last operation set (a token) or cleared (null). */
  cookies: (string | null)[];
  services: Services;
  /**
   * Moves the clock of the meetings' rules (`services.clock`) this far ahead of where it would be,
   * in milliseconds; 0 puts it back. Comments follow it; sessions keep real time. The rate limits
   * count on the wall clock (rate-limiter-flexible), so every move ends their windows: from then on
   * they count afresh, in memory.
   */
  moveClock(ms: number): void;
  close(): Promise<void>;
}

/** The password of every demo person in tests. */
export const testPassword = "ett-langt-losenord";

/**
 * A seeded database of its own (a copy of a template seeded once for these options: demo people
 * with `testPassword`, upcoming demo meetings from `today`) and the schema, executed in process.
 */
export async function testApi(
  options: { today?: Date; smtpUrl?: string; demoDate?: Date } = {},
): Promise<TestApi> {
  const statements: string[] = [];
  const database = await freshDatabase({
    logQuery: (sql) => statements.push(sql),
    seed: { today: options.today ?? new Date(), demoPassword: testPassword, hashPassword },
  });
  const clock = createClock(options.demoDate);
  let clockAhead = 0;
  const log = createLog("error");
  const services: Services = {
    log,
    mailer: createMailer({
      database,
      smtpUrl: options.smtpUrl,
      from: "test@kraftsamling.example",
      log,
      printLinks: false,
    }),
    config: { publicUrl: "http://portal.test", nodeEnv: "test" },
    clock: { now: () => new Date(clock.now().getTime() + clockAhead) },
  };
  const cookies: (string | null)[] = [];
  statements.length = 0;
  // Errors reach the tests as they reach a caller: masked the way the server masks them.
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: (formatted, error) => maskError(formatted, error, log),
  });
  await apollo.start();

  const execute: TestApi["execute"] = async (source, variables, viewer = null) => {
    cookies.length = 0;
    const contextValue: Context = {
      database,
      viewer,
      services,
      request: { ip: "192.0.2.1", userAgent: "vitest" },
      apiKey: null,
      setSessionCookie: (token) => cookies.push(token),
    };
    const response = await apollo.executeOperation({ query: source, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    return { data: data ?? undefined, errors: errors as never };
  };

  return {
    database,
    services,
    cookies,
    moveClock: (ms) => {
      clockAhead = ms;
      useRateLimitStore(database, memoryStore());
    },
    viewer: async (email) => {
      const person = await database.db.query.people.findFirst({ where: { email } });
      if (!person) throw new Error(`no person ${email}`);
      const token = newToken();
      await database.db.insert(tables.sessions).values({
        tokenHash: tokenHash(token),
        personId: person.id,
        expiresAt: new Date(Date.now() + 3600_000),
      });
      const viewer = await viewerFromToken(database, token);
      if (!viewer) throw new Error("no viewer");
      return viewer;
    },
    statements,
    clearStatements: () => {
      statements.length = 0;
    },
    execute,
    query: async <T>(
      source: string,
      variables?: Record<string, unknown>,
      viewer?: Viewer | null,
    ) => {
      const { data, errors } = await execute(source, variables, viewer);
      if (errors?.length) throw new Error(errors.map((e) => e.message).join("; "));
      return data as T;
    },
    close: async () => {
      services.mailer.close();
      await apollo.stop();
      await database.close();
    },
  };
}
