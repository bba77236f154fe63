import type { CombinedError } from "urql";
import { useI18n } from "../i18n";
import { AccessNotice } from "./access-notice";

interface QueryStatusProps {
  fetching: boolean;
  error: CombinedError | undefined;
  hasData: boolean;
  onRetry: () => void;
  /**
   * A refusal is shown as a notice with an h1 ("Logga in för att se sidan", or this heading);
   * a page that already shows its own h1 above says so with `belowPageHeading`, and gets an h2.
   */
  refusalHeading?: string;
  belowPageHeading?: boolean;
}

/** FORBIDDEN or UNAUTHENTICATED, when the API refused the query for who the person is. */
export function accessRefusal(
  error: CombinedError | undefined,
): "FORBIDDEN" | "UNAUTHENTICATED" | null {
  for (const e of error?.graphQLErrors ?? []) {
    const code = e.extensions?.code;
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") return code;
  }
  return null;
}

/**
 * Whether the API refused the query's input for this reason (`extensions.reason`, the API's stable
 * code of an input it cannot use), for a page to say so in its own words rather than as a failure.
 */
export function refusedFor(error: CombinedError | undefined, reason: string): boolean {
  return (error?.graphQLErrors ?? []).some((e) => e.extensions?.reason === reason);
}

/** What a page shows while its data is on the way or could not be had; nothing once there is data. */
export function QueryStatus({
  fetching,
  error,
  hasData,
  onRetry,
  refusalHeading,
  belowPageHeading = false,
}: QueryStatusProps) {
  const { t } = useI18n();
  if (hasData) return null;
  const refusal = accessRefusal(error);
  if (refusal) {
    return (
      <AccessNotice reason={refusal} heading={refusalHeading} level={belowPageHeading ? 2 : 1} />
    );
  }
  if (error) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t("common.error")}</p>
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      </div>
    );
  }
  if (fetching) {
    return <output className="notice">{t("common.loading")}</output>;
  }
  return null;
}
