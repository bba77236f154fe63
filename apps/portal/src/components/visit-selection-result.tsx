import { useState } from "react";
import { type FragmentOf, graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const VisitSelectionResult_Selection = graphql(`
  fragment VisitSelectionResult_Selection on VisitSelection {
    id
    size
    seed
    lockedIn
    lockedOut
    savedAt
    savedByName
    invented
    groups {
      groupCode
      municipalities
      quota
      seats
    }
    picks {
      municipalityCode
      municipalityName
      countyCode
      countyName
      groupCode
      reasonKind
      reason
      seat
      order
    }
  }
`);

export type SelectionData = ResultOf<typeof VisitSelectionResult_Selection>;
export type SelectionFragment = FragmentOf<typeof VisitSelectionResult_Selection>;

const sorts = ["order", "name", "county", "group"] as const;
type Sort = (typeof sorts)[number];

type Pick = SelectionData["picks"][number];

function sorted(picks: readonly Pick[], by: Sort): Pick[] {
  const name = (a: Pick, b: Pick) => a.municipalityName.localeCompare(b.municipalityName, "sv");
  const list = [...picks];
  switch (by) {
    case "order":
      return list.sort((a, b) => a.order - b.order);
    case "name":
      return list.sort(name);
    case "county":
      return list.sort((a, b) => a.countyName.localeCompare(b.countyName, "sv") || name(a, b));
    case "group":
      return list.sort((a, b) => a.groupCode.localeCompare(b.groupCode) || a.seat - b.seat);
  }
}

/**
 * A selection's results: whether every county and group is covered, the picks with their reasons
 * (and a lock for each, when `onLock` is given) and the seats of each group.
 */
export function VisitSelectionResult({
  selection,
  idPrefix,
  counties,
  groups,
  lockedIn,
  onLock,
  busy,
}: {
  selection: SelectionData;
  idPrefix: string;
  counties: readonly { code: string; name: string }[];
  groups: readonly { code: string; name: string }[];
  lockedIn: readonly string[];
  onLock?: (code: string, how: "in" | "out" | "release") => void;
  busy?: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const [sort, setSort] = useState<Sort>("order");
  const coveredCounties = new Set(selection.picks.map((p) => p.countyCode));
  const coveredGroups = new Set(selection.picks.map((p) => p.groupCode));
  const missingCounties = counties.filter((c) => !coveredCounties.has(c.code));
  const missingGroups = groups.filter((g) => !coveredGroups.has(g.code));
  const groupName = new Map(groups.map((g) => [g.code, g.name]));
  const allMunicipalities = selection.groups.reduce((sum, g) => sum + g.municipalities, 0);
  const totalSeats = selection.groups.reduce((sum, g) => sum + g.seats, 0);
  const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)} %`;

  return (
    <>
      <section className="visit-coverage" aria-labelledby={`${idPrefix}-coverage`}>
        <h3 id={`${idPrefix}-coverage`}>{t("visitSelection.coverage")}</h3>
        <ul className="visit-coverage-list">
          <li>{t("visitSelection.pickCount", { count: selection.picks.length })}</li>
          <li className={missingCounties.length === 0 ? "visit-covered" : "visit-missing"}>
            {missingCounties.length === 0
              ? t("visitSelection.countiesCovered", { count: counties.length })
              : t("visitSelection.countiesMissing", {
                  covered: counties.length - missingCounties.length,
                  count: counties.length,
                  missing: missingCounties.map((c) => c.name).join(", "),
                })}
          </li>
          <li className={missingGroups.length === 0 ? "visit-covered" : "visit-missing"}>
            {missingGroups.length === 0
              ? t("visitSelection.groupsCovered", { count: groups.length })
              : t("visitSelection.groupsMissing", {
                  covered: groups.length - missingGroups.length,
                  count: groups.length,
                  missing: missingGroups.map((g) => g.code).join(", "),
                })}
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${idPrefix}-picks`}>
        <h3 id={`${idPrefix}-picks`}>{t("visitSelection.picks")}</h3>
        <div className="field visit-sort">
          <label htmlFor={`${idPrefix}-sort`}>{t("visitSelection.sort")}</label>
          <select
            id={`${idPrefix}-sort`}
            value={sort}
            onChange={(e) => setSort(sorts.find((s) => s === e.target.value) ?? "order")}
          >
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`visitSelection.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <section
          className="table-scroll"
          aria-labelledby={`${idPrefix}-picks-caption`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
        >
          <table className="data-table visit-picks" aria-busy={busy}>
            <caption id={`${idPrefix}-picks-caption`}>{t("visitSelection.picksCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t("visitSelection.col.order")}
                </th>
                <th scope="col">{t("visitSelection.col.municipality")}</th>
                <th scope="col">{t("visitSelection.col.county")}</th>
                <th scope="col">{t("visitSelection.col.group")}</th>
                <th scope="col">{t("visitSelection.col.reason")}</th>
                <th scope="col" className="numeric">
                  {t("visitSelection.col.seat")}
                </th>
                {onLock && <th scope="col">{t("visitSelection.col.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {sorted(selection.picks, sort).map((pick) => {
                const isIn = lockedIn.includes(pick.municipalityCode);
                const name = pick.municipalityName;
                return (
                  <tr key={pick.municipalityCode}>
                    <td className="numeric">{pick.order}</td>
                    <th scope="row" lang={CONTENT_LANG}>
                      {name}
                    </th>
                    <td lang={CONTENT_LANG}>{pick.countyName}</td>
                    <td>
                      <span className="group-code">{pick.groupCode}</span>
                    </td>
                    <td lang={CONTENT_LANG}>{pick.reason}</td>
                    <td className="numeric">{pick.seat}</td>
                    {onLock && (
                      <td>
                        <span className="button-row visit-row-actions">
                          {isIn ? (
                            <button
                              type="button"
                              className="button-secondary button-small"
                              aria-label={t("visitSelection.unlockName", { name })}
                              disabled={busy}
                              onClick={() => onLock(pick.municipalityCode, "release")}
                            >
                              {t("visitSelection.unlock")}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button-secondary button-small"
                              aria-label={t("visitSelection.lockInName", { name })}
                              disabled={busy}
                              onClick={() => onLock(pick.municipalityCode, "in")}
                            >
                              {t("visitSelection.lockIn")}
                            </button>
                          )}
                          <button
                            type="button"
                            className="button-secondary button-small"
                            aria-label={t("visitSelection.lockOutName", { name })}
                            disabled={busy}
                            onClick={() => onLock(pick.municipalityCode, "out")}
                          >
                            {t("visitSelection.lockOut")}
                          </button>
                        </span>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      </section>

      <section aria-labelledby={`${idPrefix}-groups`}>
        <h3 id={`${idPrefix}-groups`}>{t("visitSelection.groups")}</h3>
        <section
          className="table-scroll"
          aria-labelledby={`${idPrefix}-groups-caption`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
        >
          <table className="data-table visit-groups">
            <caption id={`${idPrefix}-groups-caption`}>{t("visitSelection.groupsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("visitSelection.col.groupName")}</th>
                <th scope="col" className="numeric">
                  {t("visitSelection.col.groupMunicipalities")}
                </th>
                <th scope="col" className="numeric">
                  {t("visitSelection.col.share")}
                </th>
                <th scope="col" className="numeric">
                  {t("visitSelection.col.quota")}
                </th>
                <th scope="col" className="numeric">
                  {t("visitSelection.col.seats")}
                </th>
              </tr>
            </thead>
            <tbody>
              {selection.groups.map((g) => (
                <tr key={g.groupCode}>
                  <th scope="row">
                    <span className="group-code">{g.groupCode}</span>{" "}
                    <span lang={CONTENT_LANG}>{groupName.get(g.groupCode) ?? ""}</span>
                  </th>
                  <td className="numeric">{g.municipalities}</td>
                  <td className="numeric">
                    {allMunicipalities > 0 ? percent(g.municipalities / allMunicipalities) : ""}
                  </td>
                  <td className="numeric">{formatNumber(Math.round(g.quota * 100) / 100)}</td>
                  <td className="numeric">{g.seats}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("visitSelection.total")}</th>
                <td className="numeric">{allMunicipalities}</td>
                <td className="numeric">{percent(1)}</td>
                <td />
                <td className="numeric">{totalSeats}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      </section>
    </>
  );
}
