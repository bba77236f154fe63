import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import {
  FindingAdminForm,
  FindingAdminForm_Choices,
  FindingAdminForm_Finding,
} from "../components/finding-admin-form";
import {
  FindingAdminHistory,
  FindingAdminHistory_Finding,
} from "../components/finding-admin-history";
import {
  FindingAdminWorkflow,
  FindingAdminWorkflow_Finding,
} from "../components/finding-admin-workflow";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import "../i18n/office-texts";

const AdminFindingEditPage_Finding = graphql(
  `
    query AdminFindingEditPage_Finding($id: ID!) {
      finding(id: $id) {
        id
        title
        status
        source
        invented
        visit {
          id
          round
          municipality {
            code
            name
          }
        }
        ...FindingAdminForm_Finding
        ...FindingAdminWorkflow_Finding
        ...FindingAdminHistory_Finding
      }
      ...FindingAdminForm_Choices
    }
  `,
  [
    FindingAdminForm_Finding,
    FindingAdminWorkflow_Finding,
    FindingAdminHistory_Finding,
    FindingAdminForm_Choices,
  ],
);

/** The coordinator's page of one finding: where it stands, its content, and every version of it. */
export function AdminFindingEditPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminFindingEditPage_Finding,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const finding = data?.finding;
  useDocumentTitle(
    finding
      ? t("findingAdmin.editDocumentTitle", { title: finding.title })
      : t("findingAdmin.documentTitle"),
  );
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [saved, setSaved] = useState(created ? t("findingAdmin.created") : "");
  const notice = useRef<HTMLOutputElement>(null);
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  useEffect(() => {
    if (saved) notice.current?.focus();
  }, [saved]);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/iakttagelser">{t("findingAdmin.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {data && !finding && (
        <>
          <div className="page-intro">
            <h1>{t("findingAdmin.heading")}</h1>
          </div>
          <p>{t("findingAdmin.notFound")}</p>
        </>
      )}
      {finding && (
        <>
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>{finding.title}</h1>
            <p className="lead">
              {t(`findingAdmin.source.${finding.source}`)}
              {finding.visit && (
                <>
                  {" – "}
                  <Link to={`/admin/besok/${finding.visit.id}`}>
                    {t("findingAdmin.fromVisit", {
                      municipality: finding.visit.municipality.name,
                      round: finding.visit.round,
                    })}
                  </Link>
                </>
              )}
              {finding.invented && (
                <>
                  {" "}
                  <span className="tag">{t("findingAdmin.invented")}</span>
                </>
              )}
            </p>
            {finding.status === "PUBLISHED" && (
              <p>
                <Link to={`/iakttagelser/${finding.id}`}>{t("findingAdmin.viewPublic")}</Link>
              </p>
            )}
          </div>
          {saved && (
            <output ref={notice} tabIndex={-1} className="notice notice-success">
              {saved}
            </output>
          )}
          <section className="section" aria-labelledby="finding-admin-status">
            <h2 id="finding-admin-status">{t("findingAdmin.statusHeading")}</h2>
            <FindingAdminWorkflow
              finding={finding}
              onChanged={() => {
                setSaved("");
                refresh();
              }}
            />
          </section>
          <section className="section" aria-labelledby="finding-admin-details">
            <h2 id="finding-admin-details">{t("findingAdmin.details")}</h2>
            <FindingAdminForm
              key={finding.id}
              finding={finding}
              choices={data}
              onSaved={(_id, version, revised) => {
                setSaved("");
                // A new message each time, so that it is announced again.
                setTimeout(
                  () =>
                    setSaved(
                      revised
                        ? t("findingAdmin.savedRevised", { version })
                        : t("findingAdmin.saved"),
                    ),
                  0,
                );
                refresh();
              }}
            />
          </section>
          <section className="section" aria-labelledby="finding-admin-history">
            <h2 id="finding-admin-history">{t("findingAdmin.history")}</h2>
            <FindingAdminHistory finding={finding} />
          </section>
        </>
      )}
    </>
  );
}
