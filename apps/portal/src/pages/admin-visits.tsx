import { useEffect, useRef } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable } from "../components/data-table";
import {
  VisitInventedNote,
  type VisitStatus,
  VisitStatusTag,
  visitStatuses,
  visitStatusParam,
} from "../components/visit-common";
import { VisitPlanForm } from "../components/visit-plan-form";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import "../i18n/office-texts";
import { FILTER_NAVIGATION } from "../lib/filter-navigation";

const AdminVisitsPage_Visits = graphql(`
  query AdminVisitsPage_Visits($filter: VisitFilter, $limit: Int!, $offset: Int!) {
    visits(filter: $filter, limit: $limit, offset: $offset) {
      id
      round
      date
      status
      invented
      municipality {
        code
        name
        county {
          code
          name
        }
      }
    }
    visitCount(filter: $filter)
  }
`);

const AdminVisitsPage_Choices = graphql(`
  query AdminVisitsPage_Choices {
    counties {
      code
      name
    }
    visitSelection {
      id
      picks {
        municipalityCode
        municipalityName
        countyName
      }
    }
  }
`);

/** The filters live in the address in short Swedish: ?omgang=1&status=genomfort&lan=09&sida=2. */
const PARAM = { round: "omgang", status: "status", county: "lan", page: "sida" } as const;
const PAGE_SIZE = 25;

/** The coordinator's list of municipality visits, filtered and a page at a time, and planning a new one. */
export function AdminVisitsPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t("visitAdmin.documentTitle"));
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const round = ["1", "2"].find((r) => r === params.get(PARAM.round)) ?? "";
  const status: VisitStatus | null =
    visitStatuses.find((s) => visitStatusParam[s] === params.get(PARAM.status)) ?? null;
  const county = /^\d{2}$/.test(params.get(PARAM.county) ?? "")
    ? (params.get(PARAM.county) ?? "")
    : "";
  const pageNumber = Math.max(1, Math.floor(Number(params.get(PARAM.page) ?? "1")) || 1);
  const filter = {
    round: round ? Number(round) : null,
    status,
    countyCode: county || null,
  };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminVisitsPage_Visits,
    variables: { filter, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE },
    requestPolicy: "cache-and-network",
  });
  const [choices] = useQuery({
    query: AdminVisitsPage_Choices,
    requestPolicy: "cache-and-network",
  });
  const filtered = round !== "" || status !== null || county !== "";
  const count = data?.visitCount ?? 0;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const from = count === 0 ? 0 : (pageNumber - 1) * PAGE_SIZE + 1;
  const to = Math.min(count, pageNumber * PAGE_SIZE);

  const setParam = (name: string, value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        // A new filter starts on the first page.
        if (name !== PARAM.page) next.delete(PARAM.page);
        return next;
      },
      { ...FILTER_NAVIGATION, replace: name !== PARAM.page },
    );
  };
  const pageHref = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set(PARAM.page, String(n));
    else next.delete(PARAM.page);
    const query = next.toString();
    return query ? `${location.pathname}?${query}` : location.pathname;
  };

  // After moving to another page, focus goes to the list's count, so reading starts there.
  const summary = useRef<HTMLOutputElement>(null);
  const previousPage = useRef(pageNumber);
  useEffect(() => {
    if (previousPage.current !== pageNumber) {
      previousPage.current = pageNumber;
      summary.current?.focus();
    }
  }, [pageNumber]);

  const selection = choices.data ? (choices.data.visitSelection?.picks ?? null) : undefined;

  return (
    <>
      <div className="page-intro">
        <h1>{t("visitAdmin.heading")}</h1>
        <p className="lead">{t("visitAdmin.intro")}</p>
        <p>
          <Link to="/admin/besok/urval">{t("visitAdmin.toSelection")}</Link>
        </p>
      </div>

      <search aria-label={t("visitAdmin.filtersLabel")}>
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor="visit-filter-round">{t("visitAdmin.round")}</label>
            <select
              id="visit-filter-round"
              value={round}
              onChange={(e) => setParam(PARAM.round, e.target.value)}
            >
              <option value="">{t("visitAdmin.allRounds")}</option>
              <option value="1">{t("visitAdmin.roundOption.1")}</option>
              <option value="2">{t("visitAdmin.roundOption.2")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="visit-filter-status">{t("visitAdmin.status")}</label>
            <select
              id="visit-filter-status"
              value={status ? visitStatusParam[status] : ""}
              onChange={(e) => setParam(PARAM.status, e.target.value)}
            >
              <option value="">{t("visitAdmin.allStatuses")}</option>
              {visitStatuses.map((s) => (
                <option key={s} value={visitStatusParam[s]}>
                  {t(`visitStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="visit-filter-county">{t("visitAdmin.county")}</label>
            <select
              id="visit-filter-county"
              value={county}
              onChange={(e) => setParam(PARAM.county, e.target.value)}
            >
              <option value="">{t("visitAdmin.allCounties")}</option>
              {choices.data?.counties.map((c) => (
                <option key={c.code} value={c.code} lang={CONTENT_LANG}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </form>
      </search>

      <div className="result-bar">
        <output ref={summary} tabIndex={-1} className="summary">
          {data &&
            (count > PAGE_SIZE
              ? t("visitAdmin.showing", { from, to, count })
              : t("visitAdmin.count", { count }))}
        </output>
        {filtered && <Link to="/admin/besok">{t("visitAdmin.clearFilters")}</Link>}
      </div>

      {data?.visits.some((v) => v.invented) && <VisitInventedNote kind="list" />}
      <DataTable
        captionId="admin-visits-caption"
        caption={t("visitAdmin.caption")}
        busy={fetching}
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
        empty={filtered ? t("visitAdmin.empty") : t("visitAdmin.emptyAll")}
        columns={
          <>
            <th scope="col">{t("visitAdmin.col.municipality")}</th>
            <th scope="col">{t("visitAdmin.col.county")}</th>
            <th scope="col">{t("visitAdmin.col.round")}</th>
            <th scope="col">{t("visitAdmin.col.date")}</th>
            <th scope="col">{t("visitAdmin.col.status")}</th>
          </>
        }
        rows={data?.visits}
        row={(visit) => (
          <tr key={visit.id}>
            <th scope="row" lang={CONTENT_LANG}>
              <Link to={`/admin/besok/${visit.id}`}>{visit.municipality.name}</Link>
            </th>
            <td lang={CONTENT_LANG}>{visit.municipality.county.name}</td>
            <td>{t("visitAdmin.roundOption", { round: visit.round })}</td>
            <td>
              <time dateTime={visit.date}>{formatDate(visit.date)}</time>
            </td>
            <td>
              <VisitStatusTag status={visit.status} />
              {visit.invented && (
                <>
                  {" "}
                  <span className="tag visit-invented-tag">{t("visitAdmin.inventedTag")}</span>
                </>
              )}
            </td>
          </tr>
        )}
      />

      {pages > 1 && (
        <nav className="visit-pager" aria-label={t("visitAdmin.pager")}>
          <ul>
            {pageNumber > 1 && (
              <li>
                <Link to={pageHref(pageNumber - 1)}>{t("visitAdmin.previous")}</Link>
              </li>
            )}
            {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                <Link to={pageHref(n)} aria-current={n === pageNumber ? "page" : undefined}>
                  {n}
                </Link>
              </li>
            ))}
            {pageNumber < pages && (
              <li>
                <Link to={pageHref(pageNumber + 1)}>{t("visitAdmin.next")}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}

      <section className="section" aria-labelledby="visit-plan-heading">
        <h2 id="visit-plan-heading">{t("visitAdmin.plan")}</h2>
        {selection !== undefined && <VisitPlanForm picks={selection} />}
      </section>
    </>
  );
}
