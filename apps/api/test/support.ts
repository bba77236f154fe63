import { ApolloServer } from "@apollo/server";
import { type Database, seed } from "@kraftsamling/db";
import { freshDatabase } from "@kraftsamling/db/testing";
import type { Context, Viewer } from "../src/context";
import { schema } from "../src/schema";

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
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  }>;
  close(): Promise<void>;
}

/** A seeded database of its own and the schema, executed in process. */
export async function testApi(options: { today?: Date } = {}): Promise<TestApi> {
  const statements: string[] = [];
  const database = await freshDatabase({ logQuery: (sql) => statements.push(sql) });
  await seed(database.db, { demo: true, today: options.today ?? new Date() });
  statements.length = 0;
  const apollo = new ApolloServer<Context>({ schema });
  await apollo.start();

  const execute: TestApi["execute"] = async (source, variables, viewer = null) => {
    const response = await apollo.executeOperation(
      { query: source, variables },
      { contextValue: { database, viewer } },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    return { data: data ?? undefined, errors: errors as never };
  };

  return {
    database,
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
      await apollo.stop();
      await database.close();
    },
  };
}
