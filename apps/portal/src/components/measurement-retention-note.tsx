import { useQuery } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";

const MeasurementRetentionNote_Settings = graphql(`
  query MeasurementRetentionNote_Settings {
    measurementSettings {
      respondentRetentionDays
    }
  }
`);

/**
 * What the time-use survey keeps of its respondents and for how long, by the retention the
 * coordinator has set; nothing until it is known.
 */
export function MeasurementRetentionNote() {
  const { t } = useI18n();
  const [settings] = useQuery({ query: MeasurementRetentionNote_Settings });
  const days = settings.data?.measurementSettings.respondentRetentionDays;
  if (days === undefined) return null;
  return (
    <p className="measurement-retention">
      {t("measurement.retention", { days: t("measurement.retentionDays", { count: days }) })}
    </p>
  );
}
