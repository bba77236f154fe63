import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { ApiKeyShownOnce } from "./api-key-shown-once";
import { ConfirmButton } from "./confirm-button";
import { DataTable } from "./data-table";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  ProblemMessage,
  type ProblemTexts,
  problemOf,
  TextField,
} from "./form";

export const ProfileApiKeys_Key = graphql(`
  fragment ProfileApiKeys_Key on ApiKey {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
`);

const ProfileApiKeys_Create = graphql(
  `
    mutation ProfileApiKeys_Create($name: String!) {
      createApiKey(name: $name) {
        __typename
        ... on MutationCreateApiKeySuccess {
          data {
            secret
            key {
              id
              name
            }
          }
        }
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ProfileApiKeys_Revoke = graphql(
  `
    mutation ProfileApiKeys_Revoke($id: ID!) {
      revokeApiKey(id: $id) {
        __typename
        ... on MutationRevokeApiKeySuccess {
          data {
            id
            revokedAt
          }
        }
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const texts: ProblemTexts = {
  KEY_NAME_LENGTH: "apiKey.KEY_NAME_LENGTH",
  NAME_MISSING: "apiKey.nameMissing",
  TOO_MANY_KEYS: "apiKey.TOO_MANY_KEYS",
};

/** The person's keys to the open API: make one (its secret shown once), see when each was used, revoke. */
export function ProfileApiKeys({
  keys,
  onChange,
}: {
  keys: readonly FragmentOf<typeof ProfileApiKeys_Key>[];
  onChange: () => void;
}) {
  const { t, formatDateTimeShort } = useI18n();
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [made, setMade] = useState<{ name: string; secret: string } | null>(null);
  const [created, create] = useMutation(ProfileApiKeys_Create);
  const [revoked, revoke] = useMutation(ProfileApiKeys_Revoke);
  const [revokeProblem, setRevokeProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState("");
  const rows = keys.map((k) => readFragment(ProfileApiKeys_Key, k));

  return (
    <section className="section" aria-labelledby="profile-api-keys">
      <h2 id="profile-api-keys">{t("apiKey.profileHeading")}</h2>
      <p>{t("apiKey.profileIntro")}</p>
      {revokeProblem && <ProblemMessage key={revokeProblem.key} problem={revokeProblem} />}
      <DataTable
        captionId="api-keys-caption"
        caption={t("apiKey.caption")}
        empty={<p className="muted">{t("apiKey.none")}</p>}
        columns={
          <>
            <th scope="col">{t("apiKey.columnName")}</th>
            <th scope="col">{t("apiKey.columnPrefix")}</th>
            <th scope="col">{t("apiKey.columnCreated")}</th>
            <th scope="col">{t("apiKey.columnLastUsed")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </>
        }
        rows={rows}
        row={(k) => (
          <tr key={k.id}>
            <th scope="row" lang={CONTENT_LANG}>
              {k.name}
            </th>
            <td>
              <code>{k.prefix}…</code>
            </td>
            <td className="nowrap">
              <time dateTime={k.createdAt}>{formatDateTimeShort(k.createdAt)}</time>
            </td>
            <td className="nowrap">
              {k.lastUsedAt ? (
                <time dateTime={k.lastUsedAt}>{formatDateTimeShort(k.lastUsedAt)}</time>
              ) : (
                t("apiKey.neverUsed")
              )}
            </td>
            <td>
              {k.revokedAt ? (
                <span className="tag">
                  {t("apiKey.revokedAt", { date: formatDateTimeShort(k.revokedAt) })}
                </span>
              ) : (
                <ConfirmButton
                  label={t("apiKey.revoke")}
                  labelFor={t("apiKey.revokeLabel", { name: k.name })}
                  question={t("apiKey.revokeQuestion", { name: k.name })}
                  confirmLabel={t("apiKey.revokeConfirm")}
                  busy={revoked.fetching}
                  onConfirm={async () => {
                    const answer = await revoke({ id: k.id });
                    const found = problemOf(answer.error, answer.data?.revokeApiKey);
                    setRevokeProblem(found);
                    if (!found) setMessage(t("apiKey.revokedOne", { name: k.name }));
                    onChange();
                  }}
                />
              )}
            </td>
          </tr>
        )}
      />
      <output className="saved">{message}</output>

      {made ? (
        <ApiKeyShownOnce name={made.name} secret={made.secret} />
      ) : (
        <form
          className="form-card"
          noValidate
          aria-labelledby="profile-api-key-new"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!name.trim()) return setProblem(localProblem("NAME_MISSING", "name"));
            const answer = await create({ name: name.trim() });
            const payload = answer.data?.createApiKey;
            const found = problemOf(answer.error, payload);
            setProblem(found);
            if (found || payload?.__typename !== "MutationCreateApiKeySuccess") return;
            setMade({ name: payload.data.key.name, secret: payload.data.secret });
            setName("");
            onChange();
          }}
        >
          <h3 id="profile-api-key-new">{t("apiKey.createHeading")}</h3>
          <FormProblem problem={problem} fields={["name"]} texts={texts} />
          <TextField
            name="name"
            label={t("apiKey.name")}
            hint={t("apiKey.nameHint")}
            maxLength={80}
            required
            value={name}
            onValue={setName}
            problem={problem}
            texts={texts}
          />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={created.fetching}>
              {t("apiKey.create")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
