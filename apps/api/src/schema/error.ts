import { builder } from "../builder";
import { InputError } from "../shared/errors";

/** Expected failures are part of the schema: result unions carry an object that implements Error. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  fields: (t) => ({
    message: t.exposeString("message"),
  }),
});

builder.objectType(InputError, {
  name: "InputError",
  description:
    "A failure the person can act on: `code` is stable (the portal shows its own text for it), `field` names the input at fault.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    code: t.exposeString("code"),
    field: t.exposeString("field", { nullable: true }),
    retryAt: t.expose("retryAt", {
      type: "DateTime",
      nullable: true,
      description: "When the action may be tried again.",
    }),
  }),
});
