import { useId } from "react";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const FindingCountyMap_Query = graphql(`
  fragment FindingCountyMap_Query on Query {
    countyVisits(filter: $filter) {
      counties {
        county {
          code
          name
        }
        round1
        round2
        findings
      }
    }
  }
`);

/**
 * Where each county's tile goes in a grid of four columns, roughly as the counties lie on the map:
 * Norrbotten at the top, Skåne at the bottom, Gotland out to the east.
 */
const TILES: Record<string, { row: number; column: number }> = {
  "25": { row: 1, column: 3 },
  "24": { row: 2, column: 3 },
  "23": { row: 3, column: 2 },
  "22": { row: 3, column: 3 },
  "20": { row: 4, column: 2 },
  "21": { row: 4, column: 3 },
  "17": { row: 5, column: 1 },
  "18": { row: 5, column: 2 },
  "19": { row: 5, column: 3 },
  "03": { row: 5, column: 4 },
  "14": { row: 6, column: 1 },
  "05": { row: 6, column: 2 },
  "04": { row: 6, column: 3 },
  "01": { row: 6, column: 4 },
  "13": { row: 7, column: 1 },
  "06": { row: 7, column: 2 },
  "08": { row: 7, column: 3 },
  "09": { row: 7, column: 4 },
  "12": { row: 8, column: 1 },
  "07": { row: 8, column: 2 },
  "10": { row: 8, column: 3 },
};

/**
 * A county's name on its small tile: "Västernorrlands län" as "Väster­norrland", with a soft hyphen
 * where a long name may break.
 */
function tileName(name: string): string {
  return name
    .replace(/s? län$/, "")
    .replace(/(?<=\p{L}{3})(norrland|manland|götland|botten|land|borg|berg|köping)$/u, "\u00AD$1");
}

/**
 * The findings from each county and its visited municipalities, as tiles laid out like the map and,
 * saying the same for everyone, as a table.
 */
export function FindingCountyMap({
  data,
  busy,
}: {
  data: FragmentOf<typeof FindingCountyMap_Query> | undefined;
  busy: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const captionId = useId();
  if (!data) return null;
  const { counties } = readFragment(FindingCountyMap_Query, data).countyVisits;
  const sorted = [...counties].sort((a, b) => a.county.code.localeCompare(b.county.code));
  const most = Math.max(1, ...counties.map((c) => c.findings));

  return (
    <div className="county-picture">
      <div className="county-tiles-area">
        <ul className="county-tiles" aria-hidden="true">
          {sorted.map((c) => {
            const place = TILES[c.county.code];
            // Four steps of shade by the share of the county with most findings; the text stays dark.
            const level = c.findings === 0 ? 0 : Math.ceil((c.findings / most) * 3);
            return (
              <li
                key={c.county.code}
                className={`county-tile county-tile-${level}`}
                style={place ? { gridRow: place.row, gridColumn: place.column } : undefined}
                lang={CONTENT_LANG}
              >
                <span className="county-tile-name">{tileName(c.county.name)}</span>
                <span className="county-tile-count">{formatNumber(c.findings)}</span>
                <span className="county-tile-rounds">
                  {c.round1 > 0 && (
                    <span className="county-tile-round">
                      {t("findings.tileRound", { round: 1 })}
                    </span>
                  )}
                  {c.round2 > 0 && (
                    <span className="county-tile-round">
                      {t("findings.tileRound", { round: 2 })}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        <p className="field-hint county-tiles-legend" aria-hidden="true">
          {t("findings.tileLegend")}
        </p>
      </div>
      <section
        className="table-scroll county-table"
        aria-labelledby={captionId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table className="data-table" aria-busy={busy}>
          <caption id={captionId}>{t("findings.countiesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("findings.countiesColumnCounty")}</th>
              <th scope="col" className="numeric">
                {t("findings.countiesColumnFindings")}
              </th>
              <th scope="col" className="numeric">
                {t("findings.countiesColumnRound1")}
              </th>
              <th scope="col" className="numeric">
                {t("findings.countiesColumnRound2")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.county.code}>
                <th scope="row" lang={CONTENT_LANG}>
                  {c.county.name}
                </th>
                <td className="numeric">{formatNumber(c.findings)}</td>
                <td className="numeric">{formatNumber(c.round1)}</td>
                <td className="numeric">{formatNumber(c.round2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
