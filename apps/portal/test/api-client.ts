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
 * A new participant: the coordinator invites them, and they accept with the link from the outbox,
 * as the accounts tests do through the pages.
 */
export async function createParticipant(
  baseUrl: string,
  coordinator: Request,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await coordinator(
    `mutation ($email: String!, $name: String!) { invitePerson(input: { email: $email, name: $name }) { __typename } }`,
    { email: person.email, name: person.name },
  );
  const { outbox } = await coordinator<{ outbox: { to: string; text: string }[] }>(
    `{ outbox(limit: 50) { to text } }`,
  );
  const token = outbox
    .find((mail) => mail.to === person.email)
    ?.text.match(/\/inbjudan\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation to ${person.email} in the outbox`);
  const { acceptInvitation } = await apiClient(baseUrl)<{
    acceptInvitation: { __typename: string };
  }>(
    `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { __typename } }`,
    { token, name: person.name, password: person.password },
  );
  if (acceptInvitation.__typename !== "MutationAcceptInvitationSuccess")
    throw new Error(`${person.email} could not accept the invitation`);
}
