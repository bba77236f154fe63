import { holdsPersonalIdentityNumber } from "@kraftsamling/domain";
import { GraphQLError } from "graphql";
import { type Exchange, makeResult, type Operation } from "urql";
import { filter, map, merge, pipe, share } from "wonka";

/**
 * Variables that are not free text, as the API exempts them: e-mail addresses, passwords, tokens.
 * Web addresses are checked, as the API checks them.
 * Every other string a mutation sends is free text.
 */
const notFreeText = /^(email|password|currentPassword|newPassword|token)$/;

/** The first free-text variable of a mutation that holds a personal identity number, or null. */
export function personalDataField(variables: unknown, name = ""): string | null {
  if (typeof variables === "string")
    return !notFreeText.test(name) && holdsPersonalIdentityNumber(variables) ? name : null;
  if (Array.isArray(variables)) {
    for (const item of variables) {
      const found = personalDataField(item, name);
      if (found !== null) return found;
    }
    return null;
  }
  if (variables && typeof variables === "object") {
    for (const [key, value] of Object.entries(variables)) {
      const found = personalDataField(value, key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The API's guard, run in the browser before a mutation leaves it, for every form by default: a
 * personal identity number in any free-text variable is never sent. The form learns of it as it
 * would from the API, as PERSONAL_DATA on the field.
 */
export const personalDataExchange: Exchange =
  ({ forward }) =>
  (incoming$) => {
    const operations$ = pipe(incoming$, share);
    const refusedField = (operation: Operation) =>
      operation.kind === "mutation" ? personalDataField(operation.variables) : null;
    const refused$ = pipe(
      operations$,
      filter((operation) => refusedField(operation) !== null),
      map((operation) =>
        makeResult(operation, {
          data: null,
          errors: [
            new GraphQLError("The text holds a personal identity number: nothing was sent.", {
              extensions: { code: "PERSONAL_DATA", field: refusedField(operation) },
            }),
          ],
        }),
      ),
    );
    const sent$ = forward(
      pipe(
        operations$,
        filter((operation) => refusedField(operation) === null),
      ),
    );
    return merge([refused$, sent$]);
  };
