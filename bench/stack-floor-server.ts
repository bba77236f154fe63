/**
 * The stack's floor: Apollo Server and graphql-js on the API's own schema (`schema.graphql`),
 * straight on node:http as the API's endpoint is, answering each request of the load run with the
 * API's own answer to it, held in memory. No database, no session, no limits, no checks and no
 * code of the application: what this server spends on a request is what any API on Apollo Server
 * and graphql-js spends to parse the body, execute the document (its validation cached, every
 * field through graphql-js' default resolver) and write the same JSON back. fixed-cost.ts loads
 * it beside the API and the SQL floor, to show how much of the API's time is the stack's own.
 *
 *   ANSWERS=/tmp/answers.json PORT=4102 tsx stack-floor-server.ts
 *   (ANSWERS: a JSON object of each operation's name and the `data` the API answered it with)
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { ApolloServer, type BaseContext, type HTTPGraphQLRequest } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { headerMapOf, writeApolloBody } from "@kraftsamling/api/apollo-http";
import { buildSchema, type DocumentNode, Kind } from "graphql";

const answersFile = process.env.ANSWERS;
if (!answersFile) throw new Error("ANSWERS names no file of the API's answers");
const answers = JSON.parse(readFileSync(answersFile, "utf8")) as Record<string, unknown>;
const schema = buildSchema(
  readFileSync(new URL("../apps/api/schema.graphql", import.meta.url), "utf8"),
);

/** The name of the document's operation, which names its answer. */
function operationName(document: DocumentNode): string {
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value ?? "";
  return "";
}

const apollo = new ApolloServer<BaseContext>({
  schema,
  // Each root field reads its answer from the API's, and every field below from its parent's.
  rootValue: (document: DocumentNode) => answers[operationName(document)],
  allowBatchedHttpRequests: false,
  // As the API: no landing page, and no cache hints computed around every field.
  plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
});
await apollo.start();

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    const text = Buffer.concat(chunks).toString("utf8");
    const request: HTTPGraphQLRequest = {
      method: req.method?.toUpperCase() ?? "GET",
      headers: headerMapOf(req.headers),
      search: "",
      body: text ? JSON.parse(text) : undefined,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => ({}),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    await writeApolloBody(res, response.body);
  });
});
const port = Number(process.env.PORT ?? 4102);
server.listen(port, "127.0.0.1", () => {
  console.log(`stack floor server at http://127.0.0.1:${port}/`);
});
