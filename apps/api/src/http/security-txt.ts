import { Router } from "express";

/** RFC 9116 asks for less than a year: 180 days, renewed at every request. */
const validityMs = 180 * 24 * 3600_000;

/**
 * security.txt (RFC 9116) for this installation: where to report a vulnerability (the office's
 * address, CONTACT_EMAIL, and the portal's contact page), in Swedish or English, and at which
 * address the file is canonical (PUBLIC_URL). Written at each request, so that it never passes its
 * Expires (180 days ahead).
 */
export function securityTxt(options: {
  publicUrl: string;
  contactEmail: string;
  now: Date;
}): string {
  const { publicUrl, contactEmail, now } = options;
  const expires = new Date(Math.floor((now.getTime() + validityMs) / 1000) * 1000);
  return [
    `Contact: mailto:${contactEmail}`,
    `Contact: ${publicUrl}/kontakt`,
    `Expires: ${expires.toISOString().replace(".000Z", "Z")}`,
    "Preferred-Languages: sv, en",
    `Canonical: ${publicUrl}/.well-known/security.txt`,
    "",
  ].join("\n");
}

/** `/.well-known/security.txt`, from the configuration; real time, not the portal's clock. */
export function securityTxtRoutes(options: { publicUrl: string; contactEmail: string }): Router {
  const router = Router();
  router.get("/.well-known/security.txt", (_req, res) => {
    res.set({
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    });
    res.send(securityTxt({ ...options, now: new Date() }));
  });
  return router;
}
