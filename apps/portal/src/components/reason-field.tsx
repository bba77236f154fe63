import type { Ref } from "react";
import { Field, type Problem, type ProblemTexts } from "./form";

interface ReasonFieldProps {
  /** The API's field for it: reason, or note for a report. */
  name?: string;
  label: string;
  hint: string;
  problem: Problem | null;
  texts?: ProblemTexts;
  rows: number;
  value: string;
  onValue: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * Why, in one's own words: what a moderator tells the author of a hidden comment or a blocked
 * participant, and what someone reporting a comment adds for the moderators.
 */
export function ReasonField({
  name = "reason",
  rows,
  value,
  onValue,
  ref,
  ...field
}: ReasonFieldProps) {
  return (
    <Field name={name} {...field}>
      {(control) => (
        <textarea
          {...control}
          ref={ref}
          rows={rows}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}
