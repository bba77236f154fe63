import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
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
 */
export class LoadedColumnsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const column = fieldConfig.extensions?.pothosDrizzleVariant;
    if (fieldConfig.kind !== "DrizzleObject" || typeof column !== "string") return resolver;
    if (Object.keys(fieldConfig.args).length > 0) return resolver;
    return (parent, args, context, info) => {
      const value = (parent as Record<string, unknown> | null)?.[column];
      return value !== undefined ? value : resolver(parent, args, context, info);
    };
  }
}

const pluginName = "loadedColumns";
SchemaBuilder.registerPlugin(pluginName, LoadedColumnsPlugin);
export default pluginName;
