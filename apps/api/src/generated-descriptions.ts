import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosTypeConfig,
  type SchemaTypes,
} from "@pothos/core";

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      generatedDescriptions: GeneratedDescriptionsPlugin<Types>;
    }
  }
}

/** `MutationCreateFindingSuccess` → `createFinding`: the field a generated type answers for. */
function mutationOf(typeName: string, suffix: "Success" | "Result"): string | null {
  const match = new RegExp(`^(?:Mutation|Query)(\\w+)${suffix}$`).exec(typeName);
  const name = match?.[1];
  return name ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : null;
}

/**
 * Describes what the plugins make without a description, so that the schema has none without: the
 * errors plugin's `…Result` union, its `…Success` type and that type's `data`, and a connection's
 * `totalCount`.
 */
export class GeneratedDescriptionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.description) return typeConfig;
    if (typeConfig.kind === "Object") {
      const mutation = mutationOf(typeConfig.name, "Success");
      if (mutation)
        return { ...typeConfig, description: `\`${mutation}\` succeeded; \`data\` is its result.` };
    }
    if (typeConfig.kind === "Union") {
      const mutation = mutationOf(typeConfig.name, "Result");
      if (mutation)
        return {
          ...typeConfig,
          description: `What \`${mutation}\` answers: its result, or an error that says what to mend.`,
        };
    }
    return typeConfig;
  }

  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    if (fieldConfig.description) return fieldConfig;
    // The drizzle plugin's `totalCount` of a connection.
    if (fieldConfig.name === "totalCount" && fieldConfig.parentType.endsWith("Connection")) {
      return {
        ...fieldConfig,
        description: "How many items the whole list holds, not only this page.",
      };
    }
    if (fieldConfig.name !== "data") return fieldConfig;
    const mutation = mutationOf(fieldConfig.parentType, "Success");
    return mutation
      ? { ...fieldConfig, description: `What \`${mutation}\` made, changed or found.` }
      : fieldConfig;
  }
}

const pluginName = "generatedDescriptions";
SchemaBuilder.registerPlugin(pluginName, GeneratedDescriptionsPlugin);
export default pluginName;
