import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  type GraphQLSchema,
  specifiedRules,
  type ValidationRule,
  validate,
} from "graphql";

/**
 * Limits every operation must keep, over HTTP and over WebSocket alike: depth, cost, aliases,
 * directives and tokens, and no field suggestions that would map the schema for a stranger.
 */
export const queryLimits = new ApolloArmor({
  maxDepth: { n: 12, ignoreIntrospection: true, flattenFragments: true },
  costLimit: { maxCost: 20_000 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 3000 },
  blockFieldSuggestion: { enabled: true },
}).protect();

/** The same validation Apollo runs, for the WebSocket path, which does not pass through Apollo. */
export function validateOperation(schema: GraphQLSchema, document: DocumentNode) {
  const rules: ValidationRule[] = [...specifiedRules, ...queryLimits.validationRules];
  return validate(schema, document, rules);
}
