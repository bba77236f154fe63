import { graphql, type ResultOf } from "../graphql";
import type { Problem, ProblemTexts } from "./form";
import { type PickerSource, type PickerTexts, SearchPicker } from "./search-picker";

/**
 * A person as the pages that choose one know them: their id to send, their name to show, and their
 * e-mail address to tell namesakes apart (the coordinator's to see; null where it is not known).
 */
export interface PersonChoice {
  id: string;
  name: string;
  email: string | null;
}

/** People whose name or e-mail address holds the text, the first of them by name (coordinator). */
const PersonPicker_Search = graphql(`
  query PersonPicker_Search($search: String, $first: Int) {
    peopleConnection(search: $search, first: $first) {
      totalCount
      nodes {
        id
        name
        email
      }
    }
  }
`);

/** Everyone with an account, by name, told apart by their e-mail address. */
const people: PickerSource<ResultOf<typeof PersonPicker_Search>> = {
  query: PersonPicker_Search,
  page: ({ peopleConnection: { totalCount, nodes } }) => ({
    totalCount,
    nodes: nodes.map((p) => ({ id: p.id, name: p.name, detail: p.email })),
  }),
};

const words: PickerTexts = {
  hint: "personPicker.hint",
  typeMore: "personPicker.typeMore",
  none: "personPicker.none",
  chosenMany: "personPicker.chosenMany",
  chosenOne: "personPicker.chosenOne",
  noneChosen: "personPicker.noneChosen",
};

/**
 * Choosing people among everyone with an account, however many: the coordinator types part of a
 * name or an e-mail address, the first matches are listed by name and e-mail address as checkboxes
 * (several may be chosen) or radio buttons (one), and the chosen ones are shown the same way, each
 * with a way to remove them, whether or not the current search finds them.
 */
export function PersonPicker({
  chosen,
  onChange,
  ...props
}: {
  /** The search field's name: the API's `field` for a problem with the choice. */
  name: string;
  label: string;
  hint?: string;
  /** Several people may be chosen; otherwise choosing one replaces the one chosen before. */
  multiple?: boolean;
  chosen: readonly PersonChoice[];
  onChange: (chosen: PersonChoice[]) => void;
  /** What is said when no one is chosen, where that means something on the page. */
  noneChosen?: string;
  problem?: Problem | null;
  texts?: ProblemTexts;
}) {
  return (
    <SearchPicker
      {...props}
      source={people}
      words={words}
      chosen={chosen.map((p) => ({ id: p.id, name: p.name, detail: p.email }))}
      onChange={(list) =>
        onChange(list.map((c) => ({ id: c.id, name: c.name, email: c.detail ?? null })))
      }
    />
  );
}
