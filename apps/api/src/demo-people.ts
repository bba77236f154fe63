import { demoPassword, demoPeople } from "@kraftsamling/db/demo";

const roleNames: Record<string, string> = {
  coordinator: "samordnare (coordinator)",
  moderator: "moderator",
  member: "medlem (partner member)",
  observer: "observatör (observer)",
};

/** The demo people as a short table for the console at start. */
export function demoPeopleForConsole(): string {
  const lines = demoPeople.map((p) => {
    const orgs = p.memberships
      .map((m) => `${m.organisationSlug}${m.role === "admin" ? " (admin)" : ""}`)
      .join(", ");
    return `  ${p.email.padEnd(42)} ${roleNames[p.role] ?? p.role}${orgs ? ` · ${orgs}` : ""}`;
  });
  return `\nDemo people (fictional); sign in at /logga-in with the e-mail and the password ${demoPassword}\n${lines.join("\n")}\n\n`;
}
