import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";

/** A request's headers as Apollo Server takes them: one value each, repeated ones joined. */
export function headerMapOf(headers: IncomingHttpHeaders): HeaderMap {
  const map = new HeaderMap();
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(", ") : value);
  return map;
}

/** Writes Apollo Server's answer body and ends the response: whole, or chunk by chunk. */
export async function writeApolloBody(
  res: ServerResponse,
  body: HTTPGraphQLResponse["body"],
): Promise<void> {
  if (body.kind === "complete") {
    res.end(body.string);
    return;
  }
  for await (const chunk of body.asyncIterator) res.write(chunk);
  res.end();
}
