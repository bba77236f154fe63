import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosOutputFieldType,
  type SchemaTypes,
} from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      loadedColumns: LoadedColumnsPlugin<Types>;
    }
  }
}

/**
 * A column the row already carries is answered straight from the row. The drizzle plugin wraps
 * every exposed column so that it can load the column when the row came without it (a resolver
 * that returned a row of a few columns, say a county's code alone); to know, it looks up how the
 * row was loaded for every field of every row (a path string built, map lookups, a weak map
 * written), and a page of 50 findings with their themes and municipalities passes there some 700
 * times. A value on the row, null included, is what that way ends in too; only a column missing
 * from the row takes it. Placed after the scope checks and before the drizzle plugin in the
 * builder's list, so that authorization still wraps the field and the drizzle plugin's wrapper
 * is what a missing column falls back to.
 *
 * The same holds for a field of a scalar worked out from columns or extras it names (`select:
 * { columns, extras }`, such as a comment's HTML or its agreement count): when the row carries
 * every one of them, its own resolver runs on the row as it is. A selection worked out from the
 * arguments or the viewer (a function) names the keys it reads in `extensions.rowKeys`, such as
 * whether the viewer agrees with a comment. A field that selects relations, or returns an object
 * whose fields may need the plan's bookkeeping, keeps the drizzle plugin's way.
 */
export class LoadedColumnsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (fieldConfig.kind !== "DrizzleObject") return resolver;
    if (Object.keys(fieldConfig.args).length > 0) return resolver;
    const column = fieldConfig.extensions?.pothosDrizzleVariant;
    if (typeof column === "string")
      return (parent, args, context, info) => {
        const value = (parent as Record<string, unknown> | null)?.[column];
        return value !== undefined ? value : resolver(parent, args, context, info);
      };
    const own = fieldConfig.resolve;
    const keys = rowKeysOf(fieldConfig);
    if (!own || !keys) return resolver;
    return (parent, args, context, info) =>
      carries(parent, keys)
        ? own(parent, args, context, info)
        : resolver(parent, args, context, info);
  }
}

/** Whether the row holds a value, null included, for every one of the keys. */
function carries(parent: unknown, keys: readonly string[]): boolean {
  if (parent === null || typeof parent !== "object") return false;
  const row = parent as Record<string, unknown>;
  // A loop, not `every` with a closure: this runs for every such field of every row.
  for (const name of keys) if (row[name] === undefined) return false;
  return true;
}

/** A field's output: a scalar or an enum, or a list of them, with nothing beneath to plan. */
function isPlainValue<Types extends SchemaTypes>(type: PothosOutputFieldType<Types>): boolean {
  return type.kind === "List"
    ? isPlainValue(type.type)
    : type.kind === "Scalar" || type.kind === "Enum";
}

/**
 * The keys of the row a field of plain values reads, when its selection names them all: its
 * columns and its extras (`select: { columns, extras }`), or, for a selection worked out from the
 * field's arguments or the viewer, the keys it names in `extensions.rowKeys`. Undefined for a
 * field that selects relations, or a selection that names no keys.
 */
function rowKeysOf<Types extends SchemaTypes>(
  fieldConfig: PothosOutputFieldConfig<Types>,
): string[] | undefined {
  if (!isPlainValue(fieldConfig.type)) return undefined;
  const select = (fieldConfig.pothosOptions as { select?: unknown }).select;
  if (typeof select === "function") {
    const named = fieldConfig.extensions?.rowKeys;
    return Array.isArray(named) && named.length > 0 ? (named as string[]) : undefined;
  }
  if (select === null || typeof select !== "object") return undefined;
  const {
    columns = {},
    extras = {},
    ...rest
  } = select as {
    columns?: Record<string, unknown>;
    extras?: Record<string, unknown>;
  };
  if (Object.keys(rest).length > 0) return undefined;
  const names = [
    ...Object.keys(columns).filter((name) => columns[name] === true),
    ...Object.keys(extras),
  ];
  return names.length > 0 ? names : undefined;
}

const pluginName = "loadedColumns";
SchemaBuilder.registerPlugin(pluginName, LoadedColumnsPlugin);
export default pluginName;
