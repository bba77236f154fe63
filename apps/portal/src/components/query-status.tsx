import type { CombinedError } from "urql";
import { useI18n } from "../i18n";

interface QueryStatusProps {
  fetching: boolean;
  error: CombinedError | undefined;
  hasData: boolean;
  onRetry: () => void;
}

/** What a page shows while its data is on the way or could not be had; nothing once there is data. */
export function QueryStatus({ fetching, error, hasData, onRetry }: QueryStatusProps) {
  const { t } = useI18n();
  if (hasData) return null;
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
