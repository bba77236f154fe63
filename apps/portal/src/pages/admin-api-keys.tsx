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
import { useFirstPageWhenEmptied } from "../components/list-page-emptied";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const AdminApiKeysPage_Keys = graphql(`
  query AdminApiKeysPage_Keys(
    $revoked: Boolean
    $search: String
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    apiKeysConnection(
      revoked: $revoked
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
        prefix
        owner
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const AdminApiKeysPage_Revoke = graphql(
  `
    mutation AdminApiKeysPage_Revoke($id: ID!) {
      revokeApiKey(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationRevokeApiKeySuccess {
          data {
            id
            revokedAt
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

type ApiKey = ResultOf<typeof AdminApiKeysPage_Keys>["apiKeysConnection"]["nodes"][number];

/** The address's parameters: ?status=aktiva or ?status=aterkallade, and ?sok=text. */
const PARAM = { status: "status", search: "sok" } as const;
const statuses = { aktiva: false, aterkallade: true } as const;
type Status = "" | keyof typeof statuses;
const statusOf = (value: string | null): Status =>
  value === "aktiva" || value === "aterkallade" ? value : "";

/** Every key to the open API, whoever owns it, newest first: filter, search and revoke. */
export function AdminApiKeysPage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminApiKeys.documentTitle"));
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get(PARAM.status));
  const search = (params.get(PARAM.search) ?? "").trim();
  const [draft, setDraft] = useState<{ status: Status; search: string }>({ status, search });
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminApiKeysPage_Keys,
    variables: {
      revoked: status ? statuses[status] : undefined,
      search: search || undefined,
      ...paging.variables,
    },
  });
  const keys = data?.apiKeysConnection;
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState("");
  const filtered = status !== "" || search !== "";
  // Revoking the last active key of a later page leaves it empty: back to the first.
  useFirstPageWhenEmptied(paging, keys?.nodes.length ?? -1);

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminApiKeys.heading")}</h1>
        <p className="lead">{t("adminApiKeys.intro")}</p>
      </div>

      <search aria-label={t("adminApiKeys.filtersLabel")}>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            const next = new URLSearchParams();
            if (draft.status) next.set(PARAM.status, draft.status);
            const wanted = draft.search.trim();
            if (wanted) next.set(PARAM.search, wanted);
            setParams(next, { replace: true });
          }}
        >
          <div className="field">
            <label htmlFor="api-keys-status">{t("adminApiKeys.status")}</label>
            <select
              id="api-keys-status"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: statusOf(e.target.value) })}
            >
              <option value="">{t("adminApiKeys.status.all")}</option>
              <option value="aktiva">{t("adminApiKeys.status.active")}</option>
              <option value="aterkallade">{t("adminApiKeys.status.revoked")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="api-keys-search">{t("adminApiKeys.search")}</label>
            <input
              id="api-keys-search"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={draft.search}
              onChange={(e) => setDraft({ ...draft, search: e.target.value })}
            />
          </div>
          <div className="filter-actions">
            <button type="submit" className="button-primary">
              {t("adminApiKeys.apply")}
            </button>
          </div>
        </form>
      </search>

      <div className="result-bar">
        <output className="summary">
          {keys && t("adminApiKeys.count", { count: keys.totalCount })}
        </output>
        {filtered && (
          <Link to="/admin/api-nycklar" onClick={() => setDraft({ status: "", search: "" })}>
            {t("adminApiKeys.clear")}
          </Link>
        )}
      </div>
      {problem && <ProblemMessage key={problem.key} problem={problem} />}
      <output className="saved">{done}</output>
      <DataTable
        captionId="api-keys-caption"
        caption={t("adminApiKeys.caption")}
        busy={fetching}
        status={{ fetching, error, onRetry: refresh }}
        empty={<p>{t("adminApiKeys.empty")}</p>}
        columns={
          <>
            <th scope="col">{t("adminApiKeys.name")}</th>
            <th scope="col">{t("adminApiKeys.prefix")}</th>
            <th scope="col">{t("adminApiKeys.owner")}</th>
            <th scope="col">{t("adminApiKeys.created")}</th>
            <th scope="col">{t("adminApiKeys.lastUsed")}</th>
            <th scope="col">{t("adminApiKeys.revoked")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </>
        }
        rows={keys?.nodes}
        row={(key) => (
          <ApiKeyRow
            key={key.id}
            apiKey={key}
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
        pageInfo={keys?.pageInfo}
        shown={keys?.nodes.length ?? 0}
        total={keys?.totalCount}
        label={t("adminApiKeys.pages")}
      />
    </>
  );
}

/** A person's name, or an address that may break before its @ on a narrow column. */
function Owner({ owner }: { owner: string }) {
  const at = owner.indexOf("@");
  if (at < 0) return <span lang={CONTENT_LANG}>{owner}</span>;
  return (
    <>
      <span className="nowrap">{owner.slice(0, at)}</span>
      <wbr />
      <span className="nowrap">{owner.slice(at)}</span>
    </>
  );
}

function ApiKeyRow({
  apiKey: key,
  onProblem,
  onDone,
}: {
  apiKey: ApiKey;
  onProblem: (problem: Problem) => void;
  onDone: (text: string) => void;
}) {
  const { t, formatDateTimeShort } = useI18n();
  const [revoking, revoke] = useMutation(AdminApiKeysPage_Revoke);
  const owner = key.owner ?? "–";
  const names = { name: key.name, owner };

  return (
    <tr>
      <th scope="row" lang={CONTENT_LANG}>
        {key.name}
      </th>
      <td>
        <code>{key.prefix}…</code>
      </td>
      <td>
        <Owner owner={owner} />
      </td>
      <td className="nowrap">
        <time dateTime={key.createdAt}>{formatDateTimeShort(key.createdAt)}</time>
      </td>
      <td className="nowrap">
        {key.lastUsedAt ? (
          <time dateTime={key.lastUsedAt}>{formatDateTimeShort(key.lastUsedAt)}</time>
        ) : (
          t("adminApiKeys.neverUsed")
        )}
      </td>
      <td className="nowrap">
        {key.revokedAt ? (
          <time dateTime={key.revokedAt}>{formatDateTimeShort(key.revokedAt)}</time>
        ) : (
          t("adminApiKeys.active")
        )}
      </td>
      <td>
        {!key.revokedAt && (
          <ConfirmButton
            label={t("adminApiKeys.revoke")}
            labelFor={t("adminApiKeys.revokeLabel", names)}
            question={t("adminApiKeys.revokeQuestion", names)}
            confirmLabel={t("adminApiKeys.revokeConfirm")}
            busy={revoking.fetching}
            onConfirm={async () => {
              const answer = await revoke({ id: key.id });
              const found = problemOf(answer.error, answer.data?.revokeApiKey);
              if (found) return onProblem(found);
              onDone(t("adminApiKeys.revokedOne", names));
            }}
          />
        )}
      </td>
    </tr>
  );
}
