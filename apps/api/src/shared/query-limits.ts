import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from "graphql";
import { assertAffordable, costOptions } from "./query-cost";

/** The most tokens one document may hold. */
export const maxTokens = 3000;
/** The largest WebSocket message the server reads, in bytes. */
export const maxWebSocketMessageBytes = 64 * 1024;

/**
 * Limits every operation must keep, over HTTP and over WebSocket alike: depth, aliases, directives
 * and tokens, and no field suggestions that would map the schema for a stranger. The cost, which
 * multiplies by the sizes of lists, is `query-cost.ts`'s, checked once the variables are known.
 */
export const parseOptions = { maxTokens };

export const queryLimits = new ApolloArmor({
  maxDepth: { n: 12, ignoreIntrospection: true, flattenFragments: true },
  costLimit: { enabled: false },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  // Given to the parser itself (`parseOptions`), so that a long document is a 400 like any syntax error.
  maxTokens: { enabled: false },
  // Suggestions are removed from every error's message in error-masking.ts, leaving no trace.
  blockFieldSuggestion: { enabled: false },
}).protect();

/** Refuses, before any resolver runs, an operation that costs more than the limit. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          assertAffordable(schema, document, request.operationName, request.variables);
        },
      };
    },
  };
}

/** "Did you mean …?" names fields a stranger has not been told of: never say it. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?/g, "");
}

/**
 * The limits' refusals as plain sentences: the depth, alias and directive limits are not syntax
 * errors (graphql-armor says "Syntax Error:"), and the parser's token limit is said without its typo.
 */
function limitsInPlainWords(message: string): string {
  return message
    .replace(/^Syntax Error: (Query depth limit|Aliases limit|Directives limit)/, "$1")
    .replace(
      /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/,
      "The document holds more than $1 tokens, the most one may hold.",
    );
}

/** An error's message as any caller may read it: no field suggestions, the limits in plain words. */
export function shownMessage(message: string): string {
  return limitsInPlainWords(withoutSuggestions(message));
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
  });
}

/**
 * What Apollo does before running an operation, for the WebSocket path, which does not pass
 * through Apollo: parse within the token limit, validate with the same rules, check the cost.
 * Returns the errors to send, with field suggestions removed (none when the operation may run),
 * and the document parsed, for what comes after the checks to read.
 */
export function checkOperation(
  schema: GraphQLSchema,
  payload: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
  },
): { errors: readonly GraphQLError[]; document?: DocumentNode } {
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    const message = error instanceof GraphQLError ? shownMessage(error.message) : "Syntax Error.";
    return { errors: [refused(message)] };
  }
  const rules: ValidationRule[] = [...specifiedRules, ...queryLimits.validationRules];
  const errors = validate(schema, document, rules);
  if (errors.length > 0) return { errors: errors.map((e) => refused(shownMessage(e.message))) };
  try {
    assertAffordable(schema, document, payload.operationName, payload.variables, costOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error], document };
    throw error;
  }
  return { errors: [], document };
}
