import { InputError } from "../shared/errors";
import { slugify } from "../shared/slug";

export const maximumTitleLength = 200;
export const maximumPostLength = 100_000;

/** A title: trimmed, 3 to 200 characters (the input guard has refused personal identity numbers). */
export function checkPostTitle(title: string): string {
  const text = title.trim();
  if (text.length < 3 || text.length > maximumTitleLength) {
    throw new InputError(
      "TITLE_LENGTH",
      `A title holds 3 to ${maximumTitleLength} characters.`,
      "title",
    );
  }
  return text;
}

/** A post's text in the portal's Markdown: not empty, not too long. */
export function checkPostBody(body: string): string {
  const text = body.trim();
  if (text === "") throw new InputError("BODY_EMPTY", "Write the post before you save it.", "body");
  if (text.length > maximumPostLength) {
    throw new InputError(
      "BODY_TOO_LONG",
      `A post holds at most ${maximumPostLength} characters.`,
      "body",
    );
  }
  return text;
}

/** A slug for the post's address: lower-case letters, digits and hyphens, from the title if none given. */
export function postSlug(slug: string | null | undefined, title: string): string {
  const source = slug?.trim() || title;
  const made = slugify(source, 80);
  if (made.length < 3) {
    throw new InputError(
      "SLUG_INVALID",
      "The address needs at least 3 letters or digits (a–z, 0–9, hyphens).",
      "slug",
    );
  }
  return made;
}
