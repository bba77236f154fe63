import { builder } from "../builder";

/** Expected failures are part of the schema: result unions carry an object that implements Error. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  fields: (t) => ({
    message: t.exposeString("message"),
  }),
});
