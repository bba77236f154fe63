import { graphql, type ResultOf } from "../graphql";
import type { Problem, ProblemTexts } from "./form";
import { type PickerSource, type PickerTexts, SearchPicker } from "./search-picker";

/** An organisation as the pages that choose one know it: enough to send its id and show its name. */
export interface OrganisationChoice {
  id: string;
  name: string;
}

/** Organisations whose name or short name holds the text, the first of them in Swedish order. */
const OrganisationPicker_Search = graphql(`
  query OrganisationPicker_Search($search: String, $first: Int) {
    organisationsConnection(search: $search, first: $first) {
      totalCount
      nodes {
        id
        name
        shortName
      }
    }
  }
`);

/** Organisations by name, told apart by their short name. */
const organisations: PickerSource<ResultOf<typeof OrganisationPicker_Search>> = {
  query: OrganisationPicker_Search,
  page: ({ organisationsConnection: { totalCount, nodes } }) => ({
    totalCount,
    nodes: nodes.map((o) => ({ id: o.id, name: o.name, detail: o.shortName })),
  }),
};

const words: PickerTexts = {
  hint: "organisationPicker.hint",
  typeMore: "organisationPicker.typeMore",
  none: "organisationPicker.none",
  chosenMany: "organisationPicker.chosenMany",
  chosenOne: "organisationPicker.chosenOne",
  noneChosen: "organisationPicker.noneChosen",
};

/**
 * Choosing organisations among however many there are: the person types part of a name or a short
 * name, the first matches are listed under the field as checkboxes (several may be chosen) or radio
 * buttons (one), and the chosen ones are shown by name, each with a way to remove it, whether or not
 * the current search finds them. When the whole list is short, it is shown before any typing.
 */
export function OrganisationPicker({
  onChange,
  ...props
}: {
  /** The search field's name: the API's `field` for a problem with the choice. */
  name: string;
  label: string;
  hint?: string;
  /** Several organisations may be chosen; otherwise choosing one replaces the one chosen before. */
  multiple?: boolean;
  chosen: readonly OrganisationChoice[];
  onChange: (chosen: OrganisationChoice[]) => void;
  /** What is said when none is chosen, where that means something on the page ("Ingen organisation"). */
  noneChosen?: string;
  problem?: Problem | null;
  texts?: ProblemTexts;
}) {
  return (
    <SearchPicker
      {...props}
      source={organisations}
      words={words}
      // A chosen organisation is shown by its name alone, as the pages know it after a reload.
      onChange={(chosen) => onChange(chosen.map(({ id, name }) => ({ id, name })))}
    />
  );
}
