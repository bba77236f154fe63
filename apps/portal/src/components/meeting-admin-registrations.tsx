import { useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { stockholmDay } from "../lib/stockholm";
import { CsvDownload } from "./csv-download";
import { DataTable } from "./data-table";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { ListPager } from "./list-pager";
import { useLocalListPage } from "./list-paging";

const MeetingAdminRegistrations_Page = graphql(`
  fragment MeetingAdminRegistrations_Page on MeetingRegistrationConnection {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      status
      attended
      waitingListPosition
      person {
        id
        name
      }
      organisation {
        id
        name
      }
      seminarPicks {
        seminar {
          id
          title
        }
        slot {
          id
          title
        }
      }
    }
  }
`);

export const MeetingAdminRegistrations_Meeting = graphql(
  `
    fragment MeetingAdminRegistrations_Meeting on Meeting {
      id
      slug
      registrationsConnection(first: 50) {
        ...MeetingAdminRegistrations_Page
      }
    }
  `,
  [MeetingAdminRegistrations_Page],
);

/** A page after the first, which the component asks for itself. */
const MeetingAdminRegistrations_Later = graphql(
  `
    query MeetingAdminRegistrations_Later(
      $id: ID!
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      meeting(id: $id) {
        id
        registrationsConnection(first: $first, after: $after, last: $last, before: $before) {
          ...MeetingAdminRegistrations_Page
        }
      }
    }
  `,
  [MeetingAdminRegistrations_Page],
);

const MeetingAdminRegistrations_Csv = graphql(`
  query MeetingAdminRegistrations_Csv($id: ID!) {
    meeting(id: $id) {
      id
      registrationsCsv
    }
  }
`);

const MeetingAdminRegistrations_Attendance = graphql(
  `
    mutation MeetingAdminRegistrations_Attendance($id: ID!, $attended: Boolean!) {
      markAttendance(registrationId: $id, attended: $attended) {
        __typename
        ...FormProblem_InputError
        ... on MutationMarkAttendanceSuccess {
          data {
            id
            attended
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** Everyone registered, with attendance to mark for those with a place, and the list as CSV. */
export function MeetingAdminRegistrations({
  meeting: masked,
}: {
  meeting: FragmentOf<typeof MeetingAdminRegistrations_Meeting>;
}) {
  const { t } = useI18n();
  const meeting = readFragment(MeetingAdminRegistrations_Meeting, masked);
  const client = useClient();
  const [, mark] = useMutation(MeetingAdminRegistrations_Attendance);
  const paging = useLocalListPage();
  const firstPage = paging.page.number === 1;
  const [later] = useQuery({
    query: MeetingAdminRegistrations_Later,
    variables: { id: meeting.id, ...paging.variables },
    pause: firstPage,
  });
  const shownPage = firstPage
    ? meeting.registrationsConnection
    : later.data?.meeting?.registrationsConnection;
  const page = shownPage ? readFragment(MeetingAdminRegistrations_Page, shownPage) : undefined;
  const [saving, setSaving] = useState<string | null>(null);
  /** The box as the coordinator set it, until the list comes back with it. */
  const [marked, setMarked] = useState<Record<string, boolean>>({});
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);

  return (
    <>
      <div className="result-bar">
        <output className="summary">{announcement}</output>
        <CsvDownload
          label={t("meetingAdmin.downloadCsv")}
          fileName={() => `anmalningar-${meeting.slug}-${stockholmDay()}.csv`}
          fetchCsv={async () =>
            (
              await client
                .query(
                  MeetingAdminRegistrations_Csv,
                  { id: meeting.id },
                  { requestPolicy: "network-only" },
                )
                .toPromise()
            ).data?.meeting?.registrationsCsv
          }
          downloadedText={(file) => t("meetingAdmin.downloaded", { file })}
        />
      </div>
      <FormProblem problem={problem} texts={texts} />
      <DataTable
        captionId="meeting-registrations-caption"
        caption={t("meetingAdmin.registrationsCaption")}
        className="meeting-admin-registrations"
        empty={t("meetingAdmin.registrationsEmpty")}
        columns={
          <>
            <th scope="col">{t("meetingAdmin.reg.name")}</th>
            <th scope="col">{t("meetingAdmin.reg.organisation")}</th>
            <th scope="col">{t("meetingAdmin.reg.status")}</th>
            <th scope="col">{t("meetingAdmin.reg.picks")}</th>
            <th scope="col">{t("meetingAdmin.reg.attended")}</th>
          </>
        }
        rows={page?.nodes}
        row={(registration) => {
          const name = registration.person.name;
          return (
            <tr key={registration.id}>
              <th scope="row" lang={CONTENT_LANG}>
                {name}
              </th>
              <td lang={CONTENT_LANG}>{registration.organisation?.name ?? ""}</td>
              <td>
                {registration.status === "WAITLISTED"
                  ? t("meetingAdmin.reg.WAITLISTED", {
                      position: registration.waitingListPosition ?? 0,
                    })
                  : t(`meetingAdmin.reg.${registration.status}`)}
              </td>
              <td>
                {registration.seminarPicks.length > 0 && (
                  <ul className="plain-list">
                    {registration.seminarPicks.map((pick) => (
                      <li key={pick.slot.id} lang={CONTENT_LANG}>
                        {pick.slot.title}: {pick.seminar.title}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {registration.status === "CONFIRMED" && (
                  <input
                    type="checkbox"
                    aria-label={t("meetingAdmin.reg.attendedLabel", { name })}
                    checked={marked[registration.id] ?? registration.attended}
                    aria-busy={saving === registration.id || undefined}
                    onChange={async (event) => {
                      const attended = event.target.checked;
                      setSaving(registration.id);
                      setMarked((all) => ({ ...all, [registration.id]: attended }));
                      const answer = await mark({ id: registration.id, attended });
                      setSaving(null);
                      const found = problemOf(answer.error, answer.data?.markAttendance);
                      setProblem(found);
                      if (found) setMarked((all) => ({ ...all, [registration.id]: !attended }));
                      if (!found)
                        setAnnouncement(
                          t(
                            attended
                              ? "meetingAdmin.attendanceSaved"
                              : "meetingAdmin.attendanceRemoved",
                            { name },
                          ),
                        );
                    }}
                  />
                )}
              </td>
            </tr>
          );
        }}
      />
      <ListPager
        paging={paging}
        pageInfo={page?.pageInfo}
        shown={page?.nodes.length ?? 0}
        total={page?.totalCount}
        label={t("pager.registrations")}
      />
    </>
  );
}
