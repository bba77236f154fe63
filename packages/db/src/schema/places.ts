import { char, integer, pgTable, text } from "drizzle-orm/pg-core";

/** Län: 21 counties, two-digit code. */
export const counties = pgTable("counties", {
  code: char("code", { length: 2 }).primaryKey(),
  name: text("name").notNull(),
});

/** SKR's kommungruppsindelning 2023: nine groups (A1 … C9) in three main groups. */
export const municipalityGroups = pgTable("municipality_groups", {
  code: char("code", { length: 2 }).primaryKey(),
  name: text("name").notNull(),
  mainGroupCode: char("main_group_code", { length: 1 }).notNull(),
  mainGroupName: text("main_group_name").notNull(),
});

/** Kommun: 290 municipalities, four-digit code whose first two digits are the county's. */
export const municipalities = pgTable("municipalities", {
  code: char("code", { length: 4 }).primaryKey(),
  name: text("name").notNull(),
  countyCode: char("county_code", { length: 2 })
    .notNull()
    .references(() => counties.code),
  groupCode: char("group_code", { length: 2 })
    .notNull()
    .references(() => municipalityGroups.code),
  population: integer("population"),
});
