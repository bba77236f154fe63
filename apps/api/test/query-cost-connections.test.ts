import { buildSchema, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { connectionPage, costOptions, operationCost } from "../src/shared/query-cost";

/** A thread whose comments are a page, each with a page of replies: nested pages multiply. */
const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Comment { id: ID! body: String! replies(first: Int, after: String, last: Int, before: String): CommentConnection! }
  type CommentEdge { cursor: String! node: Comment! }
  type CommentConnection { edges: [CommentEdge!]! nodes: [Comment!]! pageInfo: PageInfo! totalCount: Int! }
  type Query { comments(first: Int, after: String, last: Int, before: String): CommentConnection! }
`);

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error("no operation");
  return operationCost(schema, operation, {}, costOptions, variables);
}

describe("a connection costs one page", () => {
  it("counts as many nodes as first or last ask, the default without them", () => {
    // The connection (1) and its page of nodes (1 each).
    expect(cost(`{ comments(first: 10) { nodes { id } } }`)).toBe(1 + 10);
    expect(cost(`{ comments(last: 7) { nodes { id } } }`)).toBe(1 + 7);
    expect(cost(`{ comments { nodes { id } } }`)).toBe(1 + connectionPage.defaultSize);
    expect(cost(`query ($n: Int) { comments(first: $n) { nodes { id } } }`, { n: 20 })).toBe(
      1 + 20,
    );
  });

  it("never counts more than the largest page, whatever is asked", () => {
    expect(cost(`{ comments(first: 100000) { nodes { id } } }`)).toBe(1 + connectionPage.maxSize);
  });

  it("counts edges with their node, and pageInfo and totalCount once", () => {
    expect(
      cost(
        `{ comments(first: 10) { edges { cursor node { id } } pageInfo { hasNextPage } totalCount } }`,
      ),
    ).toBe(1 + 10 * 2 + 1);
  });

  it("multiplies nested pages", () => {
    const nested = cost(
      `{ comments(first: 10) { nodes { replies(first: 10) { nodes { id } } } } }`,
    );
    expect(nested).toBe(1 + 10 * (1 + 1 + 10));
  });
});
