import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema";

/** Every type, field, argument, enum value and input field of the schema that has no description. */
export function undescribed(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const need = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    // The root types are described by their fields.
    if (!["Query", "Mutation", "Subscription"].includes(type.name)) {
      need(type.name, type.description);
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args)
          need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (isUnionType(type)) {
      // Its members are described as types of their own.
    }
  }
  return missing;
}

describe("the schema's descriptions", () => {
  it("describes every type, field, argument, enum value and input field", () => {
    const missing = undescribed(Object.values(schema.getTypeMap()));
    expect(missing, `${missing.length} without a description`).toEqual([]);
  });

  it("describes what the errors plugin generates for a mutation", () => {
    const success = schema.getType("MutationCreateFindingSuccess");
    const result = schema.getType("MutationCreateFindingResult");
    expect(success?.description).toBe("`createFinding` succeeded; `data` is its result.");
    expect(result?.description).toMatch(/^What `createFinding` answers/);
    expect(isObjectType(success) && success.getFields().data?.description).toBe(
      "What `createFinding` made, changed or found.",
    );
  });
});
