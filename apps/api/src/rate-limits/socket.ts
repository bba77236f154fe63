import type { GraphQLError } from "graphql";
import type { ApiBudgets, Caller } from "./budgets";
import { chargeOperation } from "./price";

/**
 * Over the WebSocket every subscribe message takes its operation's points from its caller's
 * budget (`operationPrice`, as over HTTP; the events a subscription receives afterwards take none).
 * Returns the error to answer with, without the HTTP status a socket has no use for.
 */
export async function subscribeRefusal(
  budgets: ApiBudgets,
  caller: Caller,
  apiKeyBudget: number,
  price: { cost: number; points: number } = { cost: 0, points: 1 },
): Promise<GraphQLError | null> {
  const { refusal } = await chargeOperation(budgets, caller, price, apiKeyBudget);
  if (refusal) delete refusal.extensions.http;
  return refusal;
}
