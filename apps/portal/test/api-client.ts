/**
 * The API over HTTP for a browser test's setup (never for what the test is about): a session of its
 * own, kept in the cookie the API sets, like a browser would.
 */
export type Request = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

export function apiClient(baseUrl: string): Request {
  const endpoint = new URL("graphql", baseUrl);
  let cookie = "";
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = response.headers.getSetCookie();
    if (set.length > 0) cookie = set.map((c) => c.split(";")[0]).join("; ");
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`the API refused: ${JSON.stringify(body)}`);
    return body.data;
  };
}

/** A session of a demo person (or anyone with a password). */
export async function signedInClient(
  baseUrl: string,
  email: string,
  password: string,
): Promise<Request> {
  const request = apiClient(baseUrl);
  const { signIn } = await request<{ signIn: { __typename: string } }>(
    `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`,
    { email, password },
  );
  if (signIn.__typename !== "MutationSignInSuccess") throw new Error(`${email} could not sign in`);
  return request;
}

/**
 * The coordinator invites a person, into an organisation if one is given; the token from the link
 * in the invitation e-mail, read in the outbox.
 */
export async function invite(
  coordinator: Request,
  person: { email: string; name?: string | null },
  organisation?: { id: string; role: "MEMBER" | "ADMIN" },
): Promise<string> {
  await coordinator(
    `mutation ($input: InviteInput!) { invitePerson(input: $input) { __typename } }`,
    {
      input: {
        email: person.email,
        name: person.name ?? null,
        organisationId: organisation?.id ?? null,
        membershipRole: organisation?.role ?? null,
      },
    },
  );
  const { outbox } = await coordinator<{ outbox: { to: string; text: string }[] }>(
    `{ outbox(limit: 50) { to text } }`,
  );
  const token = outbox
    .find((mail) => mail.to === person.email)
    ?.text.match(/\/inbjudan\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation to ${person.email} in the outbox`);
  return token;
}

/** The organisation's id, found by its name as the portal shows it. */
export async function organisationId(request: Request, name: string): Promise<string> {
  const { organisations } = await request<{ organisations: { id: string; name: string }[] }>(
    `{ organisations { id name } }`,
  );
  const found = organisations.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation called ${name}`);
  return found.id;
}

/**
 * A new participant: the coordinator invites them (into an organisation if one is given), and
 * they accept with the link from the outbox, as the accounts tests do through the pages.
 */
export async function createParticipant(
  baseUrl: string,
  coordinator: Request,
  person: { name: string; email: string; password: string },
  organisation?: { id: string; role: "MEMBER" | "ADMIN" },
): Promise<void> {
  const token = await invite(coordinator, person, organisation);
  const { acceptInvitation } = await apiClient(baseUrl)<{
    acceptInvitation: { __typename: string };
  }>(
    `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { __typename } }`,
    { token, name: person.name, password: person.password },
  );
  if (acceptInvitation.__typename !== "MutationAcceptInvitationSuccess")
    throw new Error(`${person.email} could not accept the invitation`);
}

/** The session cookie the API sets when a person signs in, for a browser context to carry. */
export async function sessionCookie(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ name: string; value: string }> {
  const response = await fetch(new URL("graphql", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`,
      variables: { email, password },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: { __typename: string } } };
  if (body.data?.signIn.__typename !== "MutationSignInSuccess")
    throw new Error(`${email} could not sign in`);
  const pair = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.includes("="));
  if (!pair) throw new Error(`no session cookie for ${email}`);
  const at = pair.indexOf("=");
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}
