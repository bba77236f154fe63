export const sessionCookie = "ks_session";

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** httpOnly, SameSite=Lax; Secure where the portal is reached over HTTPS. */
export function sessionCookieHeader(
  token: string | null,
  options: { secure: boolean; maxAgeSeconds: number },
): string {
  const parts = [
    `${sessionCookie}=${token ? encodeURIComponent(token) : ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${token ? options.maxAgeSeconds : 0}`,
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}
