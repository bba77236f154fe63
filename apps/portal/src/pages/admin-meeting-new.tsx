import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { MeetingAdminForm, MeetingAdminForm_Conference } from "../components/meeting-admin-form";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const AdminMeetingNewPage_Conferences = graphql(
  `
    query AdminMeetingNewPage_Conferences {
      meetings(kinds: [REGIONAL_CONFERENCE], limit: 500) {
        id
        ...MeetingAdminForm_Conference
      }
    }
  `,
  [MeetingAdminForm_Conference],
);

/** A new meeting, created as a draft; the editor of the saved meeting follows. */
export function AdminMeetingNewPage() {
  const { t } = useI18n();
  useDocumentTitle(t("meetingAdmin.newDocumentTitle"));
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminMeetingNewPage_Conferences,
    requestPolicy: "cache-and-network",
  });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/moten">{t("meetingAdmin.back")}</Link>
      </p>
      <div className="page-intro">
        <h1>{t("meetingAdmin.new")}</h1>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data && (
        <MeetingAdminForm
          meeting={null}
          conferences={data.meetings}
          onSaved={(slug) => navigate(`/admin/moten/${slug}`, { state: { created: true } })}
        />
      )}
    </>
  );
}
