import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { costOptions, documentCost, operationToRun } from "../shared/query-cost";
import {
  type ApiBudgets,
  type Caller,
  overBudgetMessage,
  pointsForCost,
  rateLimitedMessage,
  rateLimitHeaders,
  type Verdict,
} from "./budgets";

/**
 * Whether an operation asks only for the schema's description (`__schema`, `__type`,
 * `__typename`): held in memory, it reads nothing from the database, and GraphiQL and every
 * client's tooling ask for it whole before anything else.
 */
function asksOnlyForTheSchema(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith("__"),
  );
}

/**
 * The points an operation takes from its caller's budget, the same over HTTP and the WebSocket,
 * with the cost they come from. One refused by the cost limit (which runs alongside) takes a
 * point, not its price. The schema's description, held in memory, takes a tenth of its price, so
 * that GraphiQL (its whole schema, about 10 points) opens within the anonymous budget.
 */
export function operationPrice(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): { cost: number; points: number } {
  const cost = documentCost(schema, document, operationName, variables) ?? 0;
  if (cost > costOptions.maxCost) return { cost, points: 1 };
  const operation = operationToRun(document, operationName);
  const points = pointsForCost(cost);
  if (operation && asksOnlyForTheSchema(operation)) return { cost, points: Math.ceil(points / 10) };
  return { cost, points };
}

/** HTTP 429 with Retry-After, and a sentence that says how long to wait and what else to do. */
export function rateLimitedError(verdict: Verdict, caller: Caller, apiKeyBudget: number) {
  return new GraphQLError(rateLimitedMessage(verdict, caller, apiKeyBudget), {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds: verdict.resetSeconds,
      limit: verdict.limit,
      http: { status: 429, headers: new Map(rateLimitHeaders(verdict)) },
    },
  });
}

/**
 * Takes an operation's points from its caller's budget, over HTTP and the WebSocket alike, and
 * says why it may not run: the budget spent (RATE_LIMITED, 429), or an operation larger than the
 * whole budget of a minute (QUERY_TOO_COSTLY, 400), which takes one point, since no wait helps.
 */
export async function chargeOperation(
  budgets: ApiBudgets,
  caller: Caller,
  price: { cost: number; points: number },
  apiKeyBudget: number,
): Promise<{ verdict: Verdict; refusal: GraphQLError | null }> {
  const limit = budgets.limitOf(caller);
  const overBudget = price.points > limit;
  const verdict = await budgets.take(caller, overBudget ? 1 : price.points);
  if (!verdict.allowed)
    return { verdict, refusal: rateLimitedError(verdict, caller, apiKeyBudget) };
  if (!overBudget) return { verdict, refusal: null };
  const refusal = new GraphQLError(
    overBudgetMessage(price.points, price.cost, limit, caller, apiKeyBudget),
    {
      extensions: {
        code: "QUERY_TOO_COSTLY",
        cost: price.cost,
        points: price.points,
        pointsPerMinute: limit,
        http: { status: 400 },
      },
    },
  );
  return { verdict, refusal };
}
