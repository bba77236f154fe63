/**
 * The address form of a name: lower-case a–z, digits and single hyphens, accents dropped
 * ("Förutsättningar för god kvalitet" → "forutsattningar-for-god-kvalitet"), at most `maxLength`
 * characters, never ending in a hyphen.
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}
