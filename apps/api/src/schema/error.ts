import { builder } from "../builder";
import { InputError } from "../shared/errors";

/** Expected failures are part of the schema: result unions carry an object that implements Error. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "An expected failure: a sentence saying what went wrong and how to mend it.",
  fields: (t) => ({
    message: t.exposeString("message", {
      description: "What went wrong and what to do, in English.",
    }),
  }),
});

builder.objectType(InputError, {
  name: "InputError",
  description:
    "A failure the person can act on: `code` is stable (the portal shows its own text for it), `field` names the input at fault.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    code: t.exposeString("code", {
      description:
        "A stable code for the failure (e.g. TOO_MANY_IDS), for a program or the portal's own text.",
    }),
    field: t.exposeString("field", {
      description: "The input at fault; null when the failure is not about one input.",
      nullable: true,
    }),
    retryAt: t.expose("retryAt", {
      type: "DateTime",
      nullable: true,
      description: "When the action may be tried again.",
    }),
  }),
});
