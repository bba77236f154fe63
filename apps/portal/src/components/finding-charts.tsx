import { useMemo } from "react";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";
import { FINDING_KINDS, FINDING_SOURCES, type FindingFilters } from "../lib/finding-filters";
import { ChartBars, type ChartCategory, type ChartSeries } from "./chart-bars";
import type { FilterChoices } from "./finding-filters";

/** The national picture the charts draw, each breakdown under a name of its own. */
export const FindingCharts_Query = graphql(`
  fragment FindingCharts_Query on Query {
    byKind: findingCounts(groupBy: [KIND], filter: $filter) {
      cells {
        count
        kind
      }
    }
    byThemeKind: findingCounts(groupBy: [THEME, KIND], filter: $filter) {
      total
      cells {
        count
        kind
        theme {
          id
        }
      }
    }
    byGroup: findingCounts(groupBy: [GROUP], filter: $filter) {
      cells {
        count
        group {
          code
        }
      }
    }
    bySource: findingCounts(groupBy: [SOURCE], filter: $filter) {
      cells {
        count
        source
      }
    }
    byPhase: findingCounts(groupBy: [PHASE], filter: $filter) {
      cells {
        count
        phase {
          number
        }
      }
    }
    roundChange: findingRoundChange(groupBy: [THEME], filter: $filter) {
      municipalityCount
      round1Total
      round2Total
      cells {
        round1
        round2
        change
        theme {
          id
        }
      }
    }
  }
`);

const COUNT = "count";
const NO_GROUP = "-";

/** The largest category by the sum of its values, or undefined when every one is 0. */
function largest(
  categories: readonly ChartCategory[],
): { label: string; count: number } | undefined {
  let best: { label: string; count: number } | undefined;
  for (const c of categories) {
    const count = Object.values(c.values).reduce((sum, n) => sum + n, 0);
    if (count > 0 && (!best || count > best.count)) best = { label: c.label, count };
  }
  return best;
}

/**
 * The findings in five charts: by theme split into challenges and good examples, by municipality
 * group, by source, by phase, and from visit round 1 to 2 by theme.
 */
export function FindingCharts({
  data,
  choices,
  filters,
  busy,
}: {
  data: FragmentOf<typeof FindingCharts_Query> | undefined;
  choices: FilterChoices | undefined;
  filters: FindingFilters;
  busy: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const picture = data ? readFragment(FindingCharts_Query, data) : undefined;

  const kindSeries: ChartSeries[] = useMemo(
    () => [
      { key: "CHALLENGE", label: t("findingKind.plural.CHALLENGE"), look: "solid" },
      { key: "GOOD_EXAMPLE", label: t("findingKind.plural.GOOD_EXAMPLE"), look: "hatched" },
    ],
    [t],
  );
  const countSeries: ChartSeries[] = useMemo(
    () => [{ key: COUNT, label: t("findings.chart.count"), look: "solid" }],
    [t],
  );
  const roundSeries: ChartSeries[] = useMemo(
    () => [
      { key: "round1", label: t("findings.chart.round1"), look: "hatched-grey" },
      { key: "round2", label: t("findings.chart.round2"), look: "solid" },
    ],
    [t],
  );

  const charts = useMemo(() => {
    if (!picture || !choices) return undefined;
    // With a filter on themes, only those themes; else every theme, those without findings too.
    const themes =
      filters.themes.length > 0
        ? choices.themes.filter((th) => filters.themes.includes(th.slug))
        : choices.themes;

    const byTheme: ChartCategory[] = themes.map((th) => {
      const values: Record<string, number> = {};
      for (const kind of FINDING_KINDS) {
        values[kind] = picture.byThemeKind.cells
          .filter((c) => c.theme?.id === th.id && c.kind === kind)
          .reduce((sum, c) => sum + c.count, 0);
      }
      return { key: th.id, label: th.title, values };
    });

    const byGroup: ChartCategory[] = choices.groups.map((g) => ({
      key: g.code,
      label: t("findings.filter.groupOption", { code: g.code, name: g.name }),
      values: {
        [COUNT]: picture.byGroup.cells.find((c) => c.group?.code === g.code)?.count ?? 0,
      },
    }));
    const withoutGroup = picture.byGroup.cells.find((c) => !c.group)?.count ?? 0;
    if (withoutGroup > 0) {
      byGroup.push({
        key: NO_GROUP,
        label: t("findings.chart.noGroup"),
        values: { [COUNT]: withoutGroup },
      });
    }

    const bySource: ChartCategory[] = FINDING_SOURCES.map((s) => ({
      key: s,
      label: t(`findingSource.${s}`),
      values: { [COUNT]: picture.bySource.cells.find((c) => c.source === s)?.count ?? 0 },
    }));

    const byPhase: ChartCategory[] = choices.phases.map((p) => ({
      key: String(p.number),
      label: t("findings.filter.phaseOption", { number: p.number, name: p.name }),
      values: {
        [COUNT]: picture.byPhase.cells.find((c) => c.phase?.number === p.number)?.count ?? 0,
      },
    }));

    const byRound: ChartCategory[] = themes.map((th) => {
      const cell = picture.roundChange.cells.find((c) => c.theme?.id === th.id);
      return {
        key: th.id,
        label: th.title,
        values: { round1: cell?.round1 ?? 0, round2: cell?.round2 ?? 0 },
      };
    });
    return { byTheme, byGroup, bySource, byPhase, byRound };
  }, [picture, choices, filters.themes, t]);

  if (!charts || !picture) return null;

  // Each finding once, though it may have several themes.
  const kindTotal = (kind: string) =>
    picture.byKind.cells.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.count, 0);
  const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));
  const topTheme = largest(charts.byTheme);
  const topGroup = largest(charts.byGroup.filter((c) => c.key !== NO_GROUP));
  const topSource = largest(charts.bySource);
  const topPhase = largest(charts.byPhase);
  const empty = t("findings.chart.empty");
  const biggestChange = [...picture.roundChange.cells]
    .filter((c) => c.change !== 0 && c.theme)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
  const biggestTheme = biggestChange
    ? charts.byRound.find((c) => c.key === biggestChange.theme?.id)
    : undefined;

  return (
    <div className="chart-grid">
      <ChartBars
        heading={t("findings.chart.themeHeading")}
        caption={t("findings.chart.themeCaption")}
        categoryHeader={t("findings.filter.theme")}
        summary={
          topTheme
            ? t("findings.chart.themeSummary", {
                challenges: kindTotal("CHALLENGE"),
                examples: kindTotal("GOOD_EXAMPLE"),
                top: topTheme.label,
                count: topTheme.count,
              })
            : empty
        }
        series={kindSeries}
        categories={charts.byTheme}
        contentLabels
        busy={busy}
      />
      <ChartBars
        heading={t("findings.chart.roundHeading")}
        caption={t("findings.chart.roundCaption")}
        categoryHeader={t("findings.filter.theme")}
        summary={
          <>
            {t("findings.chart.roundSummary", {
              count: picture.roundChange.municipalityCount,
              round1: picture.roundChange.round1Total,
              round2: picture.roundChange.round2Total,
            })}
            {biggestChange && biggestTheme && (
              <>
                {" "}
                {t("findings.chart.roundBiggest", {
                  theme: biggestTheme.label,
                  change: signed(biggestChange.change),
                })}
              </>
            )}
          </>
        }
        series={roundSeries}
        categories={charts.byRound}
        extraColumns={[
          {
            header: t("findings.chart.change"),
            value: (c) => signed((c.values.round2 ?? 0) - (c.values.round1 ?? 0)),
          },
        ]}
        contentLabels
        busy={busy}
      />
      <ChartBars
        heading={t("findings.chart.groupHeading")}
        caption={t("findings.chart.groupCaption")}
        categoryHeader={t("findings.filter.group")}
        summary={
          topGroup
            ? t("findings.chart.groupSummary", {
                top: topGroup.label,
                count: topGroup.count,
                none: t("findings.chart.noGroup"),
              })
            : empty
        }
        series={countSeries}
        categories={charts.byGroup}
        contentLabels
        busy={busy}
      />
      <ChartBars
        heading={t("findings.chart.sourceHeading")}
        caption={t("findings.chart.sourceCaption")}
        categoryHeader={t("findings.filter.source")}
        summary={
          topSource
            ? t("findings.chart.sourceSummary", {
                top: topSource.label.toLocaleLowerCase("sv"),
                count: topSource.count,
              })
            : empty
        }
        series={countSeries}
        categories={charts.bySource}
        busy={busy}
      />
      <ChartBars
        heading={t("findings.chart.phaseHeading")}
        caption={t("findings.chart.phaseCaption")}
        categoryHeader={t("findings.filter.phase")}
        summary={
          topPhase
            ? t("findings.chart.phaseSummary", { top: topPhase.label, count: topPhase.count })
            : empty
        }
        series={countSeries}
        categories={charts.byPhase}
        contentLabels
        busy={busy}
      />
    </div>
  );
}
