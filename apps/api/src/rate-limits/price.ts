import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode } from "graphql";
import { costOptions, documentCost, operationToRun } from "../shared/query-cost";
import { pointsForCost } from "./budgets";

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
