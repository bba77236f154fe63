import { type RefObject, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { DataTable } from "../components/data-table";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  type Problem,
  type ProblemTexts,
  problemOf,
  TextField,
} from "../components/form";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const AdminOrganisationsPage_Organisations = graphql(`
  query AdminOrganisationsPage_Organisations(
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    organisationsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        slug
        name
        shortName
        kind
        circle
        description
        website
      }
    }
  }
`);

const AdminOrganisationsPage_Create = graphql(
  `
    mutation AdminOrganisationsPage_Create($input: OrganisationInput!) {
      createOrganisation(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationCreateOrganisationSuccess {
          data {
            id
            name
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const AdminOrganisationsPage_Update = graphql(
  `
    mutation AdminOrganisationsPage_Update($id: ID!, $input: OrganisationInput!) {
      updateOrganisation(id: $id, input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationUpdateOrganisationSuccess {
          data {
            id
            name
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

type Organisation = ResultOf<
  typeof AdminOrganisationsPage_Organisations
>["organisationsConnection"]["nodes"][number];
type Kind = Organisation["kind"];
type Circle = Organisation["circle"];

const kinds: Kind[] = [
  "KOMMUN",
  "REGION",
  "MYNDIGHET",
  "INTRESSEORGANISATION",
  "FACKFORBUND",
  "ARBETSGIVARORGANISATION",
  "VARDFORETAG",
  "LAROSATE",
  "FOU_MILJO",
];
const circles: Circle[] = ["SAMARBETE", "SAMRAD", "BRED_DELAKTIGHET"];
const organisationTexts: ProblemTexts = { NAME_LENGTH: "adminOrganisations.nameLength" };

/** The coordinator adds organisations and corrects their details. */
export function AdminOrganisationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminOrganisations.documentTitle"));
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminOrganisationsPage_Organisations,
    variables: paging.variables,
  });
  const organisations = data?.organisationsConnection;
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [done, setDone] = useState("");
  const formHeading = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);

  // Editing starts at the form; finishing or cancelling returns to the row's button.
  useEffect(() => {
    if (editing) formHeading.current?.focus();
    else if (returnTo.current) {
      editButtons.current.get(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [editing]);

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminOrganisations.heading")}</h1>
        <p className="lead">{t("adminOrganisations.intro")}</p>
      </div>

      <OrganisationForm
        key={editing?.id ?? "new"}
        organisation={editing}
        headingRef={formHeading}
        onDone={(text) => {
          setDone(text);
          returnTo.current = editing?.id ?? null;
          setEditing(null);
          reexecute({ requestPolicy: "network-only" });
        }}
        onCancel={() => {
          returnTo.current = editing?.id ?? null;
          setEditing(null);
        }}
      />
      <output className="saved">{done}</output>

      <section className="section" aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t("adminOrganisations.listHeading")}</h2>
        <DataTable
          captionId="organisations-caption"
          caption={
            organisations && t("adminOrganisations.caption", { count: organisations.totalCount })
          }
          status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
          columns={
            <>
              <th scope="col">{t("adminOrganisations.name")}</th>
              <th scope="col">{t("organisations.kind")}</th>
              <th scope="col">{t("organisation.circle")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </>
          }
          rows={organisations?.nodes}
          row={(o) => (
            <tr key={o.id}>
              <th scope="row" lang={CONTENT_LANG}>
                <Link to={`/organisationer/${o.slug}`}>{o.name}</Link>
                {o.shortName && <span className="cell-note">{o.shortName}</span>}
              </th>
              <td>{t(`organisationKind.${o.kind}`)}</td>
              <td className="nowrap">{t(`circle.${o.circle}`)}</td>
              <td>
                <button
                  type="button"
                  className="button-secondary button-small"
                  ref={(element) => {
                    if (element) editButtons.current.set(o.id, element);
                    else editButtons.current.delete(o.id);
                  }}
                  aria-label={t("adminOrganisations.editLabel", { name: o.name })}
                  onClick={() => {
                    setDone("");
                    setEditing(o);
                  }}
                >
                  {t("adminOrganisations.edit")}
                </button>
              </td>
            </tr>
          )}
        />
        <ListPager
          paging={paging}
          pageInfo={organisations?.pageInfo}
          shown={organisations?.nodes.length ?? 0}
          total={organisations?.totalCount}
          label={t("adminOrganisations.pages")}
        />
      </section>
    </>
  );
}

function OrganisationForm({
  organisation,
  headingRef,
  onDone,
  onCancel,
}: {
  organisation: Organisation | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(organisation?.name ?? "");
  const [shortName, setShortName] = useState(organisation?.shortName ?? "");
  const [kind, setKind] = useState<Kind>(organisation?.kind ?? "INTRESSEORGANISATION");
  const [circle, setCircle] = useState<Circle>(organisation?.circle ?? "BRED_DELAKTIGHET");
  const [description, setDescription] = useState(organisation?.description ?? "");
  const [website, setWebsite] = useState(organisation?.website ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [creating, create] = useMutation(AdminOrganisationsPage_Create);
  const [updating, update] = useMutation(AdminOrganisationsPage_Update);

  return (
    <form
      className="form-card"
      noValidate
      aria-labelledby="organisation-form-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = {
          name: name.trim(),
          shortName: shortName.trim() || null,
          kind,
          circle,
          description: description.trim(),
          website: website.trim() || null,
        };
        if (organisation) {
          const answer = await update({ id: organisation.id, input });
          const found = problemOf(answer.error, answer.data?.updateOrganisation);
          setProblem(found);
          if (!found) onDone(t("adminOrganisations.updated", { name: input.name }));
        } else {
          const answer = await create({ input });
          const found = problemOf(answer.error, answer.data?.createOrganisation);
          setProblem(found);
          if (!found) onDone(t("adminOrganisations.created", { name: input.name }));
        }
      }}
    >
      <h2 id="organisation-form-heading" className="form-heading" ref={headingRef} tabIndex={-1}>
        {organisation
          ? t("adminOrganisations.editHeading", { name: organisation.name })
          : t("adminOrganisations.newHeading")}
      </h2>
      <FormProblem
        problem={problem}
        fields={["name", "shortName", "kind", "circle", "description", "website"]}
        texts={organisationTexts}
      />
      <div className="form-columns">
        <TextField
          name="name"
          label={t("adminOrganisations.name")}
          required
          autoComplete="off"
          value={name}
          onValue={setName}
          problem={problem}
          texts={organisationTexts}
        />
        <TextField
          name="shortName"
          label={t("adminOrganisations.shortName")}
          hint={t("adminOrganisations.shortNameHint")}
          autoComplete="off"
          value={shortName}
          onValue={setShortName}
          problem={problem}
        />
        <Field name="kind" label={t("organisations.kind")} problem={problem}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(e) => setKind(kinds.find((k) => k === e.target.value) ?? kind)}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`organisationKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="circle" label={t("organisation.circle")} problem={problem}>
          {(control) => (
            <select
              {...control}
              value={circle}
              onChange={(e) => setCircle(circles.find((c) => c === e.target.value) ?? circle)}
            >
              {circles.map((c) => (
                <option key={c} value={c}>
                  {t(`circle.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          name="website"
          type="url"
          label={t("organisations.website")}
          hint={t("adminOrganisations.websiteHint")}
          autoComplete="off"
          spellCheck={false}
          value={website}
          onValue={setWebsite}
          problem={problem}
        />
      </div>
      <Field name="description" label={t("adminOrganisations.description")} problem={problem}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={creating.fetching || updating.fetching}
        >
          {organisation ? t("common.save") : t("adminOrganisations.create")}
        </button>
        {organisation && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
