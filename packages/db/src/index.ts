export {
  type Database,
  DatabaseStartError,
  type Db,
  migrationsFolder,
  openDatabase,
  openPglite,
  openPostgres,
  type QueryLogger,
} from "./client";
export { type Relations, relations } from "./relations";
export { filter } from "./filter";
export { swedishOrder } from "./swedish-order";
export * as schema from "./schema";
export { type SeedOptions, type SeedReport, seed } from "./seed";
