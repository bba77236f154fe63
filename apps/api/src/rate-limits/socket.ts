import { GraphQLError } from "graphql";
import type { ApiBudgets, Caller } from "./budgets";
import { rateLimitedMessage } from "./budgets";

/**
 * Over the WebSocket every subscribe message takes one point from its caller's budget (the events
 * it receives afterwards take none). Returns the error to answer with when the budget is spent.
 */
export async function subscribeRefusal(
  budgets: ApiBudgets,
  caller: Caller,
  apiKeyBudget: number,
): Promise<GraphQLError | null> {
  const verdict = await budgets.take(caller, 1);
  if (verdict.allowed) return null;
  return new GraphQLError(rateLimitedMessage(verdict, caller, apiKeyBudget), {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds: verdict.resetSeconds,
      limit: verdict.limit,
    },
  });
}
