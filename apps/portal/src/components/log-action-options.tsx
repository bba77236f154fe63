import { useI18n } from "../i18n";
import { actionNameKey, areaNameKey, areaOf, logAreas, loggedActions } from "../lib/log-actions";

/**
 * The actions of the log as the options of a select, by their names and grouped by area; an area's
 * first option chooses all of its actions (the API filters by prefix). An action chosen in the
 * address that the portal has no name for is offered as "Annan händelse".
 */
export function LogActionOptions({ selected }: { selected: string }) {
  const { t } = useI18n();
  const nameOf = (action: string) => {
    const key = actionNameKey(action);
    return key ? t(key) : t("log.generic.name");
  };
  const known =
    selected === "" ||
    logAreas.some((a) => `${a}.` === selected) ||
    loggedActions.includes(selected);
  return (
    <>
      {logAreas.map((area) => {
        const key = areaNameKey(area);
        const label = key ? t(key) : t("log.generic.area");
        return (
          <optgroup key={area} label={label}>
            <option value={`${area}.`}>{t("adminLog.allOf", { area: label })}</option>
            {loggedActions
              .filter((action) => areaOf(action) === area)
              .map((action) => (
                <option key={action} value={action}>
                  {nameOf(action)}
                </option>
              ))}
          </optgroup>
        );
      })}
      {!known && <option value={selected}>{t("log.generic.name")}</option>}
    </>
  );
}
