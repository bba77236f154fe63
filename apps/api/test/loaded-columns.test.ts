import type { PothosOutputFieldConfig, SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver, GraphQLResolveInfo } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadedColumnsPlugin } from "../src/loaded-columns";
import { type TestApi, testApi } from "./support";

type Resolver = GraphQLFieldResolver<unknown, object, object>;

/** The plugin alone: it reads nothing of the build but the field's configuration. */
const plugin = new LoadedColumnsPlugin(
  {} as ConstructorParameters<typeof LoadedColumnsPlugin>[0],
  "loadedColumns" as never,
);

/** A field of a drizzle object as the builder hands it to the plugin. */
function field(options: {
  type?: PothosOutputFieldConfig<SchemaTypes>["type"];
  select?: unknown;
  args?: Record<string, unknown>;
  variant?: string;
  rowKeys?: string[];
  resolve?: Resolver;
}): PothosOutputFieldConfig<SchemaTypes> {
  return {
    kind: "DrizzleObject",
    graphqlKind: "Object",
    name: "f",
    parentType: "Comment",
    type: options.type ?? { kind: "Scalar", ref: "String", nullable: true },
    args: options.args ?? {},
    argMappers: [],
    extensions: {
      ...(options.variant ? { pothosDrizzleVariant: options.variant } : {}),
      ...(options.rowKeys ? { rowKeys: options.rowKeys } : {}),
    },
    pothosOptions: { select: options.select },
    resolve: options.resolve,
  } as unknown as PothosOutputFieldConfig<SchemaTypes>;
}

/** Which way a wrapped field answered a row: its own resolver, or the drizzle plugin's loader. */
function answers(wrapped: Resolver, row: Record<string, unknown>) {
  return wrapped(row, {}, {}, {} as GraphQLResolveInfo);
}

const own: Resolver = (row) => `own: ${JSON.stringify(row)}`;
const loader: Resolver = () => "loaded by the drizzle plugin";

describe("a field answered from the row it is given", () => {
  it("runs its own resolver when the row carries every column it selects, null included", () => {
    const wrapped = plugin.wrapResolve(
      loader,
      field({ select: { columns: { body: true, deletedAt: true } }, resolve: own }),
    );
    expect(answers(wrapped, { body: "Hej", deletedAt: null })).toBe(
      'own: {"body":"Hej","deletedAt":null}',
    );
  });

  it("leaves a row without one of the columns to the drizzle plugin, which loads it", () => {
    const wrapped = plugin.wrapResolve(
      loader,
      field({ select: { columns: { body: true, deletedAt: true } }, resolve: own }),
    );
    expect(answers(wrapped, { body: "Hej" })).toBe("loaded by the drizzle plugin");
  });

  it("keeps the drizzle plugin's way for a field that selects a relation or returns an object", () => {
    const withRelation = field({
      select: { columns: { id: true }, with: { author: true } },
      resolve: own,
    });
    const ofObject = field({
      type: { kind: "Object", ref: "Person", nullable: true } as never,
      select: { columns: { authorId: true } },
      resolve: own,
    });
    const withArguments = field({
      select: { columns: { id: true } },
      args: { first: {} },
      resolve: own,
    });
    for (const config of [withRelation, ofObject, withArguments])
      expect(answers(plugin.wrapResolve(loader, config), { id: "1", authorId: "2" })).toBe(
        "loaded by the drizzle plugin",
      );
  });

  it("reads an extra from the row when the row carries it, and loads it otherwise", () => {
    const wrapped = plugin.wrapResolve(
      loader,
      field({ select: { extras: { agreeCount: () => "count" } }, resolve: own }),
    );
    expect(answers(wrapped, { id: "1", agreeCount: 0 })).toBe('own: {"id":"1","agreeCount":0}');
    expect(answers(wrapped, { id: "1" })).toBe("loaded by the drizzle plugin");
  });

  it("reads the keys a selection worked out from the viewer names, and only with rowKeys", () => {
    const select = () => ({ extras: { agreedByMe: () => "exists" } });
    const named = plugin.wrapResolve(
      loader,
      field({ select, rowKeys: ["agreedByMe"], resolve: own }),
    );
    expect(answers(named, { agreedByMe: false })).toBe('own: {"agreedByMe":false}');
    expect(answers(named, { id: "1" })).toBe("loaded by the drizzle plugin");
    const unnamed = plugin.wrapResolve(loader, field({ select, resolve: own }));
    expect(answers(unnamed, { agreedByMe: false })).toBe("loaded by the drizzle plugin");
  });

  it("answers an exposed column from the row, and a missing one through the drizzle plugin", () => {
    const wrapped = plugin.wrapResolve(loader, field({ variant: "title" }));
    expect(answers(wrapped, { title: null })).toBeNull();
    expect(answers(wrapped, { title: "Rubrik" })).toBe("Rubrik");
    expect(answers(wrapped, {})).toBe("loaded by the drizzle plugin");
  });
});

describe("a field answered from the row, in the schema", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("keeps a finding's visit the office's when its round, which loads the visit's round, is asked beside it", async () => {
    const source = `{ findingsConnection(first: 20, filter: { sources: [VISIT] }) {
      nodes { id round visit { id round date } } } }`;
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    for (const viewer of [null, member]) {
      const { findingsConnection } = await api.query<{
        findingsConnection: { nodes: { round: number | null; visit: unknown }[] };
      }>(source, {}, viewer);
      expect(findingsConnection.nodes.length).toBeGreaterThan(0);
      expect(findingsConnection.nodes.some((node) => node.round !== null)).toBe(true);
      expect(findingsConnection.nodes.map((node) => node.visit)).toEqual(
        findingsConnection.nodes.map(() => null),
      );
    }
  });

  it("answers a relation alike however its selection is written: plain, or through a fragment", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const ask = (beneath: string) =>
      api.query(
        `{ findingsConnection(first: 20, filter: { sources: [VISIT] }) { nodes { id municipality { ${beneath} } } }
           themes { id commentsConnection(first: 10) { nodes { id author { id name } organisation { id name } } } } }`,
        {},
        member,
      );
    const plain = await ask("code name county { code name }");
    expect(JSON.stringify(plain)).toMatch(/"county":\{"code":"\d\d","name":"[^"]+"\}/);
    expect(await ask("code ... on Municipality { name county { code name } }")).toEqual(plain);
  });

  it("still checks the field's scopes first: the registrations' CSV only for the coordinator", async () => {
    // `registrationsCsv` selects the meeting's id alone, which every meeting row carries.
    const source = "{ meetingsConnection(first: 1) { nodes { id registrationsCsv } } }";
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const refused = await api.execute(source, {}, member);
    expect(refused.errors?.map((e) => [e.path?.at(-1), e.extensions?.code])).toEqual([
      ["registrationsCsv", "FORBIDDEN"],
    ]);
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    const answer = await api.query<{
      meetingsConnection: { nodes: { registrationsCsv: string }[] };
    }>(source, {}, coordinator);
    expect(answer.meetingsConnection.nodes[0]?.registrationsCsv).toMatch(/^\uFEFF/);
  });
});
