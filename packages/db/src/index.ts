export {
  type Database,
  DatabaseStartError,
  type Db,
  type Listener,
  type ListenerEvent,
  type ListenerOptions,
  type ListenerState,
  migrationsFolder,
  openDatabase,
  openPglite,
  openPostgres,
  type QueryLogger,
  rowsOf,
  statementCount,
  statementTimeoutMs,
} from "./client";
export { filter } from "./filter";
export { type Relations, relations } from "./relations";
export * as schema from "./schema";
export { type SeedOptions, type SeedReport, seed } from "./seed";
export { type ReferenceCodes, referenceCodes } from "./seed/reference-data";
export { computeSurveyCells } from "./survey-cells";
export { swedishOrder } from "./swedish-order";
