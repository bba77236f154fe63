/** "https://www.av.se/" → "av.se": a link text that says where the link goes. */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
