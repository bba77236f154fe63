import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { useSignedInPerson } from "../lib/viewer";
import { ConfirmButton } from "./confirm-button";
import { DataTable } from "./data-table";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";
import { useFirstPageWhenEmptied } from "./list-page-emptied";
import { ListPager } from "./list-pager";
import type { ListPaging } from "./list-paging";

/** A page of the organisation's members, with where it lies in the whole list. */
export const OrganisationMembers_Page = graphql(`
  fragment OrganisationMembers_Page on MembershipConnection {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      role
      since
      person {
        id
        name
        title
      }
    }
  }
`);

const OrganisationMembers_SetRole = graphql(
  `
  mutation OrganisationMembers_SetRole(
    $organisationId: ID!
    $personId: ID!
    $role: MembershipRole!
  ) {
    setMembershipRole(organisationId: $organisationId, personId: $personId, role: $role) {
      __typename
      ...FormProblem_InputError
    }
  }
`,
  [FormProblem_InputError],
);

const OrganisationMembers_Remove = graphql(
  `
  mutation OrganisationMembers_Remove($organisationId: ID!, $personId: ID!) {
    removeMember(organisationId: $organisationId, personId: $personId) {
      __typename
      ...FormProblem_InputError
    }
  }
`,
  [FormProblem_InputError],
);

interface OrganisationMembersProps {
  organisationId: string;
  /** The page of members shown, 50 at a time, the longest-standing first. */
  page: FragmentOf<typeof OrganisationMembers_Page>;
  /** Which page is shown, and the way to the others. */
  paging: ListPaging;
  /** Its admins and the coordinator change roles and remove members. */
  manage: boolean;
  onChange: () => void;
}

/**
 * The organisation's people with their roles, a page at a time; for those who manage it, the means
 * to change them.
 */
export function OrganisationMembers({
  organisationId,
  page: masked,
  paging,
  manage,
  onChange,
}: OrganisationMembersProps) {
  const { t, formatDate } = useI18n();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState("");
  const [roleChange, setRole] = useMutation(OrganisationMembers_SetRole);
  const [removal, remove] = useMutation(OrganisationMembers_Remove);
  const page = readFragment(OrganisationMembers_Page, masked);
  const rows = page.nodes;
  const me = useSignedInPerson();
  useFirstPageWhenEmptied(paging, rows.length);

  return (
    <>
      <DataTable
        captionId="members-caption"
        caption={t("organisation.membersCaption")}
        empty={t("organisation.noMembers")}
        above={
          <>
            {problem && <ProblemMessage key={problem.key} problem={problem} />}
            <output className="saved">{done}</output>
          </>
        }
        columns={
          <>
            <th scope="col">{t("account.name")}</th>
            <th scope="col">{t("organisation.role")}</th>
            <th scope="col">{t("organisation.since")}</th>
            {manage && (
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            )}
          </>
        }
        rows={rows}
        row={(m) => {
          const next = m.role === "ADMIN" ? "MEMBER" : "ADMIN";
          return (
            <tr key={m.person.id}>
              <th scope="row" lang={CONTENT_LANG}>
                {m.person.name}
                {m.person.id === me?.id && (
                  <span className="cell-note">{t("adminPeople.you")}</span>
                )}
                {m.person.title && <span className="cell-note">{m.person.title}</span>}
              </th>
              <td>{t(`membershipRole.${m.role}`)}</td>
              <td>
                <time dateTime={m.since}>{formatDate(m.since)}</time>
              </td>
              {manage && m.person.id === me?.id && (
                // Admins do not demote or remove themselves here, so an organisation keeps one.
                <td className="muted">{t("organisation.notYourself")}</td>
              )}
              {manage && m.person.id !== me?.id && (
                <td>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      disabled={roleChange.fetching}
                      aria-label={t(
                        next === "ADMIN"
                          ? "organisation.makeAdminLabel"
                          : "organisation.makeMemberLabel",
                        { name: m.person.name },
                      )}
                      onClick={async () => {
                        setDone("");
                        const answer = await setRole({
                          organisationId,
                          personId: m.person.id,
                          role: next,
                        });
                        const found = problemOf(answer.error, answer.data?.setMembershipRole);
                        setProblem(found);
                        if (!found) {
                          setDone(
                            t("organisation.roleChanged", {
                              name: m.person.name,
                              role: t(`membershipRole.${next}`).toLowerCase(),
                            }),
                          );
                        }
                        onChange();
                      }}
                    >
                      {t(next === "ADMIN" ? "organisation.makeAdmin" : "organisation.makeMember")}
                    </button>
                    <ConfirmButton
                      label={t("organisation.remove")}
                      labelFor={t("organisation.removeLabel", { name: m.person.name })}
                      question={t("organisation.removeQuestion", { name: m.person.name })}
                      confirmLabel={t("organisation.removeConfirm")}
                      busy={removal.fetching}
                      onConfirm={async () => {
                        setDone("");
                        const answer = await remove({ organisationId, personId: m.person.id });
                        const found = problemOf(answer.error, answer.data?.removeMember);
                        setProblem(found);
                        if (!found) {
                          setDone(t("organisation.removed", { name: m.person.name }));
                        }
                        onChange();
                      }}
                    />
                  </div>
                </td>
              )}
            </tr>
          );
        }}
      />
      <ListPager
        paging={paging}
        pageInfo={page.pageInfo}
        shown={rows.length}
        total={page.totalCount}
        label={t("organisation.membersPages")}
      />
    </>
  );
}
