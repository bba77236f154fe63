import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects a field of this name among its own (directly or through
 * fragments), so that a resolver computes a costly part only when it is asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const within = (selectionSet: SelectionSetNode | undefined, spread: Set<string>): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, spread);
      const fragment = info.fragments[selection.name.value];
      if (!fragment || spread.has(selection.name.value)) return false;
      spread.add(selection.name.value);
      return within(fragment.selectionSet, spread);
    }) ?? false;
  return info.fieldNodes.some((node) => within(node.selectionSet, new Set()));
}
