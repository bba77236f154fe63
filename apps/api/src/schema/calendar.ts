import type { schema } from "@kraftsamling/db";
import { builder } from "../builder";
import type { Context } from "../context";
import { feedSecret, renewFeedSecret } from "../meetings/calendar-feeds";
import { forSignedIn } from "./access";

interface CalendarFeed {
  url: string;
  createdAt: Date;
}

const CalendarFeedRef = builder.objectRef<CalendarFeed>("CalendarFeed").implement({
  description:
    "The secret address of a person's calendar of their meetings, to subscribe to in a calendar program. Anyone with the address reads the calendar: renew it to shut the old one.",
  fields: (t) => ({
    url: t.exposeString("url", {
      description: "The feed's secret address (iCalendar), for a calendar program to subscribe to.",
    }),
    createdAt: t.expose("createdAt", {
      description: "When the feed's address was made; a new address retires the old one.",
      type: "DateTime",
    }),
  }),
});

const feedOf = (ctx: Context, row: typeof schema.calendarFeeds.$inferSelect): CalendarFeed => ({
  url: `${ctx.services.config.publicUrl}/calendar/people/${row.secret}.ics`,
  createdAt: row.createdAt,
});

builder.queryFields((t) => ({
  myCalendarFeed: t.field({
    ...forSignedIn,
    type: CalendarFeedRef,
    description:
      "The address of the signed-in person's calendar feed: their upcoming meetings with a place, and picked seminars.",
    resolve: async (_root, _args, ctx) =>
      feedOf(ctx, await feedSecret(ctx.database.db, ctx.viewer?.personId ?? "")),
  }),
}));

builder.mutationFields((t) => ({
  renewCalendarFeed: t.field({
    ...forSignedIn,
    type: CalendarFeedRef,
    description: "Gives the calendar feed a new address; the old one stops working at once.",
    resolve: async (_root, _args, ctx) =>
      feedOf(ctx, await renewFeedSecret(ctx.database.db, ctx.viewer?.personId ?? "")),
  }),
}));
