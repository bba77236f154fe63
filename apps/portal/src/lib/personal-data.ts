import { holdsPersonalIdentityNumber } from "@kraftsamling/domain";
import { type Problem, problem } from "../components/form";

/**
 * The same check the API makes, run before anything is sent: a text holding a valid Swedish
 * personal identity or coordination number, however disguised (other digits, invisible characters,
 * any dash, space, dot or slash), never leaves the browser. Null when the text is clean.
 */
export function personalDataProblem(text: string, field = "body"): Problem | null {
  return holdsPersonalIdentityNumber(text) ? problem("PERSONAL_DATA", field) : null;
}
