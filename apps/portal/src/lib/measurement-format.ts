import { useMemo } from "react";
import { type MessageKey, useI18n } from "../i18n";
import type { RespondentRole, SurveyGrouping } from "./measurement-params";

const intlTag = { sv: "sv-SE", en: "en-GB" } as const;

/** A share 0–1 as a percentage with at most one decimal ("45,2 %"), and changes in points. */
export function useShareFormat() {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(intlTag[locale], {
      style: "percent",
      maximumFractionDigits: 1,
    });
    const points = new Intl.NumberFormat(intlTag[locale], {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    });
    return {
      share: (value: number | null | undefined) =>
        value === null || value === undefined
          ? t("measurement.missingValue")
          : percent.format(value),
      /** A change of shares in percentage points, signed ("+3,1 procentenheter"). */
      points: (value: number | null | undefined) => {
        if (value === null || value === undefined) return t("measurement.missingValue");
        const rounded = Math.round(value * 1000) / 10;
        const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±";
        return t("measurement.points", { sign, value: points.format(Math.abs(rounded)) });
      },
    };
  }, [t, locale]);
}

/** What a cell of the distribution or the change is keyed by. */
export interface CellKeys {
  group?: { code: string; name: string } | null;
  county?: { code: string; name: string } | null;
  role?: RespondentRole | string | null;
}

/** A cell's name in the grouping: "3 Större städer", "Gotlands län", "Chef", "Gotlands län, Chef". */
export function useCellLabel(grouping: SurveyGrouping) {
  const { t } = useI18n();
  return useMemo(() => {
    return (cell: CellKeys): string => {
      if (grouping === "TOTAL") return t("measurement.all");
      const first =
        grouping === "GROUP" || grouping === "GROUP_ROLE"
          ? cell.group
            ? `${cell.group.code} ${cell.group.name}`
            : t("measurement.noGroup")
          : grouping === "COUNTY" || grouping === "COUNTY_ROLE"
            ? (cell.county?.name ?? t("measurement.noCounty"))
            : null;
      const role = cell.role ? t(`measurement.role.${cell.role}` as MessageKey) : null;
      if (first && role) return t("measurement.cellPair", { first, second: role });
      return first ?? role ?? t("measurement.all");
    };
  }, [grouping, t]);
}

/** A stable key for a cell: its codes and role. */
export function cellKey(cell: CellKeys): string {
  return [cell.group?.code ?? "", cell.county?.code ?? "", cell.role ?? ""].join("|");
}
