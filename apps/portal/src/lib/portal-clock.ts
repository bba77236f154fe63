import { graphql } from "../graphql";
import { postPersisted } from "./persisted-operations";

const PortalClock = graphql(`
  query PortalClock {
    now
  }
`);

/**
 * The portal's "now": the API's clock, which DEMO_DATE may move, reckoned from the browser's by the
 * difference the API told at start. Until it answers (or if it cannot), the browser's time.
 */
let offsetMs = 0;

/** Asks the API for its time once; call at start. */
export async function syncPortalClock(): Promise<void> {
  try {
    const sentAt = Date.now();
    const response = await postPersisted(PortalClock);
    const answer = (await response.json()) as { data?: { now?: string } };
    if (!answer.data?.now) return;
    const receivedAt = Date.now();
    // The answer was made about halfway through the round trip.
    offsetMs = new Date(answer.data.now).getTime() - (sentAt + receivedAt) / 2;
  } catch {
    // Without an answer, the browser's clock stands in.
  }
}

/** Now by the portal's clock. */
export function portalNow(): Date {
  return new Date(Date.now() + offsetMs);
}
