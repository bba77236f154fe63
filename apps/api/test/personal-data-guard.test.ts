import { schema as tables } from "@kraftsamling/db";
import { findPersonalIdentityNumbers, normalisedDigits } from "@kraftsamling/domain";
import { eq, sql } from "drizzle-orm";
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/accounts/sessions";
import { tokenHash } from "../src/accounts/tokens";
import type { Viewer } from "../src/context";
import { schema } from "../src/schema";
import { type TestApi, testApi } from "./support";

/** One string a mutation takes: where it sits in the arguments, and whether it is exempt. */
interface StringInput {
  mutation: string;
  /** Argument, input fields and list positions: ["input", "body"], ["items", 0, "speakers", 0]. */
  path: (string | number)[];
  /** The argument or input field that holds it, which a refusal names. */
  field: string;
  notFreeText?: string;
}

/** Every String a mutation takes, read from the schema: arguments, input object fields, lists. */
function stringInputs(): StringInput[] {
  const found: StringInput[] = [];
  const walk = (
    mutation: string,
    type: GraphQLInputType,
    path: (string | number)[],
    field: string,
    notFreeText: unknown,
    seen: Set<string>,
  ) => {
    if (isNonNullType(type)) return walk(mutation, type.ofType, path, field, notFreeText, seen);
    if (isListType(type))
      return walk(mutation, type.ofType, [...path, 0], field, notFreeText, seen);
    if (isInputObjectType(type)) {
      if (seen.has(type.name)) return;
      for (const inner of Object.values(type.getFields())) {
        walk(
          mutation,
          inner.type,
          [...path, inner.name],
          inner.name,
          inner.extensions.notFreeText,
          new Set([...seen, type.name]),
        );
      }
      return;
    }
    if (isScalarType(type) && type.name === "String") {
      found.push({
        mutation,
        path,
        field,
        ...(typeof notFreeText === "string" ? { notFreeText } : {}),
      });
    }
  };
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const arg of mutation.args) {
      walk(mutation.name, arg.type, [arg.name], arg.name, arg.extensions.notFreeText, new Set());
    }
  }
  return found;
}

const where = (input: StringInput) => `${input.mutation}.${input.path.join(".")}`;

/** Ten digits with a correct check digit, born 18 December 1981, one serial for each field. */
function numberFor(serial: number): string {
  const nine = `811218${String(serial).padStart(3, "0")}`;
  for (let check = 0; check <= 9; check++) {
    const ten = `${nine}${check}`;
    if (findPersonalIdentityNumbers(ten).length === 1) return ten;
  }
  throw new Error("no check digit");
}

const script = (ten: string, zero: number) =>
  [...ten].map((d) => String.fromCodePoint(zero + Number(d))).join("");

/** The disguises, taken in turn: each field gets the next. */
const disguises: ((ten: string) => string)[] = [
  (d) => `${d.slice(0, 6)}-${d.slice(6)}`,
  (d) => `${d.slice(0, 4)}\u200b${d.slice(4, 6)}-${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}\u00ad${d.slice(6)}`,
  (d) => `${script(d.slice(0, 6), 0xff10)}－${script(d.slice(6), 0xff10)}`,
  (d) => `${script(d.slice(0, 6), 0x660)}-${script(d.slice(6), 0x660)}`,
  (d) => `${d.slice(0, 6)}–${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}\u2010${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}\u2212${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}\u00a0${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}.${d.slice(6)}`,
  (d) => `19${d.slice(0, 6)}/${d.slice(6)}`,
  (d) => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  (d) => `19${d}`,
  (d) => `${[...d.slice(0, 6)].join("\u034f")}\ufe0f-${d.slice(6)}`,
  (d) => `\u202e${[...`${d.slice(0, 6)}-${d.slice(6)}`].reverse().join("")}\u202c`,
  (d) => `${d.slice(0, 6)}\u3164${d.slice(6)}`,
  (d) => `${d.slice(0, 6)} -- ${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}_${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}-${d.slice(6).replace(/1/g, "l").replace(/0/g, "O")}`,
  (d) => `${d.slice(0, 6)}&ndash;${[...d.slice(6)].map((c) => `&#${c.charCodeAt(0)};`).join("")}`,
  (d) => `${d.slice(0, 6)}\\-${d.slice(6)}`,
  (d) => `https://www.exempel.se/${[...d].map((c) => `%3${c}`).join("")}`,
  // Markdown that parts the digits as written and not as the rendered text shows them.
  (d) => `**${d.slice(0, 6)}**-**${d.slice(6)}**`,
  (d) => `${d.slice(0, 4)}[](https://x.se)${d.slice(4)}`,
  (d) => `[${d.slice(0, 6)}](https://x.se)-${d.slice(6)}`,
];

/** A plausible value of any input type; a string at `target` replaced by `text`. */
function plausible(
  type: GraphQLInputType,
  path: (string | number)[],
  target: (string | number)[] | null,
  text: string,
  ids: Record<string, string>,
): unknown {
  const here = path.join(".");
  if (target && target.join(".") === here) return text;
  if (isNonNullType(type)) return plausible(type.ofType, path, target, text, ids);
  if (isListType(type)) return [plausible(type.ofType, [...path, 0], target, text, ids)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [
        f.name,
        plausible(f.type, [...path, f.name], target, text, ids),
      ]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]?.name;
  const name = getNamedType(type).name;
  const last = String(path[path.length - 1]);
  switch (name) {
    case "ID":
      return ids[here] ?? "00000000-0000-4000-8000-000000000001";
    case "Int":
      return 1;
    case "Float":
      return 1.5;
    case "Boolean":
      return true;
    case "DateTime":
      return new Date(Date.UTC(2030, 0, 1, 9)).toISOString();
    case "Date":
      return "2030-01-01";
    default:
      if (/email/i.test(last)) return "ny.person@kraftsamling.example";
      if (/password/i.test(last)) return "ett-langt-losenord-2030";
      if (/url|website/i.test(last)) return "https://www.exempel.se/mote";
      if (/slug/.test(last)) return "en-vanlig-adress";
      return "Hur följer vi upp placeringar?";
  }
}

function operationFor(mutation: string, args: readonly GraphQLArgument[]): string {
  const field = schema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(mutation);
  const returns = getNamedType(field.type);
  const selection = isUnionType(returns)
    ? "{ __typename ... on InputError { code field message } }"
    : isObjectType(returns)
      ? "{ __typename }"
      : "";
  const variables = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return args.length > 0
    ? `mutation (${variables}) { ${mutation}(${passed}) ${selection} }`
    : `mutation { ${mutation} ${selection} }`;
}

describe("the personal data guard on every mutation", () => {
  let api: TestApi;
  let coordinator: Viewer;
  /** Ids that scope checks look up: the coordinator's own comment for editComment. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const written = await api.query<{ writeComment: { data?: { id: string } } }>(
      `mutation ($input: WriteCommentInput!) {
        writeComment(input: $input) { ... on MutationWriteCommentSuccess { data { id } } }
      }`,
      { input: { themeId: theme?.id, body: "Hur följer vi upp placeringar?" } },
      coordinator,
    );
    ids["editComment.id"] = written.writeComment.data?.id ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Every number that any stored text holds, as its last ten digits. */
  async function storedNumbers(): Promise<Set<string>> {
    const tables = await api.database.rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const numbers = new Set<string>();
    for (const { name } of tables) {
      const rows = await api.database.rows<{ row: string }>(
        sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`,
      );
      for (const { row } of rows) {
        const text = JSON.parse(row) as Record<string, unknown>;
        for (const value of Object.values(text)) {
          const written = typeof value === "string" ? value : JSON.stringify(value);
          for (const m of findPersonalIdentityNumbers(written)) {
            numbers.add(normalisedDigits(written.slice(m.index, m.index + m.length)).slice(-10));
          }
        }
      }
    }
    return numbers;
  }

  it("finds a number stored in any table, however written (the scan below relies on it)", async () => {
    const ten = numberFor(99);
    const [theme] = await api.database.rows<{ id: string; title: string }>(
      sql`select id, title from themes limit 1`,
    );
    const disguised = `${theme?.title} ${script(ten, 0x660)}`;
    await api.database.rows(sql`update themes set title = ${disguised} where id = ${theme?.id}`);
    expect(await storedNumbers()).toContain(ten);
    await api.database.rows(sql`update themes set title = ${theme?.title} where id = ${theme?.id}`);
    expect(await storedNumbers()).not.toContain(ten);
  });

  it("exempts exactly these strings, each saying what it holds instead", () => {
    const exempt = stringInputs()
      .filter((input) => input.notFreeText)
      .map((input) => `${where(input)}: ${input.notFreeText}`)
      .sort();
    expect(exempt).toEqual([
      "acceptInvitation.password: password",
      "acceptInvitation.token: token",
      "addMember.email: email",
      "changePassword.currentPassword: password",
      "changePassword.newPassword: password",
      "confirmApiKey.token: token",
      "deleteMyAccount.password: password",
      "invitePerson.input.email: email",
      "requestApiKey.email: email",
      "requestPasswordReset.email: email",
      "resetPassword.password: password",
      "resetPassword.token: token",
      "revokeApiKeyBySecret.key: token",
      "signIn.email: email",
      "signIn.password: password",
    ]);
  });

  it("refuses a disguised number in every other string of every mutation, names the field and stores nothing", async () => {
    const guarded = stringInputs().filter((input) => !input.notFreeText);
    // The eight that had no guard at all, and the nested and list-held ones, are among them.
    expect(guarded.map(where)).toEqual(
      expect.arrayContaining([
        "updateProfile.input.name",
        "updateProfile.input.title",
        "hideComment.reason",
        "blockParticipant.reason",
        "rejectQuestion.reason",
        "createOrganisation.input.name",
        "createOrganisation.input.shortName",
        "createOrganisation.input.description",
        "invitePerson.input.name",
        "setMeetingAgenda.items.0.speakers.0",
        "createMeeting.input.onlineUrl",
        "updateMeeting.changes.onlineUrl",
        "createOrganisation.input.website",
        "updateOrganisation.input.website",
      ]),
    );
    const before = await storedNumbers();
    const sent: string[] = [];
    const refusals: Record<string, unknown> = {};
    for (const [i, input] of guarded.entries()) {
      const ten = numberFor(100 + i);
      sent.push(ten);
      const disguise = disguises[i % disguises.length] ?? ((d: string) => d);
      const text = `Gäller ${disguise(ten)} i ärendet.`;
      const field = schema.getMutationType()?.getFields()[input.mutation];
      const args = field?.args ?? [];
      const variables = Object.fromEntries(
        args.map((a) => [
          a.name,
          plausible(a.type, [a.name], input.path, text, prefixed(ids, input)),
        ]),
      );
      const result = await api.execute(operationFor(input.mutation, args), variables, coordinator);
      const data = (result.data as Record<string, { code?: string; field?: string }> | undefined)?.[
        input.mutation
      ];
      const error = result.errors?.[0]?.extensions;
      refusals[where(input)] = data?.code
        ? { code: data.code, field: data.field }
        : { code: error?.code, field: error?.field };
    }
    expect(refusals).toEqual(
      Object.fromEntries(
        guarded.map((input) => [where(input), { code: "PERSONAL_DATA", field: input.field }]),
      ),
    );
    const after = await storedNumbers();
    expect([...after].filter((n) => sent.includes(n) && !before.has(n))).toEqual([]);
  });

  it("takes the same strings without a number past the guard", async () => {
    const codes: Record<string, unknown> = {};
    for (const input of stringInputs().filter((i) => !i.notFreeText)) {
      const field = schema.getMutationType()?.getFields()[input.mutation];
      const args = field?.args ?? [];
      const variables = Object.fromEntries(
        args.map((a) => [
          a.name,
          plausible(
            a.type,
            [a.name],
            input.path,
            "Ring 070-121 21 21 den 2012-12-12 12.12.",
            prefixed(ids, input),
          ),
        ]),
      );
      const result = await api.execute(operationFor(input.mutation, args), variables, coordinator);
      const data = (result.data as Record<string, { code?: string }> | undefined)?.[input.mutation];
      codes[where(input)] = data?.code ?? result.errors?.[0]?.extensions?.code ?? null;
    }
    expect(Object.entries(codes).filter(([, code]) => code === "PERSONAL_DATA")).toEqual([]);
  });

  it("refuses every disguise in a profile's title and a comment, and a number in a web address", async () => {
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const refused: Record<string, unknown> = {};
    for (const [i, disguise] of disguises.entries()) {
      const text = `Gäller ${disguise(numberFor(300 + i))} i ärendet.`;
      const profile = await api.query<{ updateProfile: { code?: string; field?: string } }>(
        `mutation ($input: ProfileInput!) {
          updateProfile(input: $input) { ... on InputError { code field } }
        }`,
        { input: { name: "Test", title: text } },
        coordinator,
      );
      const comment = await api.query<{ writeComment: { code?: string; field?: string } }>(
        `mutation ($input: WriteCommentInput!) {
          writeComment(input: $input) { ... on InputError { code field } }
        }`,
        { input: { themeId: theme?.id, body: text } },
        coordinator,
      );
      refused[text] = [profile.updateProfile, comment.writeComment];
    }
    expect(Object.values(refused)).toEqual(
      disguises.map(() => [
        { code: "PERSONAL_DATA", field: "title" },
        { code: "PERSONAL_DATA", field: "body" },
      ]),
    );
    const organisation = await api.database.db.query.organisations.findFirst();
    for (const website of [
      "https://x.se/19121212-1212",
      "https://x.se/%31%39%31%32%31%32%31%32%2D%31%32%31%32",
    ]) {
      const result = await api.execute(
        `mutation ($id: ID!, $input: OrganisationInput!) {
          updateOrganisation(id: $id, input: $input) { __typename ... on InputError { code field } }
        }`,
        {
          id: organisation?.id,
          input: plausible(
            schema.getMutationType()?.getFields().updateOrganisation?.args[1]
              ?.type as GraphQLInputType,
            ["input"],
            ["input", "website"],
            website,
            {},
          ),
        },
        coordinator,
      );
      const data = result.data as { updateOrganisation?: unknown } | undefined;
      const answer = data?.updateOrganisation ?? result.errors?.[0]?.extensions;
      expect(answer).toMatchObject({ code: "PERSONAL_DATA", field: "website" });
    }
  });

  it("reads an e-mail address's name, and keeps no number from a browser's description", async () => {
    for (const email of ["19121212-1212@example.org", "191212121212@example.org"]) {
      const { data, errors } = await api.execute(
        `mutation ($email: String!) {
          requestApiKey(email: $email, name: "Mitt program") { __typename ... on InputError { code field } }
        }`,
        { email },
      );
      const answer = (data as { requestApiKey?: unknown } | undefined)?.requestApiKey;
      expect(answer ?? errors?.[0]?.extensions, email).toMatchObject({
        code: "PERSONAL_DATA",
        field: "email",
      });
    }
    // A domain with digits is an address like any other.
    const plain = await api.execute(
      `mutation {
        requestApiKey(email: "forskare@1212121212.example.org", name: "Mitt program") { __typename }
      }`,
    );
    expect(plain.data).toEqual({ requestApiKey: { __typename: "MutationRequestApiKeySuccess" } });
    const { token } = await startSession(api.database, coordinator.personId, {
      ip: "127.0.0.1",
      userAgent: "Mozilla/5.0 19121212-1212 (X11)",
    });
    const [kept] = await api.database.db
      .select({ userAgent: tables.sessions.userAgent })
      .from(tables.sessions)
      .where(eq(tables.sessions.tokenHash, tokenHash(token)));
    expect(kept?.userAgent).toBe("Mozilla/5.0 … (X11)");
  });

  it("says how to write a phone number that happens to form a valid number", async () => {
    const update = `mutation ($input: ProfileInput!) {
      updateProfile(input: $input) { ... on InputError { code field message } }
    }`;
    const phone = await api.query<{
      updateProfile: { code: string; field: string; message: string };
    }>(update, { input: { name: "Samordnaren", title: "Nås på 0701231235" } }, coordinator);
    expect(phone.updateProfile).toMatchObject({ code: "PERSONAL_DATA", field: "title" });
    expect(phone.updateProfile.message).toMatch(/If it is a phone number, write it in groups/);
    const child = await api.query<{ updateProfile: { message: string } }>(
      update,
      { input: { name: "Omar 121212-1212" } },
      coordinator,
    );
    expect(child.updateProfile.message).not.toMatch(/phone number/);
    const grouped = await api.query<{ updateProfile: { message?: string } }>(
      update,
      { input: { name: "Samordnaren", title: "Nås på 070-123 12 35" } },
      coordinator,
    );
    expect(grouped.updateProfile.message).toBeUndefined();
  });

  it("refuses a NUL character in any string, of a query or a mutation, exempt ones too", async () => {
    const query = await api.execute(
      "query ($slug: String!) { blogPost(slug: $slug) { id } }",
      { slug: "ett-inlagg\u0000" },
      null,
    );
    expect(query.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "NUL_CHARACTER",
      field: "slug",
    });
    expect(query.errors?.[0]?.message).toBe(
      '"slug" holds a NUL character (\\u0000), which no text may hold: remove it and send again.',
    );

    const signIn = await api.execute(
      "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }",
      { email: "samordnare@kraftsamling.example\u0000", password: "x" },
      null,
    );
    expect(signIn.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const comment = await api.execute(
      "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
      { input: { name: "Samordnaren\u0000" } },
      coordinator,
    );
    // The input field inside the argument is named, not the argument.
    expect(comment.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "NUL_CHARACTER",
      field: "name",
    });
    const person = await api.database.db.query.people.findFirst({
      where: { email: "samordnare@kraftsamling.example" },
    });
    expect(person?.name).not.toContain("\u0000");
  });
});

/** The ids for one mutation, keyed by their path within its arguments. */
function prefixed(ids: Record<string, string>, input: StringInput): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ids)
      .filter(([key]) => key.startsWith(`${input.mutation}.`))
      .map(([key, id]) => [key.slice(input.mutation.length + 1), id]),
  );
}
