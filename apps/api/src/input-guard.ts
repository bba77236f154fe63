import { couldBePhoneNumber, findPersonalIdentityNumbers } from "@kraftsamling/domain";
import SchemaBuilder, {
  BasePlugin,
  type FieldRequiredness,
  type InputType,
  type PothosInputFieldConfig,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  validateConnectionArguments,
} from "@pothos/core";
import {
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { InputError } from "./shared/errors";

/**
 * What a string argument holds when it is not free text, so it is not searched for personal identity
 * numbers: an e-mail address, a password or a token from a link. A web address is checked like free
 * text, its percent-encoding read as the characters it stands for, since it is shown to readers.
 */
export type NotFreeText = "email" | "password" | "token";

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
    export interface InputFieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      Type extends InputType<Types> | [InputType<Types>] = InputType<Types> | [InputType<Types>],
      // biome-ignore lint/correctness/noUnusedVariables: a merged declaration repeats Pothos's parameters
      Req extends FieldRequiredness<Type> = FieldRequiredness<Type>,
    > {
      /** Exempts a string from the personal identity number check, saying what it holds instead. */
      notFreeText?: NotFreeText;
    }
  }
}

export const personalDataMessage =
  "The text holds what looks like a Swedish personal identity or coordination number. Nothing was saved: remove the number and write about how the care works, never about a particular child or family.";
export const phoneNumberAdvice =
  " If it is a phone number, write it in groups with spaces, as 070-123 45 67.";

/** A connection's page size, as its arguments give it. */
type PageSize = { first?: number | null; last?: number | null };

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;

/**
 * The default every argument passes before its field resolves, after its authorization:
 * no string anywhere holds a NUL character (PostgreSQL takes none), no string of a mutation
 * holds a personal identity or coordination number, in whatever disguise, unless its argument or
 * input field says with `notFreeText` what else it holds (ids, enums, numbers and dates are not
 * text), and a page of a connection is not a negative number of items.
 */
export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>) {
    const notFreeText = fieldConfig.pothosOptions.notFreeText;
    if (!notFreeText) return fieldConfig;
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, notFreeText } };
  }

  override wrapResolve(
    resolve: Resolver<Types>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return resolve;
    const personalData = fieldConfig.kind === "Mutation";
    const asUnion = fieldConfig.extensions?.pothosErrors !== undefined;
    const connection = isConnectionField(Object.keys(fieldConfig.args));
    return (parent, args, context, info) => {
      refuseNul(args);
      if (personalData) refusePersonalData(args, info, asUnion);
      // Checked here, whatever the field's selection: a connection reads its page's size only when
      // it reads a page, and a selection of `totalCount` alone reads none.
      if (connection) {
        validateConnectionArguments(args as PageSize);
        // A page is counted from one end: every list refuses both, not only those that say so.
        const { first, last } = args as PageSize;
        if (first !== null && first !== undefined && last !== null && last !== undefined)
          throw new InputError(
            "INVALID_PAGE",
            'Arguments "first" and "last" are not supported at the same time: ask for the first items with first (and after), or the last with last (and before).',
            "last",
          );
      }
      return resolve(parent, args, context, info);
    };
  }

  override wrapSubscribe(
    subscribe: Resolver<Types> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> | undefined {
    if (!subscribe || Object.keys(fieldConfig.args).length === 0) return subscribe;
    return (parent, args, context, info) => {
      refuseNul(args);
      return subscribe(parent, args, context, info);
    };
  }
}

const pluginName = "inputGuard";
SchemaBuilder.registerPlugin(pluginName, InputGuardPlugin);
export default pluginName;

/** A Relay connection: its field takes `first` and `after`, `last` and `before`. */
export function isConnectionField(argumentNames: readonly string[]): boolean {
  return ["first", "after", "last", "before"].every((name) => argumentNames.includes(name));
}

/** The refusal of a text holding a NUL character, naming its argument, input or form field. */
export const nulCharacterMessage = (name: string) =>
  `"${name}" holds a NUL character (\\u0000), which no text may hold: remove it and send again.`;

/**
 * Any string inside the arguments, at any depth. The refusal names the argument or input field
 * that holds it (as the other guards do), with the reason NUL_CHARACTER.
 */
function refuseNul(args: object): void {
  for (const [name, value] of Object.entries(args)) refuseNulIn(value, name);
}

function refuseNulIn(value: unknown, name: string): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) {
      throw new GraphQLError(nulCharacterMessage(name), {
        extensions: {
          code: "BAD_USER_INPUT",
          reason: "NUL_CHARACTER",
          field: name,
          http: { status: 400 },
        },
      });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) refuseNulIn(item, name);
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) refuseNulIn(item, key);
  }
}

function refusePersonalData(args: object, info: GraphQLResolveInfo, asUnion: boolean): void {
  const field = info.parentType.getFields()[info.fieldName];
  for (const arg of field?.args ?? []) {
    const name = arg.name;
    const value = (args as Record<string, unknown>)[name];
    walk(value, arg.type, name, arg.extensions.notFreeText as NotFreeText | undefined, asUnion);
  }
}

/**
 * What of a string the check reads: free text whole; of an e-mail address the part before the @
 * (an address made of a personal identity number is one, and it is shown in the outbox and the
 * invitations); nothing of a password or a token.
 */
function checkedPart(value: string, holds: NotFreeText | undefined): string {
  if (holds === undefined) return value;
  if (holds === "email") return value.slice(0, Math.max(0, value.lastIndexOf("@")));
  return "";
}

/** Down lists and input objects to every String; a problem names the argument or input field. */
function walk(
  value: unknown,
  type: GraphQLInputType,
  name: string,
  holds: NotFreeText | undefined,
  asUnion: boolean,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    walk(value, type.ofType, name, holds, asUnion);
    return;
  }
  if (isListType(type)) {
    if (Array.isArray(value))
      for (const item of value) walk(item, type.ofType, name, holds, asUnion);
    else walk(value, type.ofType, name, holds, asUnion);
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [key, item] of Object.entries(value)) {
      const inputField = fields[key];
      if (!inputField) continue;
      walk(
        item,
        inputField.type,
        key,
        inputField.extensions.notFreeText as NotFreeText | undefined,
        asUnion,
      );
    }
    return;
  }
  if (!isScalarType(type) || type.name !== "String" || typeof value !== "string") return;
  const text = checkedPart(value, holds);
  if (text === "") return;
  const [found] = findPersonalIdentityNumbers(text);
  if (!found) return;
  const message = personalDataMessage + (couldBePhoneNumber(text, found) ? phoneNumberAdvice : "");
  if (asUnion) throw new InputError("PERSONAL_DATA", message, name);
  throw new GraphQLError(message, {
    extensions: { code: "PERSONAL_DATA", field: name, http: { status: 400 } },
  });
}
