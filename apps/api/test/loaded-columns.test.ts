import type { PothosOutputFieldConfig, SchemaTypes } from "@pothos/core";
import {
  type FieldNode,
  type GraphQLFieldResolver,
  GraphQLID,
  GraphQLList,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLString,
  type OperationDefinitionNode,
  parse,
} from "graphql";
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
  parentType?: string;
  name?: string;
  query?: unknown;
  loaded?: (row: Record<string, unknown>) => boolean;
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
    name: options.name ?? "f",
    parentType: options.parentType ?? "Comment",
    type: options.type ?? { kind: "Scalar", ref: "String", nullable: true },
    args: options.args ?? {},
    argMappers: [],
    extensions: {
      ...(options.variant ? { pothosDrizzleVariant: options.variant } : {}),
      ...(options.rowKeys ? { rowKeys: options.rowKeys } : {}),
      ...(options.loaded ? { pothosDrizzleLoaded: options.loaded } : {}),
    },
    pothosOptions: { select: options.select, query: options.query },
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

describe("a relation answered from the row it is given", () => {
  const membership = new GraphQLObjectType({
    name: "Membership",
    fields: { role: { type: GraphQLString } },
  });
  const person = new GraphQLObjectType({
    name: "Person",
    fields: {
      id: { type: GraphQLID },
      name: { type: GraphQLString },
      memberships: { type: new GraphQLList(membership) },
    },
  });
  const objectType = { kind: "Object", ref: "Person", nullable: true } as never;
  const author = { id: "p1", name: "Anna" };
  const row = { id: "c1", author };

  /** A plugin that knows Person's columns, a relation with a query, and a comment's author. */
  function planned(options: { query?: unknown } = {}) {
    const ownPlugin = new LoadedColumnsPlugin(
      {} as ConstructorParameters<typeof LoadedColumnsPlugin>[0],
      "loadedColumns" as never,
    );
    for (const name of ["id", "name"])
      ownPlugin.wrapResolve(loader, field({ parentType: "Person", name, variant: name }));
    ownPlugin.wrapResolve(
      loader,
      field({
        parentType: "Person",
        name: "memberships",
        type: objectType,
        query: { orderBy: { role: "asc" } },
        loaded: (parent) => parent.memberships !== undefined,
        resolve: (parent) => (parent as { memberships: unknown }).memberships,
      }),
    );
    return ownPlugin.wrapResolve(
      loader,
      field({
        parentType: "Comment",
        name: "author",
        type: objectType,
        query: options.query,
        loaded: (parent) => parent.author !== undefined,
        resolve: (parent) => (parent as { author: unknown }).author,
      }),
    );
  }

  /** The author field as a request asks for it, resolved on the row. */
  function resolveAuthor(wrapped: Resolver, source: string, parent: object) {
    const operation = parse(source).definitions[0] as OperationDefinitionNode;
    const node = operation.selectionSet.selections[0] as FieldNode;
    return wrapped(parent, {}, {}, { fieldNodes: [node], returnType: person } as never);
  }

  it("returns the related row the row carries when only its columns are asked beneath", () => {
    const wrapped = planned();
    expect(resolveAuthor(wrapped, "{ author { id name __typename } }", row)).toBe(author);
    expect(resolveAuthor(wrapped, "{ author { id a: name } }", row)).toBe(author);
    expect(resolveAuthor(wrapped, "{ author { id } }", { id: "c1", author: null })).toBeNull();
  });

  it("leaves it to the drizzle plugin when the row lacks it, or when more is asked beneath", () => {
    const wrapped = planned();
    expect(resolveAuthor(wrapped, "{ author { id name } }", { id: "c1" })).toBe(
      "loaded by the drizzle plugin",
    );
    for (const source of [
      "{ author { id ... on Person { name } } }",
      "{ author { id name @include(if: true) } }",
      "{ author { id memberships { role } } }",
      "{ author { id email } }",
    ])
      expect(resolveAuthor(wrapped, source, row)).toBe("loaded by the drizzle plugin");
  });

  it("leaves a relation with a query of its own to the drizzle plugin", () => {
    const wrapped = planned({ query: { where: { hiddenAt: { isNull: true } } } });
    expect(resolveAuthor(wrapped, "{ author { id name } }", row)).toBe(
      "loaded by the drizzle plugin",
    );
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

  it("answers a relation from the row as the drizzle plugin does: the same data, the same statements", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const ask = async (beneath: string) => {
      api.clearStatements();
      const data = await api.query(
        `{ findingsConnection(first: 20, filter: { sources: [VISIT] }) { nodes { id municipality { ${beneath} } } }
           themes { id commentsConnection(first: 10) { nodes { id author { id name } organisation { id name } } } } }`,
        {},
        member,
      );
      return { data, statements: api.statements.length };
    };
    // Plain: answered from the rows. With a fragment beneath: through the drizzle plugin's way.
    const plain = await ask("code name county { code name }");
    const planned = await ask("code ... on Municipality { name county { code name } }");
    expect(plain.data).toEqual(planned.data);
    expect(plain.statements).toBe(planned.statements);
    expect(JSON.stringify(plain.data)).toMatch(/"county":\{"code":"\d\d","name":"[^"]+"\}/);
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
