import { useI18n } from "../i18n";

/** A span of seconds in its largest whole unit: "30 sekunder", "5 minuter", "2 timmar". */
export function useFormatInterval(): (seconds: number) => string {
  const { t } = useI18n();
  return (seconds) => {
    if (seconds >= 3600 && seconds % 3600 === 0)
      return t("interval.hours", { count: seconds / 3600 });
    if (seconds >= 60 && seconds % 60 === 0) return t("interval.minutes", { count: seconds / 60 });
    return t("interval.seconds", { count: seconds });
  };
}
