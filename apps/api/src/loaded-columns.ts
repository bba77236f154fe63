import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosOutputFieldType,
  type SchemaTypes,
} from "@pothos/core";
import {
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
  Kind,
} from "graphql";

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
 * whether the viewer agrees with a comment.
 *
 * A relation with no arguments and no `query` of its own (a comment's author, a municipality's
 * county) is answered from the row too, when the row carries it and every field the request asks
 * beneath it is one of the above, or such a relation in turn: nothing beneath needs the plan's
 * bookkeeping of which rows were loaded how, and the related rows are what the drizzle plugin
 * would return. Whether a request's selection beneath a relation is so is worked out once per
 * parsed document. A relation with a `query` (a filter, an order, a condition on the viewer), or
 * with a fragment or a directive beneath it, keeps the drizzle plugin's way, which makes sure its
 * rows were loaded with that query.
 */
export class LoadedColumnsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /** `Type.field` of every field answered from the row when the row carries its keys. */
  private readonly fromRow = new Set<string>();
  /** `Type.field` of every relation answered from the row when nothing beneath needs more. */
  private readonly plainRelations = new Set<string>();
  /** Whether a relation's selection in a parsed document asks only for what the rows carry. */
  private readonly flatSelections = new WeakMap<FieldNode, boolean>();

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (fieldConfig.kind !== "DrizzleObject") return resolver;
    if (Object.keys(fieldConfig.args).length > 0) return resolver;
    const key = `${fieldConfig.parentType}.${fieldConfig.name}`;
    const column = fieldConfig.extensions?.pothosDrizzleVariant;
    if (typeof column === "string") {
      this.fromRow.add(key);
      return (parent, args, context, info) => {
        const value = (parent as Record<string, unknown> | null)?.[column];
        return value !== undefined ? value : resolver(parent, args, context, info);
      };
    }
    const own = fieldConfig.resolve;
    if (!own) return resolver;
    const loaded = plainRelationLoaded(fieldConfig);
    if (loaded) {
      this.plainRelations.add(key);
      return (parent, args, context, info) =>
        parent !== null &&
        typeof parent === "object" &&
        loaded(parent) &&
        this.asksOnlyWhatRowsCarry(info)
          ? own(parent, args, context, info)
          : resolver(parent, args, context, info);
    }
    const keys = rowKeysOf(fieldConfig);
    if (!keys) return resolver;
    this.fromRow.add(key);
    return (parent, args, context, info) =>
      carries(parent, keys)
        ? own(parent, args, context, info)
        : resolver(parent, args, context, info);
  }

  /** Whether the relation being resolved asks beneath it only for what the loaded rows carry. */
  private asksOnlyWhatRowsCarry(info: GraphQLResolveInfo): boolean {
    const [node, ...more] = info.fieldNodes;
    if (!node || more.length > 0) return false;
    let flat = this.flatSelections.get(node);
    if (flat === undefined) {
      flat = this.isFlat(node, getNamedType(info.returnType));
      this.flatSelections.set(node, flat);
    }
    return flat;
  }

  /**
   * Whether every field selected beneath `node` (of `type`) is answered from the row, or is a plain
   * relation whose own selection is so; no fragment, no directive, no argument.
   */
  private isFlat(node: FieldNode, type: GraphQLNamedType): boolean {
    if (!isObjectType(type) || !node.selectionSet) return false;
    const fields = type.getFields();
    for (const selection of node.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) return false;
      if ((selection.directives?.length ?? 0) > 0 || (selection.arguments?.length ?? 0) > 0)
        return false;
      const name = selection.name.value;
      if (name === "__typename") continue;
      const key = `${type.name}.${name}`;
      if (this.fromRow.has(key)) continue;
      const field = fields[name];
      if (this.plainRelations.has(key) && field && this.isFlat(selection, getNamedType(field.type)))
        continue;
      return false;
    }
    return true;
  }
}

/**
 * For a relation of the drizzle plugin (`t.relation`) with no `query` of its own, how to tell that
 * the row carries it; undefined for any other field.
 */
function plainRelationLoaded<Types extends SchemaTypes>(
  fieldConfig: PothosOutputFieldConfig<Types>,
): ((row: object) => boolean) | undefined {
  const loaded = fieldConfig.extensions?.pothosDrizzleLoaded;
  // A count of related rows is loaded the same way, but is a number with nothing beneath.
  if (typeof loaded !== "function" || isPlainValue(fieldConfig.type)) return undefined;
  if ((fieldConfig.pothosOptions as { query?: unknown }).query !== undefined) return undefined;
  return loaded as (row: object) => boolean;
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
