import { builder } from "../builder";
import { readableByAnyone } from "./access";

builder.queryFields((t) => ({
  now: t.field({
    ...readableByAnyone,
    type: "DateTime",
    description:
      "The portal's clock: real time, or the demo's when DEMO_DATE moved it. The portal reckons 'now' by it (a block's end, whether a post is out).",
    resolve: (_root, _args, ctx) => ctx.services.clock.now(),
  }),
}));
