import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { FindingAdminForm, FindingAdminForm_Choices } from "../components/finding-admin-form";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import "../i18n/office-texts";

const AdminFindingNewPage_Choices = graphql(
  `
    query AdminFindingNewPage_Choices {
      ...FindingAdminForm_Choices
    }
  `,
  [FindingAdminForm_Choices],
);

/**
 * A new finding, saved as a draft; its own page follows. `?besok=<id>` starts it from that visit,
 * as the visit's page links to it.
 */
export function AdminFindingNewPage() {
  const { t } = useI18n();
  useDocumentTitle(t("findingAdmin.newDocumentTitle"));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const visitId = params.get("besok");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminFindingNewPage_Choices,
    requestPolicy: "cache-and-network",
  });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/iakttagelser">{t("findingAdmin.back")}</Link>
      </p>
      <div className="page-intro">
        <h1>{t("findingAdmin.new")}</h1>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data && (
        <FindingAdminForm
          finding={null}
          choices={data}
          initialVisitId={visitId}
          onSaved={(id) => navigate(`/admin/iakttagelser/${id}`, { state: { created: true } })}
        />
      )}
    </>
  );
}
