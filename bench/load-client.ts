/**
 * What the load runs ask of a running API before they load it: a session of a demo member, the
 * themes by slug, which paged fields the schema has; and one request sent by fetch.
 */
import autocannon from "autocannon";
import { type LoadRequest, loadRequests } from "./load-requests";

export async function post(
  url: string,
  request: Pick<LoadRequest, "operationName" | "query" | "variables">,
  cookie?: string,
): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(request),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

export async function signIn(url: string): Promise<string> {
  const { headers, text } = await post(url, {
    operationName: "SignIn",
    query: `mutation SignIn($email: String!, $password: String!) {
      signIn(email: $email, password: $password) { __typename }
    }`,
    variables: { email: "medlem.raddabarnen@kraftsamling.example", password: "kraftsamling-demo" },
  });
  const cookie = headers.getSetCookie().find((c) => c.startsWith("ks_session="));
  if (!cookie) throw new Error(`signing in gave no session cookie: ${text}`);
  return cookie.split(";")[0] ?? "";
}

export async function schemaHas(url: string): Promise<{
  findingsConnection: boolean;
  commentsConnection: boolean;
  searchConnection: boolean;
}> {
  const { text } = await post(url, {
    operationName: "Fields",
    query: `query Fields { q: __type(name: "Query") { fields { name } } t: __type(name: "Theme") { fields { name } } }`,
    variables: {},
  });
  const data = JSON.parse(text).data as Record<"q" | "t", { fields: { name: string }[] }>;
  const names = (type: "q" | "t") => new Set(data[type].fields.map((f) => f.name));
  return {
    findingsConnection: names("q").has("findingsConnection"),
    commentsConnection: names("t").has("commentsConnection"),
    searchConnection: names("q").has("searchConnection"),
  };
}

export async function themesBySlug(url: string): Promise<{ id: string; slug: string }[]> {
  const { text } = await post(url, {
    operationName: "Slugs",
    query: `query Slugs { themes { id slug } }`,
    variables: {},
  });
  const themes = JSON.parse(text).data.themes as { id: string; slug: string }[];
  return themes.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The typical requests of the load runs, their subjects taken from the API: the county given, the
 * second theme by slug for the findings, the first (the long thread) for the thread, the words.
 */
export async function typicalRequests(
  url: string,
  countyCode: string,
  searchText: string,
): Promise<LoadRequest[]> {
  const themes = await themesBySlug(url);
  const subjects = {
    countyCode,
    themeId: themes[1]?.id ?? themes[0]?.id ?? "",
    threadSlug: themes[0]?.slug ?? "",
    searchText,
  };
  return loadRequests(subjects, await schemaHas(url));
}

/** Latency in ms, requests/s and failed requests of one load, as autocannon measured it. */
export interface LoadFigures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

/**
 * Sends one request again and again at `connections` at once, for `duration` seconds or `amount`
 * requests in all; a signed-in request carries the session's cookie.
 */
export async function loadWith(
  url: string,
  request: LoadRequest,
  cookie: string,
  how: { connections: number } & ({ duration: number } | { amount: number }),
): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${url}graphql`,
    method: "POST",
    ...how,
    timeout: 30,
    headers: { "content-type": "application/json", ...(request.signedIn ? { cookie } : {}) },
    body: JSON.stringify({
      operationName: request.operationName,
      query: request.query,
      variables: request.variables,
    }),
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
