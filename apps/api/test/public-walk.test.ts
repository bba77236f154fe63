import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { defaultContactEmail } from "@kraftsamling/config";
import { schema as tables } from "@kraftsamling/db";
import { ne } from "drizzle-orm";
import {
  astFromValue,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  print,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Context } from "../src/context";
import { maskError } from "../src/error-masking";
import { schema } from "../src/schema";
import { type TestApi, testApi } from "./support";

/**
 * Walks every type and field reachable from Query as a caller without an account, from the schema
 * itself: each object field is asked for with its leaves, its required arguments filled from earlier
 * answers (ids, slugs, codes), and every answer is searched for what must not be public.
 */

type Answer = {
  data?: unknown;
  errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
};
type Run = (query: string) => Promise<Answer>;

/** A step from a parent to a field, optionally through a type condition. */
interface Step {
  on?: string;
  field: string;
  args: string;
}

const denied = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);
/** Codes a guessed argument or a deliberate limit may answer with: no data, and nothing leaked. */
const refusedInput = new Set(["BAD_USER_INPUT", "QUERY_TOO_COSTLY", "NOT_FOUND"]);
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

function render(steps: Step[], selection: string): string {
  let inner = selection;
  for (const step of [...steps].reverse()) {
    const field = `${step.field}${step.args} { ${inner} }`;
    inner = step.on ? `__typename ... on ${step.on} { ${field} }` : field;
  }
  return `{ ${inner} }`;
}

/** The objects an answer holds at the end of a path: lists flattened, nulls dropped. */
function objectsAt(data: unknown, steps: Step[]): Record<string, unknown>[] {
  let level: unknown[] = [data];
  for (const step of steps) {
    level = level
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .filter(
        (value): value is Record<string, unknown> => typeof value === "object" && value !== null,
      )
      .map((value) => value[step.field]);
  }
  return level
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(
      (value): value is Record<string, unknown> => typeof value === "object" && value !== null,
    );
}

class Walk {
  /** Values seen in answers, by type and field: ids, slugs, codes. */
  readonly seen = new Map<string, Set<string>>();
  readonly expanded = new Set<string>();
  readonly fieldsAsked = new Set<string>();
  readonly unfilled = new Set<string>();
  readonly leaks: string[] = [];
  readonly otherErrors: string[] = [];
  requests = 0;

  constructor(
    private readonly run: Run,
    private readonly secrets: Map<string, string>,
  ) {}

  private remember(type: string, key: string, value: unknown) {
    if (typeof value !== "string" || value === "") return;
    const name = `${type}.${key}`;
    if (!this.seen.has(name)) this.seen.set(name, new Set());
    this.seen.get(name)?.add(value);
  }

  private first(type: string, key: string): string | undefined {
    return this.seen.get(`${type}.${key}`)?.values().next().value;
  }

  /** A value for an argument, from what the walk has seen; undefined when there is none. */
  private valueFor(arg: GraphQLArgument, fieldType: GraphQLNamedType): unknown {
    const type = getNullableType(arg.type) as GraphQLInputType;
    const named = getNamedType(type);
    const list = isListType(type);
    const wrap = (value: unknown) => (value === undefined ? undefined : list ? [value] : value);
    if (!isNonNullType(arg.type)) {
      if (arg.name === "first" || arg.name === "limit") return 2;
      return undefined;
    }
    if (isEnumType(named)) return wrap(named.getValues()[0]?.value);
    if (isInputObjectType(named)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(named.getFields())) {
        if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
        const inner = this.valueFor(field as unknown as GraphQLArgument, fieldType);
        if (inner === undefined) return undefined;
        value[field.name] = inner;
      }
      return wrap(value);
    }
    const match = /^(.*?)(Id|Ids|Slug|Code)?$/.exec(arg.name);
    const prefix = match?.[1] ?? "";
    const suffix = match?.[2];
    const owner =
      suffix && prefix ? `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}` : fieldType.name;
    if (
      named.name === "ID" ||
      suffix === "Id" ||
      suffix === "Ids" ||
      arg.name === "id" ||
      arg.name === "ids"
    ) {
      const anyId =
        fieldType.name === "Node"
          ? [...this.seen]
              .find(([key]) => key.endsWith(".id"))?.[1]
              .values()
              .next().value
          : undefined;
      return wrap(this.first(owner, "id") ?? this.first(fieldType.name, "id") ?? anyId);
    }
    if (arg.name === "slug" || suffix === "Slug") return wrap(this.first(owner, "slug"));
    if (arg.name === "code" || suffix === "Code") return wrap(this.first(owner, "code"));
    if (named.name === "Int") {
      if (arg.name === "year") return 2026;
      if (arg.name === "quarter") return 4;
      return 1;
    }
    if (named.name === "Boolean") return false;
    if (named.name === "String") {
      if (/text|search|query|q$/i.test(arg.name)) return wrap("barn");
      if (/token|key|secret/i.test(arg.name)) return wrap("0".repeat(43));
      if (arg.name === "month") return "2026-11";
      return undefined;
    }
    if (named.name === "DateTime") return wrap(new Date().toISOString());
    if (named.name === "Date") return wrap("2026-11-30");
    return undefined;
  }

  private argsOf(parent: string, field: GraphQLField<unknown, unknown>): string | undefined {
    const parts: string[] = [];
    const target = getNamedType(field.type);
    for (const arg of field.args) {
      const value = this.valueFor(arg, target);
      if (value === undefined) {
        if (isNonNullType(arg.type)) {
          this.unfilled.add(`${parent}.${field.name}(${arg.name})`);
          return undefined;
        }
        continue;
      }
      const ast = astFromValue(value, arg.type);
      if (ast) parts.push(`${arg.name}: ${print(ast)}`);
    }
    return parts.length > 0 ? `(${parts.join(", ")})` : "";
  }

  /** The leaf fields of a type that take no required argument, with __typename. */
  private leaves(type: GraphQLObjectType): string[] {
    return Object.values(type.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)))
      .map((f) => {
        const args = this.argsOf(type.name, f);
        return args === undefined ? null : `${f.name}${args}`;
      })
      .filter((f): f is string => f !== null);
  }

  private selectionOf(type: GraphQLNamedType): string {
    if (isObjectType(type)) return ["__typename", ...this.leaves(type)].join(" ");
    if (isAbstractType(type)) {
      const parts = schema
        .getPossibleTypes(type)
        // Aliased by type: two types may give one name different types.
        .map(
          (t) =>
            `... on ${t.name} { __typename ${this.leaves(t)
              .map((leaf) => `${t.name}_${leaf.replace(/\(.*$/, "")}: ${leaf}`)
              .join(" ")} }`,
        );
      return `__typename ${parts.join(" ")}`;
    }
    return "";
  }

  private check(query: string, answer: Answer) {
    this.requests++;
    // The office's own contact address is published on purpose (Query.contact); no person's is.
    const text = JSON.stringify(answer.data ?? null).replaceAll(defaultContactEmail, "");
    const email = emailPattern.exec(text);
    if (email) this.leaks.push(`an e-mail address ${email[0]} in ${query}`);
    for (const [secret, what] of this.secrets) {
      if (text.includes(secret)) this.leaks.push(`${what} ("${secret.slice(0, 60)}") in ${query}`);
    }
    for (const error of answer.errors ?? []) {
      const code = String(error.extensions?.code ?? "");
      if (!denied.has(code) && !refusedInput.has(code)) {
        this.otherErrors.push(`${code}: ${error.message} in ${query}`);
      }
      if (denied.has(code) && error.path) {
        // A denied field answers no data: null at its path.
        let value: unknown = answer.data;
        for (const key of error.path) {
          value =
            value && typeof value === "object" ? (value as Record<string, unknown>)[key] : null;
        }
        if (value !== null && value !== undefined) {
          this.leaks.push(`data at denied ${error.path.join(".")} in ${query}`);
        }
      }
    }
  }

  private async ask(query: string): Promise<Answer> {
    const answer = await this.run(query);
    this.check(query, answer);
    return answer;
  }

  private collect(data: unknown, steps: Step[]): Record<string, unknown>[] {
    const found = objectsAt(data, steps);
    for (const object of found) {
      const typename = String(object.__typename ?? "");
      for (const key of ["id", "slug", "code"]) {
        this.remember(typename, key, object[key] ?? object[`${typename}_${key}`]);
      }
    }
    return found;
  }

  /** Asks for each object field of a type at a path, and walks each type it reaches once. */
  /** Fields whose required arguments had no value yet: asked again once the walk has seen more. */
  private readonly deferred: {
    type: GraphQLObjectType;
    field: string;
    steps: Step[];
    on?: string;
  }[] = [];

  /** Walks everything reachable from a type, then the fields it had to leave for later. */
  async walk(root: GraphQLObjectType) {
    await this.expand(root, []);
    let progress = true;
    while (progress && this.deferred.length > 0) {
      progress = false;
      for (const item of this.deferred.splice(0)) {
        const field = item.type.getFields()[item.field];
        if (!field) continue;
        const before = this.unfilled.size;
        this.unfilled.delete(`${item.type.name}.${item.field}`);
        const next = await this.askField(item.type, field, item.steps, item.on);
        if (next === undefined) continue;
        progress = true;
        for (const n of next) await this.expand(n.type, n.steps, n.on);
        if (this.unfilled.size < before) progress = true;
      }
    }
  }

  /** Asks for one object field at a path; answers the types it reached, or undefined when unfilled. */
  private async askField(
    type: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    steps: Step[],
    on?: string,
  ): Promise<{ type: GraphQLObjectType; steps: Step[]; on?: string }[] | undefined> {
    const target = getNamedType(field.type);
    const args = this.argsOf(type.name, field);
    if (args === undefined) {
      this.deferred.push({ type, field: field.name, steps, ...(on ? { on } : {}) });
      return undefined;
    }
    for (const arg of field.args) this.unfilled.delete(`${type.name}.${field.name}(${arg.name})`);
    this.fieldsAsked.add(`${type.name}.${field.name}`);
    const path: Step[] = [...steps, { field: field.name, args, ...(on ? { on } : {}) }];
    let answer = await this.ask(render(path, this.selectionOf(target)));
    if (answer.errors?.length && isObjectType(target)) {
      // Ask leaf by leaf, so that one denied field hides none of the others.
      for (const leaf of this.leaves(target)) {
        answer = await this.ask(render(path, `__typename ${leaf}`));
        this.collect(answer.data, path);
      }
    }
    const objects = this.collect(answer.data, path);
    const possible = isAbstractType(target)
      ? schema.getPossibleTypes(target)
      : isObjectType(target)
        ? [target]
        : [];
    const next: { type: GraphQLObjectType; steps: Step[]; on?: string }[] = [];
    for (const candidate of possible) {
      if (this.expanded.has(candidate.name)) continue;
      const instance = objects.find((o) => o.__typename === candidate.name);
      if (!instance) continue;
      const id = instance.id ?? instance[`${candidate.name}_id`];
      const isNode = candidate.getInterfaces().some((i) => i.name === "Node");
      if (isNode && typeof id === "string") {
        // A node is reached again by its id: a short path, whatever the way to it.
        next.push({
          type: candidate,
          steps: [{ field: "node", args: `(id: ${JSON.stringify(id)})` }],
          on: candidate.name,
        });
      } else {
        next.push({
          type: candidate,
          steps: path,
          ...(isAbstractType(target) ? { on: candidate.name } : {}),
        });
      }
    }
    return next;
  }

  /** Asks for each field of a type at a path, and walks each type it reaches once. */
  async expand(type: GraphQLObjectType, steps: Step[], on?: string) {
    if (this.expanded.has(type.name)) return;
    this.expanded.add(type.name);
    const next: { type: GraphQLObjectType; steps: Step[]; on?: string }[] = [];
    for (const field of Object.values(type.getFields())) {
      if (isLeafType(getNamedType(field.type))) {
        this.fieldsAsked.add(`${type.name}.${field.name}`);
        continue;
      }
      next.push(...((await this.askField(type, field, steps, on)) ?? []));
    }
    for (const item of next) await this.expand(item.type, item.steps, item.on);
  }
}

/** What no caller without an account may read, each named for the failure message. */
async function secretsOf(api: TestApi): Promise<Map<string, string>> {
  const db = api.database.db;
  const secrets = new Map<string, string>();
  const findings = await db.select().from(tables.findings);
  const published = findings.filter((f) => f.status === "published");
  for (const f of findings) {
    if (f.status === "published") continue;
    secrets.set(f.id, `the id of a ${f.status} finding`);
    // A title a published finding shares (the demo data repeats some) tells nothing.
    if (!published.some((p) => p.title.includes(f.title))) {
      secrets.set(f.title, `the title of a ${f.status} finding`);
    }
  }
  for (const p of await db.query.blogPosts.findMany()) {
    if (p.publishedAt && p.publishedAt <= new Date()) continue;
    secrets.set(p.id, "the id of an unpublished blog post");
    secrets.set(p.title, "the title of an unpublished blog post");
  }
  for (const m of await db.query.meetings.findMany()) {
    if (m.onlineUrl) secrets.set(m.onlineUrl, "a meeting's online link");
    if (m.status === "draft") secrets.set(m.id, "the id of a draft meeting");
  }
  for (const c of await db.select().from(tables.comments)) {
    if (c.hiddenAt) secrets.set(c.body, "a hidden comment's body");
  }
  for (const r of await db.query.meetingRegistrations.findMany())
    secrets.set(r.id, "a registration");
  for (const a of await db.query.auditLog.findMany()) secrets.set(a.id, "an audit entry");
  for (const o of await db.query.outbox.findMany()) secrets.set(o.id, "an outbox mail");
  for (const s of await db.query.sessions.findMany()) {
    secrets.set(s.id, "a session");
    secrets.set(s.tokenHash, "a session's token hash");
  }
  for (const p of await db.query.people.findMany()) {
    if (p.passwordHash) secrets.set(p.passwordHash, "a password hash");
    if (p.title) secrets.set(p.title, "a person's title");
  }
  return secrets;
}

describe("what a caller without an account can reach", () => {
  let api: TestApi;
  let apollo: ApolloServer<Context>;
  let secrets: Map<string, string>;

  beforeAll(async () => {
    api = await testApi();
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    const [theme] = await api.database.db.select({ id: tables.themes.id }).from(tables.themes);
    // What must stay inside, besides the demo data's own: a draft finding, a hidden comment, a
    // post not yet out, a draft meeting and a public one with an online link, mail in the outbox.
    await api.database.db.insert(tables.findings).values({
      title: "Ett utkast som ingen utanför kansliet får läsa",
      body: "Utkast.",
      kind: "challenge",
      source: "survey",
      status: "draft",
      phaseNumber: 2,
    } as never);
    await api.database.db.insert(tables.comments).values({
      themeId: theme?.id,
      authorId: coordinator.personId,
      body: "En kommentar som moderatorn dolde",
      hiddenAt: new Date(),
      hiddenBy: "moderator",
    });
    await api.database.db
      .insert(tables.blogPosts)
      .values({ slug: "inte-ute-an", title: "Ett inlägg som inte är ute än", body: "Snart." });
    // Every meeting, public ones included, gets an online link.
    await api.database.db
      .update(tables.meetings)
      .set({ onlineUrl: "https://mote.example/hemlig-lank-123" })
      .where(ne(tables.meetings.title, ""));
    secrets = await secretsOf(api);
    apollo = new ApolloServer<Context>({
      schema,
      formatError: (formatted, error) => maskError(formatted, error, api.services.log),
    });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo?.stop();
    await api?.close();
  });

  const runner =
    (apiKey: Context["apiKey"]): Run =>
    async (query) => {
      const response = await apollo.executeOperation(
        { query },
        {
          contextValue: {
            database: api.database,
            services: api.services,
            viewer: null,
            request: { ip: "192.0.2.7", userAgent: "walk" },
            apiKey,
            setSessionCookie: () => {},
          },
        },
      );
      if (response.body.kind !== "single") throw new Error("expected a single result");
      return response.body.singleResult as Answer;
    };

  const walk = async (apiKey: Context["apiKey"]) => {
    const walker = new Walk(runner(apiKey), secrets);
    await walker.walk(schema.getQueryType() as GraphQLObjectType);
    return walker;
  };

  let anonymous: Walk | undefined;

  it("finds nothing private anonymously, and every denied field answers without data", async () => {
    const walker = await walk(null);
    anonymous = walker;
    expect(walker.leaks).toEqual([]);
    expect(walker.otherErrors).toEqual([]);
    // The walk reached the public types.
    for (const type of [
      "Finding",
      "Theme",
      "Meeting",
      "County",
      "Municipality",
      "MunicipalityGroup",
      "Phase",
      "Commitment",
      "BlogPost",
    ]) {
      expect(walker.expanded, type).toContain(type);
    }
    console.info(
      `walked ${walker.expanded.size} types and ${walker.fieldsAsked.size} fields in ${walker.requests} requests; arguments it could not fill: ${[...walker.unfilled].join(", ") || "none"}`,
    );
  });

  it("finds the same with an API key, which gives no more than no key", async () => {
    const keyed = await walk({ id: randomUUID() });
    expect(keyed.leaks).toEqual([]);
    expect(keyed.otherErrors).toEqual([]);
    expect([...keyed.expanded].sort()).toEqual(
      [...(anonymous ?? (await walk(null))).expanded].sort(),
    );
  });
});

describe("the walk itself", () => {
  it("reports an e-mail address, a secret, and data under a field that was denied", async () => {
    const walker = new Walk(
      async () => ({
        data: {
          phases: [{ __typename: "Phase", name: "skriv till a.b@kommun.example om det hemliga" }],
        },
        errors: [
          { message: "Not authorized", path: ["phases"], extensions: { code: "UNAUTHENTICATED" } },
        ],
      }),
      new Map([["det hemliga", "a secret"]]),
    );
    await walker.expand(schema.getQueryType() as GraphQLObjectType, []);
    const kinds = new Set(walker.leaks.map((leak) => leak.split(" in ")[0]?.replace(/ \(.*$/, "")));
    expect([...kinds].sort()).toEqual(
      ["a secret", "an e-mail address a.b@kommun.example", "data at denied phases"].sort(),
    );
  });
});
