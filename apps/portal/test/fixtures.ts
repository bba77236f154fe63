/**
 * What a browser test sets up for itself, so that it passes alone, first, last or in any order: a
 * page in a context of its own, signed in through the API, and people and data with names that no
 * other test in the run uses.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach } from "vitest";
import { createParticipant, type Request, sessionCookie } from "./api-client";
import { forgetTraffic } from "./page-traffic";

/** The demo people's password (packages/db's demo seed). */
export const demoPassword = "kraftsamling-demo";
/** The demo seed's people, each with the demo password. */
export const demo = {
  coordinator: { email: "samordnare@kraftsamling.example", name: "Ingrid Holm" },
  moderator: { email: "moderator@kraftsamling.example", name: "Jonas Ek" },
  member: { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" },
  otherMember: { email: "admin.ssr@kraftsamling.example", name: "Sara Lund" },
} as const;

let counter = 0;
/** A few letters no other call in this run returns: for a name, an address or a title. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

const firstNames = ["Alva", "Hugo", "Maja", "Elias", "Saga", "Nils", "Ebba", "Leo"];

export interface Person {
  email: string;
  name: string;
  password: string;
}

/** A fictional person no other test knows, not yet in the portal. */
export function newPersonDetails(): Person {
  const suffix = uniqueSuffix();
  const first = firstNames[counter % firstNames.length] ?? "Alva";
  return {
    email: `${first.toLowerCase()}.${suffix}@kommun.example`,
    name: `${first} Testsson ${suffix.toUpperCase()}`,
    password: "fyra-ord-som-ingen-gissar",
  };
}

/** A new participant of the test's own: the coordinator invites them and they accept. */
export async function newParticipant(
  baseUrl: string,
  coordinator: Request,
  organisation?: { id: string; role: "MEMBER" | "ADMIN" },
): Promise<Person> {
  const person = newPersonDetails();
  await createParticipant(baseUrl, coordinator, person, organisation);
  return person;
}

/** How long a page is the test's. */
interface PageOptions {
  /** Kept from test to test until the file's tests are done, not handed to the next test. */
  forTheFile?: boolean;
}

const viewport = { width: 1280, height: 900 };

/**
 * What a test may change on a page or its context that clearing cookies, storage and the address
 * does not undo: a page that had any of them is closed after its test instead of handed on. (A
 * listener left behind is found by counting: Playwright's own waits add listeners and remove them.)
 */
const lastingOnEither = [
  "route",
  "routeFromHAR",
  "addInitScript",
  "exposeFunction",
  "exposeBinding",
  "setExtraHTTPHeaders",
];
const lastingChanges = {
  page: [...lastingOnEither, "emulateMedia"],
  context: [
    ...lastingOnEither,
    "setOffline",
    "setGeolocation",
    "grantPermissions",
    "setHTTPCredentials",
  ],
};

/** Marks the object changed for good when the test calls one of the methods. */
function noteLastingChanges(target: object, methods: readonly string[], changed: () => void) {
  const methodsOf = target as Record<string, unknown>;
  for (const name of methods) {
    const method = methodsOf[name];
    if (typeof method !== "function") continue;
    methodsOf[name] = (...args: unknown[]) => {
      changed();
      return method.apply(target, args);
    };
  }
}

/** Playwright's pages and contexts are event emitters, which its types do not say. */
interface Emitter {
  eventNames(): (string | symbol)[];
  listenerCount(event: string | symbol): number;
}

/** How many listeners each event of a page or context has. */
function listenerCounts(target: Page | BrowserContext): Map<string, number> {
  const emitter = target as unknown as Emitter;
  const counts = new Map<string, number>();
  for (const name of emitter.eventNames()) counts.set(String(name), emitter.listenerCount(name));
  return counts;
}

/** Whether the target has a listener more than it had, on any event. */
function hasMoreListeners(target: Page | BrowserContext, before: Map<string, number>): boolean {
  for (const [name, count] of listenerCounts(target))
    if (count > (before.get(name) ?? 0)) return true;
  return false;
}

/**
 * Pages in Swedish at the tests' size, each in a browser context of its own (cookies, storage),
 * closed together when the file's tests are done. A page is a test's own: after a test that passed,
 * its pages are cleared (cookies, storage, address, size) and handed to the next test that asks,
 * which saves the browser a new page's process and the portal's script compiled anew; a page a
 * test changed in a way clearing does not undo is closed instead, and the pages of a test that
 * failed stay as they were, for the failure's report (failed-test-pages.ts).
 */
export function browserContexts(browser: () => Browser) {
  const contexts: BrowserContext[] = [];
  /** Whether a test changed the page for good, and the listeners it had when it was new. */
  const state = new Map<
    Page,
    { changed: boolean; listeners: { page: Map<string, number>; context: Map<string, number> } }
  >();
  const idle: Page[] = [];
  const lent: Page[] = [];

  async function newPage(): Promise<Page> {
    // Downloads are kept (Playwright's default), for a test to read what a link downloads.
    const context = await browser().newContext({
      locale: "sv-SE",
      viewport,
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    const own = {
      changed: false,
      listeners: { page: listenerCounts(page), context: listenerCounts(context) },
    };
    state.set(page, own);
    const changed = () => {
      own.changed = true;
    };
    noteLastingChanges(page, lastingChanges.page, changed);
    noteLastingChanges(context, lastingChanges.context, changed);
    return page;
  }

  /** Clears what the test left on the page; false when the page cannot be handed on. */
  async function cleared(page: Page): Promise<boolean> {
    const own = state.get(page);
    if (page.isClosed() || !own || own.changed) return false;
    if (
      hasMoreListeners(page, own.listeners.page) ||
      hasMoreListeners(page.context(), own.listeners.context)
    )
      return false;
    try {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await page.context().clearCookies();
      await page.goto("about:blank");
      const size = page.viewportSize();
      if (size?.width !== viewport.width || size.height !== viewport.height)
        await page.setViewportSize(viewport);
      // The next test's failure report starts from its own requests and errors.
      forgetTraffic(page);
      return true;
    } catch {
      return false;
    }
  }

  afterEach(async ({ task }) => {
    const pages = lent.splice(0);
    if (task.result?.state === "fail") return;
    for (const page of pages) {
      if (await cleared(page)) idle.push(page);
      else await page.context().close();
    }
  });

  async function freshPage(options: PageOptions = {}): Promise<Page> {
    if (options.forTheFile) return newPage();
    const lending = idle.pop() ?? (await newPage());
    lent.push(lending);
    return lending;
  }
  return {
    freshPage,
    /** A page signed in as the person through the API, at the path (the start page if none). */
    async signedInPage(
      baseUrl: string,
      email: string,
      path = "/",
      password = demoPassword,
      options: PageOptions = {},
    ): Promise<Page> {
      const page = await freshPage(options);
      const cookie = await sessionCookie(baseUrl, email, password);
      await page.context().addCookies([{ ...cookie, url: baseUrl }]);
      await page.goto(new URL(path, baseUrl).toString());
      await page.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
      return page;
    },
    async closeAll() {
      idle.splice(0);
      lent.splice(0);
      state.clear();
      for (const context of contexts.splice(0)) await context.close();
    },
  };
}

/** A blog post the coordinator publishes now, with a title of the test's own; its address. */
export async function publishedBlogPost(
  coordinator: Request,
  post: { title: string; body: string },
): Promise<{ id: string; slug: string; title: string }> {
  const { createBlogPost } = await coordinator<{
    createBlogPost: { __typename: string; data?: { id: string; slug: string } };
  }>(
    `mutation ($input: BlogPostInput!) { createBlogPost(input: $input) { __typename ... on MutationCreateBlogPostSuccess { data { id slug } } } }`,
    { input: { title: post.title, body: post.body, publishedAt: new Date().toISOString() } },
  );
  if (!createBlogPost.data) throw new Error(`the post was refused: ${createBlogPost.__typename}`);
  return { ...createBlogPost.data, title: post.title };
}

/** The theme's id, found by its address. */
export async function themeId(request: Request, slug: string): Promise<string> {
  const { theme } = await request<{ theme: { id: string } | null }>(
    `query ($slug: String!) { theme(slug: $slug) { id } }`,
    { slug },
  );
  if (!theme) throw new Error(`no theme ${slug}`);
  return theme.id;
}

/** A comment the person writes in a theme's thread (or under a post) through the API; its id. */
export async function writeComment(
  person: Request,
  where: { themeId: string } | { postId: string },
  body: string,
): Promise<string> {
  const { writeComment } = await person<{
    writeComment: { __typename: string; data?: { id: string } };
  }>(
    `mutation ($input: WriteCommentInput!) { writeComment(input: $input) { __typename ... on MutationWriteCommentSuccess { data { id } } } }`,
    { input: { ...where, body } },
  );
  if (!writeComment.data) throw new Error(`the comment was refused: ${writeComment.__typename}`);
  return writeComment.data.id;
}

/**
 * A hearing the coordinator creates through the API as a draft, published too if asked, with a
 * title of the test's own; its id and address.
 */
export async function hearingByApi(
  coordinator: Request,
  meeting: { title: string; startsAt: string; endsAt: string; publish?: boolean },
): Promise<{ id: string; slug: string; title: string }> {
  const { createMeeting } = await coordinator<{
    createMeeting: { __typename: string; data?: { id: string; slug: string } };
  }>(
    `mutation ($input: MeetingInput!) { createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { data { id slug } } } }`,
    {
      input: {
        title: meeting.title,
        kind: "HEARING",
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        onlineUrl: "https://mote.example/hearing",
        capacity: 40,
      },
    },
  );
  const created = createMeeting.data;
  if (!created) throw new Error(`the meeting was refused: ${createMeeting.__typename}`);
  if (meeting.publish) {
    const { publishMeeting } = await coordinator<{ publishMeeting: { __typename: string } }>(
      `mutation ($id: ID!) { publishMeeting(id: $id) { __typename } }`,
      { id: created.id },
    );
    if (publishMeeting.__typename !== "MutationPublishMeetingSuccess")
      throw new Error(`the meeting was not published: ${publishMeeting.__typename}`);
  }
  return { ...created, title: meeting.title };
}

/** The person registers for the meeting through the API; their registration's status. */
export async function registerForMeeting(person: Request, meetingId: string): Promise<string> {
  const { registerForMeeting } = await person<{
    registerForMeeting: { __typename: string; data?: { status: string } };
  }>(
    `mutation ($id: ID!) { registerForMeeting(meetingId: $id) { __typename ... on MutationRegisterForMeetingSuccess { data { status } } } }`,
    { id: meetingId },
  );
  if (!registerForMeeting.data)
    throw new Error(`the registration was refused: ${registerForMeeting.__typename}`);
  return registerForMeeting.data.status;
}

/** The id of what a mutation answered with (`data { id }`), or an error naming the mutation. */
export async function mutationId(
  request: Request,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<string> {
  const name = mutation.match(/\{\s*(\w+)/)?.[1] ?? "mutation";
  const answer = await request<Record<string, { __typename: string; data?: { id: string } }>>(
    mutation,
    variables,
  );
  const id = answer[name]?.data?.id;
  if (!id) throw new Error(`${name} was refused: ${JSON.stringify(answer)}`);
  return id;
}
