import type { sv } from "./developer";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "developer.footerLink": "For developers: API and open data",
  "developer.documentTitle": "For developers",
  "developer.heading": "For developers: API and open data",
  "developer.intro":
    "Everything the portal shows to someone not signed in can be fetched with GraphQL at /graphql, and as open data in CSV, JSON and JSON Lines. The portal itself uses the same API.",
  "developer.publicHeading": "What is public",
  "developer.publicYes":
    "Public, without signing in: published findings and their counts, the time-use measurement's protected aggregates, commitments and their timelines, themes, public meetings (without online links or registrations), municipalities, counties, municipality groups, phases and published blog posts.",
  "developer.publicNo":
    "Never public: drafts, hidden comments, e-mail addresses, registrations, the audit log and data about individual people.",
  "developer.endpointHeading": "The address",
  "developer.endpoint":
    'Send a POST with JSON ({"query": …, "variables": …}) to {url}. The schema is a file at {schema}.',
  "developer.otherSites":
    "A web page on any site may query the API and fetch the open data straight from the browser (CORS), without signing in or with a key. The browser never sends the visitor's sign-in with such a request: the answer is the same as anyone's. A key written into a web page can be read by everyone who visits it: ask without a key from a page, and with your key from a server.",
  "developer.graphiqlLink": "Try the queries in GraphiQL",
  "developer.schemaLink": "The schema (schema.graphql)",
  "developer.examplesHeading": "Examples to paste",
  "developer.examplesIntro":
    "Every example is run against the API in the portal's tests, so they work as written.",
  "developer.query": "Query",
  "developer.variables": "Variables",
  "developer.headers": "Headers",
  "developer.response": "Answer",
  "developer.command": "Command",
  "developer.keysHeading": "API keys",
  "developer.keys":
    "You may query without a key, with a lower limit. You get a key by confirming your e-mail address, or from your profile when signed in; it is sent in the header Authorization: Bearer <key>. The API key page revokes a key by the key itself, and your profile revokes your own keys. Every object has a global id (id) that node(id:) and nodes(ids:) find; counties, municipalities and municipality groups keep their codes as well.",
  "developer.keyLink": "Get an API key",
  "developer.limitsHeading": "Limits",
  "developer.limits":
    "With a key 600 points a minute, without one 60 per address. A request takes one point, or one per started hundred of the query's cost: a page of 100 findings takes 2 points, the counts by theme and municipality group about 10, and the schema (introspection, as GraphiQL asks for it) a tenth of its price, about 10. Every answer tells where you stand in the headers RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset. Going over gives 429 with Retry-After and an error message that says what to do; a query that costs more than is left is refused without taking anything, and a query that costs more than the whole minute's budget (without a key, a cost over 6,000) is refused with QUERY_TOO_COSTLY: make it smaller or use a key.",
  "developer.limitsOther":
    "A query may cost at most 50,000 (lists count at their size), be at most 12 levels deep, have at most 15 aliases and 3,000 tokens, and a request may be at most 1 MB. A page holds at most 100 items: asking for more gives 100, and pageInfo.hasNextPage says there are more. An error always has a stable code in extensions.code, such as RATE_LIMITED, INVALID_API_KEY, QUERY_TOO_COSTLY, BAD_USER_INPUT or PAYLOAD_TOO_LARGE; a query too deep or with too many aliases gets GRAPHQL_VALIDATION_FAILED, and one with too many tokens GRAPHQL_PARSE_FAILED, with a message that names the limit.",
  "developer.licenceHeading": "Licence",
  "developer.licence": "{covers}",
  "developer.licenceLink": "CC0 1.0 Universal",
  "developer.openDataHeading": "Open data",
  "developer.openDataIntro":
    "Every dataset comes as .csv, .json and .jsonl and takes the same filter as GraphQL's FindingFilter. The files are streamed from the database, so they may be of any size. The list is also JSON at {index}.",
  "developer.formatsHeading": "Formats",
  "developer.format": "Format",
  "developer.formatMeaning": "Content",
  "developer.downloads": "Download:",
  "developer.parameters": "Parameters",
  "developer.parameter": "Parameter",
  "developer.repeatable": "Repeatable",
  "developer.once": "Once",
  "developer.meaning": "Meaning",
  "developer.columns": "Columns",
  "developer.field": "Field (JSON)",
  "developer.csvColumn": "Column (CSV)",
  "developer.type": "Type",
  "developer.aliases": "Earlier address of the CSV: {paths}",
  "developer.graphiqlDocumentTitle": "GraphiQL",
  "developer.graphiqlHeading": "GraphiQL",
  "developer.graphiqlIntro":
    "Write a query on the left and run it with the button. The Docs tab shows the schema. Everything here runs from the portal itself, against {url}.",
  "developer.graphiqlLoading": "Loading GraphiQL …",
  "developer.backToDeveloper": "Back to the developer page",
};
