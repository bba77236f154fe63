import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder";
import { isCalendarDay } from "../shared/calendar-day";

builder.scalarType("DateTime", {
  description:
    "A point in time, as an ISO 8601 string in UTC (for example 2017-08-29T07:30:00.000Z).",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("Date", {
  description: "A calendar date, YYYY-MM-DD.",
  serialize: (value) => value,
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Years a date of the portal's may fall in: outside them PostgreSQL's timestamps would fail. */
const firstYear = 1900;
const lastYear = 2200;

function yearInRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= firstYear && year <= lastYear;
}

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || !yearInRange(date)) {
    throw new GraphQLError(
      `DateTime must be an ISO 8601 string such as 2017-08-29T09:00:00+02:00, in the years ${firstYear}–${lastYear}, got ${JSON.stringify(value)}`,
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
  }
  return date;
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isCalendarDay(value) || !yearInRange(new Date(value))) {
    throw new GraphQLError(
      `Date must be YYYY-MM-DD in the years ${firstYear}–${lastYear}, got ${JSON.stringify(value)}`,
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
  }
  return value;
}

builder.scalarType("JSON", {
  description: "Any JSON value.",
  serialize: (value) => value,
  parseValue: (value) => value,
});
