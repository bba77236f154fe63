import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  type ValueNode,
  valueFromAST,
  valueFromASTUntyped,
} from "graphql";

/**
 * The cost of an operation is what its answer may hold: every object in it costs 1, and a list
 * multiplies the cost of what each item selects by how many items it may return. A list with a
 * `first` or `limit` argument returns at most that many; a list of reference data has a known
 * size (`listSizes`); any other list counts as `defaultListSize`. So nested lists multiply, and a
 * cycle in the graph (county → municipalities → county → municipalities …) costs what it would
 * return, and is refused before anything runs. Introspection counts the same way, with the sizes
 * of this schema's own lists of types, fields and arguments.
 */
export interface CostOptions {
  maxCost: number;
  /** The size of a list without a `first` or `limit` argument and without a known size. */
  defaultListSize: number;
  /** Known upper sizes, by `Type.field`. */
  listSizes: Record<string, number>;
  /**
   * Sizes that follow from the arguments of the field that returned the list's object, by
   * `Type.field`: a picture's cells are as many as its dimensions' combinations. Takes the
   * place of `listSizes` where the owning field's arguments are known.
   */
  listSizesByOwner?: Record<string, (ownerArguments: Record<string, unknown>) => number>;
}

/** The most items of reference data that one list returns (290 municipalities in 21 counties). */
export const referenceListSizes: Record<string, number> = {
  "Query.counties": 21,
  "Query.municipalities": 290,
  "Query.municipalityGroups": 9,
  "County.municipalities": 49,
  "MunicipalityGroup.municipalities": 60,
  "Query.phases": 5,
  "Query.proposals": 10,
  "Query.visitQuestions": 7,
  "CountyVisitSummary.counties": 21,
};

/**
 * Lists that grow with use and are not yet pages: counted at a size they may well reach, so that a
 * thread's comments nested in its comments are refused rather than counted as 50 × 50.
 */
export const growingListSizes: Record<string, number> = {
  "Theme.comments": 100,
  "BlogPost.comments": 100,
  "Query.moderationQueue": 100,
  "Query.people": 100,
  "Query.invitations": 100,
  "Query.organisations": 100,
  "Organisation.members": 100,
  "Organisation.invitations": 100,
  "Meeting.registrations": 100,
  "Meeting.questions": 500,
  "Meeting.speakerList": 200,
  "Comment.reports": 10,
  "Comment.revisions": 10,
  "Person.memberships": 10,
  "Meeting.programme": 20,
  "ConferenceSlot.seminars": 20,
  "MeetingRegistration.seminarPicks": 20,
  "Visit.participants": 40,
  "Visit.answers": 7,
  "Visit.findings": 200,
  "Meeting.findings": 200,
  "Finding.themes": 10,
  "Finding.revisions": 50,
  "FindingRevision.themes": 10,
  "VisitSelection.picks": 290,
  "VisitSelection.groups": 9,
  "FindingCounts.cells": 1000,
  "FindingRoundComparison.cells": 1000,
  "Query.directTimeDistribution": 100,
  "DirectTimeComparison.cells": 100,
  "SurveyImport.problems": 1001,
  "Query.commitmentActors": 50,
  "Commitment.children": 20,
  "Commitment.timeline": 100,
  "Commitment.findings": 200,
  "Commitment.meetings": 50,
  "Query.quarterlyReports": 64,
  "QuarterlyReport.findingsByTheme": 50,
  "QuarterlyReport.meetingsHeld": 200,
  "QuarterlyReport.visits": 120,
  "QuarterlyReport.commitmentChanges": 500,
  "ReportMeasurement.cells": 10,
};

/** How many values a dimension of the national picture may take, and one for "none". */
const orNone = (values: number | undefined) => (values ?? 0) + 1;

/**
 * How many values each dimension of the national picture takes: the reference lists' sizes, each
 * with one for "none" (a finding without a municipality has no county or group). Themes grow with
 * the mission: 30 is far above what it holds. Kind and source are always set.
 */
const pictureDimensionSizes: Record<string, number> = {
  theme: orNone(30),
  group: orNone(referenceListSizes["Query.municipalityGroups"]),
  county: orNone(referenceListSizes["Query.counties"]),
  phase: orNone(referenceListSizes["Query.phases"]),
  kind: 2,
  source: 7,
  round: orNone(2),
};

/**
 * A picture holds a cell per combination of the dimensions it is grouped by that has findings:
 * at most the product of their sizes, and never counted above the list's own bound.
 */
function pictureCells(bound: number) {
  return (ownerArguments: Record<string, unknown>) => {
    const groupBy = ownerArguments.groupBy;
    if (!Array.isArray(groupBy)) return bound;
    let cells = 1;
    for (const dimension of groupBy)
      cells *= pictureDimensionSizes[String(dimension).toLowerCase()] ?? bound;
    return Math.min(bound, cells);
  };
}

export const costOptions: CostOptions = {
  maxCost: 50_000,
  defaultListSize: 50,
  listSizes: { ...referenceListSizes, ...growingListSizes },
  listSizesByOwner: {
    "FindingCounts.cells": pictureCells(growingListSizes["FindingCounts.cells"] ?? 1000),
    "FindingRoundComparison.cells": pictureCells(
      growingListSizes["FindingRoundComparison.cells"] ?? 1000,
    ),
  },
};

const pageArguments = ["first", "limit", "last"];

/** A connection's page without `first` or `last`, and the most one page holds. */
export const connectionPage = { defaultSize: 50, maxSize: 100 };

/** A Relay connection: its `edges` and `nodes` hold one page, as many as its `first`/`last` ask. */
export function isConnectionType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return "pageInfo" in fields && "edges" in fields;
}

/** The average length of the introspection lists of one schema, computed once per schema. */
const introspectionSizes = new WeakMap<GraphQLSchema, Record<string, number>>();

function introspectionListSizes(schema: GraphQLSchema): Record<string, number> {
  const known = introspectionSizes.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) =>
    counts.length === 0
      ? 1
      : Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length));
  const fieldsOf = types.filter(isObjectOrInterface).flatMap((t) => Object.values(t.getFields()));
  const sizes: Record<string, number> = {
    "__Schema.types": types.length,
    "__Schema.directives": schema.getDirectives().length,
    "__Type.fields": average(
      types.filter(isObjectOrInterface).map((t) => Object.keys(t.getFields()).length),
    ),
    "__Type.inputFields": average(
      types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length),
    ),
    "__Type.enumValues": average(types.filter(isEnumType).map((t) => t.getValues().length)),
    "__Type.interfaces": average(
      types.filter(isObjectOrInterface).map((t) => t.getInterfaces().length),
    ),
    "__Type.possibleTypes": average(
      types.filter(isAbstractType).map((t) => schema.getPossibleTypes(t).length),
    ),
    "__Field.args": average(fieldsOf.map((f) => f.args.length)),
    "__Directive.args": average(schema.getDirectives().map((d) => d.args.length)),
    "__Directive.locations": average(schema.getDirectives().map((d) => d.locations.length)),
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}

export class QueryCostError extends GraphQLError {
  constructor(
    readonly cost: number,
    readonly maxCost: number,
  ) {
    super(
      `The query costs ${cost.toLocaleString("en")}, more than the limit of ${maxCost.toLocaleString("en")}: nested lists multiply (each list counts as many items as it may return), so ask for fewer nested lists or fewer items (first/limit).`,
      { extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost, http: { status: 400 } } },
    );
  }
}

/** The list sizes of the options and of the schema's introspection, merged once per pair. */
const mergedSizes = new WeakMap<GraphQLSchema, WeakMap<CostOptions, Record<string, number>>>();

function knownListSizes(schema: GraphQLSchema, options: CostOptions): Record<string, number> {
  let bySchema = mergedSizes.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    mergedSizes.set(schema, bySchema);
  }
  let sizes = bySchema.get(options);
  if (!sizes) {
    sizes = { ...introspectionListSizes(schema), ...options.listSizes };
    bySchema.set(options, sizes);
  }
  return sizes;
}

/** Computes the cost of one operation; variables fill in `first` and `limit` where given. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  options: CostOptions = costOptions,
  variables: Record<string, unknown> = {},
): number {
  return costOf(schema, operation, fragments, options, variables).cost;
}

/** The cost, and whether a page size came from a variable (else the cost is the document's own). */
function costOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  options: CostOptions,
  variables: Record<string, unknown>,
): { cost: number; readsVariables: boolean } {
  let readsVariables = false;
  const noteVariables = (value: ValueNode) => {
    if (readsVariables) return;
    if (value.kind === Kind.VARIABLE) readsVariables = true;
    else if (value.kind === Kind.LIST) value.values.forEach(noteVariables);
    else if (value.kind === Kind.OBJECT) for (const f of value.fields) noteVariables(f.value);
  };
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, readsVariables };
  const sizes = knownListSizes(schema, options);

  // Variables as the operation will see them: a variable left out takes its default.
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue)
      values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  /** The arguments of the field that returned an object, as the resolver will see them. */
  const argumentsOf = (owner: Owner): Record<string, unknown> => {
    const given: Record<string, unknown> = {};
    for (const definition of owner.field.args) {
      const argument = owner.node.arguments?.find((a) => a.name.value === definition.name);
      if (argument) noteVariables(argument.value);
      given[definition.name] = argument
        ? valueFromAST(argument.value, definition.type, values)
        : definition.defaultValue;
    }
    return given;
  };

  const listSize = (
    parent: GraphQLNamedType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    owner: Owner | undefined,
  ) => {
    const byOwner = owner && options.listSizesByOwner?.[`${parent.name}.${field.name}`];
    if (byOwner && owner) return byOwner(argumentsOf(owner));
    const known = sizes[`${parent.name}.${field.name}`] ?? options.defaultListSize;
    for (const name of pageArguments) {
      const definition = field.args.find((a) => a.name === name);
      if (!definition) continue;
      const given = node.arguments?.find((a) => a.name.value === name);
      if (given) noteVariables(given.value);
      const value = given
        ? valueFromAST(given.value as ValueNode, definition.type, values)
        : definition.defaultValue;
      // A resolver reads a null limit as its default, and zero or less as one item.
      if (typeof value === "number" && Number.isFinite(value)) return Math.max(1, value);
      return typeof definition.defaultValue === "number"
        ? Math.max(1, definition.defaultValue)
        : known;
    }
    return known;
  };

  /** The page a connection field asks for: `first` or `last`, else the default, at most the cap. */
  const pageSize = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    let size: number | undefined;
    for (const name of ["first", "last"]) {
      const definition = field.args.find((a) => a.name === name);
      const given = node.arguments?.find((a) => a.name.value === name);
      if (!definition || !given) continue;
      noteVariables(given.value);
      const value = valueFromAST(given.value as ValueNode, definition.type, values);
      if (typeof value === "number" && Number.isFinite(value)) size = Math.max(size ?? 0, value);
    }
    return Math.min(connectionPage.maxSize, Math.max(1, size ?? connectionPage.defaultSize));
  };

  const selectionCost = (
    parent: GraphQLNamedType,
    selectionSet: SelectionSetNode,
    spreading: Set<string>,
    page?: number,
    owner?: Owner,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(parent, selection, spreading, page, owner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        total += selectionCost(on, selection.selectionSet, spreading, page, owner);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment that spreads itself is refused by the standard rules; count it once here.
        if (!fragment || spreading.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? parent;
        spreading.add(name);
        total += selectionCost(on, fragment.selectionSet, spreading, page, owner);
        spreading.delete(name);
      }
    }
    return total;
  };

  const fieldCost = (
    parent: GraphQLNamedType,
    node: FieldNode,
    spreading: Set<string>,
    page?: number,
    owner?: Owner,
  ): number => {
    const name = node.name.value;
    if (name === "__typename") return 0;
    const field = fieldOf(schema, parent, name);
    if (!field) return 0;
    const type = getNamedType(field.type);
    // A connection passes its page size to its own `edges` and `nodes`, and to nothing deeper.
    const childPage = isConnectionType(type) ? pageSize(field, node) : undefined;
    const children = node.selectionSet
      ? selectionCost(type, node.selectionSet, spreading, childPage, { field, node })
      : 0;
    const list = isListType(getNullableType(field.type));
    // A scalar costs nothing of its own; an object costs 1 and what it selects. The schema's own
    // description lives in memory: there only its lists count, not the links between its objects.
    const own = !node.selectionSet || (isIntrospectionType(type) && !list) ? 0 : 1;
    const each = own + children;
    if (!list) return each;
    const onePage =
      page !== undefined && isConnectionType(parent) && (name === "edges" || name === "nodes");
    return (onePage ? page : listSize(parent, field, node, owner)) * each;
  };

  const cost = selectionCost(root, operation.selectionSet, new Set());
  return { cost, readsVariables };
}

/** The field that returned the objects whose fields are being counted, with its node. */
interface Owner {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

function isObjectOrInterface(type: unknown): type is GraphQLObjectType | GraphQLInterfaceType {
  return isObjectType(type) || isInterfaceType(type);
}

function fieldOf(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  // graphql-js keeps the meta fields outside the root type's field map.
  if (name === "__schema" && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === "__type" && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined;
}

/**
 * The cost of the operation to run (the named one, or the only one), or undefined when there is
 * none; computed once per document where its page sizes are written in it (`cachedCost`).
 */
export function documentCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  options: CostOptions = costOptions,
): number | undefined {
  const operation = operationToRun(document, operationName);
  if (!operation) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return cachedCost(schema, document, operation, fragments, options, variables ?? {});
}

/** The operation a request runs: the one it names, or the document's only one. */
export function operationToRun(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

/**
 * Throws a QueryCostError when the operation to run (the named one, or the only one) costs more
 * than the limit. Runs once the variables are known, before any resolver.
 */
export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  options: CostOptions = costOptions,
): void {
  const cost = documentCost(schema, document, operationName, variables, options);
  if (cost !== undefined && cost > options.maxCost) throw new QueryCostError(cost, options.maxCost);
}

/**
 * Costs of documents whose page sizes are written in them, not given as variables: Apollo keeps a
 * parsed document and hands the same object to every request with the same text, so such a cost is
 * computed once per document and operation, not per request.
 */
const documentCosts = new WeakMap<
  DocumentNode,
  { schema: GraphQLSchema; byOperation: Map<string, number> }
>();

function cachedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  options: CostOptions,
  variables: Record<string, unknown>,
): number {
  // Only with the API's own options: tests pass options of their own.
  const cacheable = options === costOptions;
  const key = operation.name?.value ?? "";
  let entry = cacheable ? documentCosts.get(document) : undefined;
  if (entry && entry.schema !== schema) entry = undefined;
  const known = entry?.byOperation.get(key);
  if (known !== undefined) return known;
  const { cost, readsVariables } = costOf(schema, operation, fragments, options, variables);
  if (cacheable && !readsVariables) {
    if (!entry) {
      entry = { schema, byOperation: new Map() };
      documentCosts.set(document, entry);
    }
    entry.byOperation.set(key, cost);
  }
  return cost;
}
