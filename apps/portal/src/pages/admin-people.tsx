import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ConfirmButton } from "../components/confirm-button";
import { DataTable } from "../components/data-table";
import {
  FormProblem_InputError,
  type Problem,
  ProblemMessage,
  problemOf,
} from "../components/form";
import { InviteForm } from "../components/invite-form";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { useSignedInPerson } from "../lib/viewer";

const AdminPeoplePage_People = graphql(`
  query AdminPeoplePage_People(
    $search: String
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    peopleConnection(
      search: $search
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
      id
      name
      email
      title
      role
      createdAt
      memberships {
        role
        organisation {
          id
          slug
          name
        }
      }
      }
    }
  }
`);

const AdminPeoplePage_SetRole = graphql(
  `
    mutation AdminPeoplePage_SetRole($personId: ID!, $role: PortalRole!) {
      setPortalRole(personId: $personId, role: $role) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetPortalRoleSuccess {
          data {
            id
            role
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const AdminPeoplePage_Delete = graphql(
  `
    mutation AdminPeoplePage_Delete($personId: ID!) {
      deletePerson(personId: $personId) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

type Person = ResultOf<typeof AdminPeoplePage_People>["peopleConnection"]["nodes"][number];
type PortalRole = Person["role"];
const portalRoles: PortalRole[] = ["MEMBER", "OBSERVER", "MODERATOR", "COORDINATOR"];

/** Everyone with an account: search, roles across the portal, erasure on request, invitations. */
export function AdminPeoplePage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminPeople.documentTitle"));
  const [params, setParams] = useSearchParams();
  const search = (params.get("sok") ?? "").trim();
  const [searchText, setSearchText] = useState(search);
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminPeoplePage_People,
    variables: { search: search || undefined, ...paging.variables },
  });
  const people = data?.peopleConnection;
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState("");

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminPeople.heading")}</h1>
        <p className="lead">{t("adminPeople.intro")}</p>
      </div>

      <InviteForm scope={{ kind: "portal" }} onInvited={refresh} />

      <section className="section" aria-labelledby="people-heading">
        <h2 id="people-heading">{t("adminPeople.listHeading")}</h2>
        <search aria-label={t("adminPeople.searchLabel")}>
          <form
            className="filters filters-inline"
            onSubmit={(event) => {
              event.preventDefault();
              const wanted = searchText.trim();
              setParams(wanted ? { sok: wanted } : {}, { replace: true });
            }}
          >
            <div className="field">
              <label htmlFor="people-search">{t("adminPeople.search")}</label>
              <input
                id="people-search"
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={searchText}
                onChange={(e) => setSearchText(e.target.value)}
              />
            </div>
            <div className="filter-actions">
              <button type="submit" className="button-primary">
                {t("common.search")}
              </button>
            </div>
          </form>
        </search>

        <div className="result-bar">
          <output className="summary">
            {people && t("adminPeople.count", { count: people.totalCount })}
          </output>
          {search && (
            <Link to="/admin/personer" onClick={() => setSearchText("")}>
              {t("adminPeople.showAll")}
            </Link>
          )}
        </div>
        {problem && <ProblemMessage key={problem.key} problem={problem} />}
        <output className="saved">{done}</output>
        <DataTable
          captionId="people-caption"
          caption={t("adminPeople.caption")}
          busy={fetching}
          status={{ fetching, error, onRetry: refresh }}
          empty={t("adminPeople.empty")}
          columns={
            <>
              <th scope="col">{t("account.name")}</th>
              <th scope="col">{t("account.email")}</th>
              <th scope="col">{t("adminPeople.organisations")}</th>
              <th scope="col">{t("profile.role")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </>
          }
          rows={people?.nodes}
          row={(person) => (
            <PersonRow
              key={person.id}
              person={person}
              onProblem={(p) => {
                setProblem(p);
                setDone("");
              }}
              onDone={(text) => {
                setProblem(null);
                setDone(text);
                refresh();
              }}
            />
          )}
        />
        <ListPager
          paging={paging}
          pageInfo={people?.pageInfo}
          shown={people?.nodes.length ?? 0}
          total={people?.totalCount}
          label={t("adminPeople.pages")}
        />
      </section>
    </>
  );
}

/** An address that may break before its @ on a narrow column, and nowhere else. */
function EmailAddress({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at < 0) return <span className="nowrap">{email}</span>;
  return (
    <>
      <span className="nowrap">{email.slice(0, at)}</span>
      <wbr />
      <span className="nowrap">{email.slice(at)}</span>
    </>
  );
}

function PersonRow({
  person,
  onProblem,
  onDone,
}: {
  person: Person;
  onProblem: (problem: Problem) => void;
  onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const me = useSignedInPerson();
  const [role, setRole] = useState<PortalRole>(person.role);
  const [settingRole, setPortalRole] = useMutation(AdminPeoplePage_SetRole);
  const [deleting, deletePerson] = useMutation(AdminPeoplePage_Delete);
  const roleId = `role-${person.id}`;
  const self = me?.id === person.id;

  return (
    <tr>
      <th scope="row" lang={CONTENT_LANG}>
        {person.name}
        {self && <span className="cell-note">{t("adminPeople.you")}</span>}
        {person.title && <span className="cell-note">{person.title}</span>}
      </th>
      <td>
        <EmailAddress email={person.email} />
      </td>
      <td>
        {person.memberships.length === 0
          ? "–"
          : person.memberships.map((m) => (
              <span key={m.organisation.id} className="cell-line">
                <Link to={`/organisationer/${m.organisation.slug}`} lang={CONTENT_LANG}>
                  {m.organisation.name}
                </Link>
                {m.role === "ADMIN" && <> ({t("membershipRole.ADMIN").toLowerCase()})</>}
              </span>
            ))}
      </td>
      <td>
        <form
          className="inline-form"
          onSubmit={async (event) => {
            event.preventDefault();
            const answer = await setPortalRole({ personId: person.id, role });
            const found = problemOf(answer.error, answer.data?.setPortalRole);
            if (found) {
              setRole(person.role);
              return onProblem(found);
            }
            onDone(
              t("adminPeople.roleChanged", {
                name: person.name,
                role: t(`portalRole.${role}`).toLowerCase(),
              }),
            );
          }}
        >
          <label htmlFor={roleId} className="visually-hidden">
            {t("adminPeople.roleFor", { name: person.name })}
          </label>
          <select
            id={roleId}
            value={role}
            onChange={(e) => setRole(portalRoles.find((r) => r === e.target.value) ?? person.role)}
          >
            {portalRoles.map((r) => (
              <option key={r} value={r}>
                {t(`portalRole.${r}`)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button-secondary button-small"
            disabled={settingRole.fetching || role === person.role}
            aria-label={t("adminPeople.saveRoleFor", { name: person.name })}
          >
            {t("common.save")}
          </button>
        </form>
      </td>
      <td>
        {self ? (
          <span className="muted">{t("problem.OWN_ACCOUNT")}</span>
        ) : (
          <ConfirmButton
            label={t("adminPeople.delete")}
            labelFor={t("adminPeople.deleteLabel", { name: person.name })}
            question={t("adminPeople.deleteQuestion", { name: person.name })}
            confirmLabel={t("adminPeople.deleteConfirm")}
            busy={deleting.fetching}
            onConfirm={async () => {
              const answer = await deletePerson({ personId: person.id });
              const found = problemOf(answer.error, answer.data?.deletePerson);
              if (found) return onProblem(found);
              onDone(t("adminPeople.deleted", { name: person.name }));
            }}
          />
        )}
      </td>
    </tr>
  );
}
