import { GraphQLError } from "graphql";
import type { ApiBudgets, Caller } from "./budgets";
import { overBudgetMessage, rateLimitedMessage } from "./budgets";

/**
 * Over the WebSocket every subscribe message takes its operation's points from its caller's
 * budget (`operationPrice`, as over HTTP; the events a subscription receives afterwards take none).
 * Returns the error to answer with: the budget spent, or an operation larger than the whole budget
 * of a minute, which takes one point and is refused as too costly.
 */
export async function subscribeRefusal(
  budgets: ApiBudgets,
  caller: Caller,
  apiKeyBudget: number,
  price: { cost: number; points: number } = { cost: 0, points: 1 },
): Promise<GraphQLError | null> {
  const limit = budgets.limitOf(caller);
  const overBudget = price.points > limit;
  const verdict = await budgets.take(caller, overBudget ? 1 : price.points);
  if (!verdict.allowed)
    return new GraphQLError(rateLimitedMessage(verdict, caller, apiKeyBudget), {
      extensions: {
        code: "RATE_LIMITED",
        retryAfterSeconds: verdict.resetSeconds,
        limit: verdict.limit,
      },
    });
  if (!overBudget) return null;
  return new GraphQLError(
    overBudgetMessage(price.points, price.cost, limit, caller, apiKeyBudget),
    {
      extensions: {
        code: "QUERY_TOO_COSTLY",
        cost: price.cost,
        points: price.points,
        pointsPerMinute: limit,
      },
    },
  );
}
