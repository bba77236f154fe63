import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const FindingAdminHistory_Finding = graphql(`
  fragment FindingAdminHistory_Finding on Finding {
    id
    version
    revisions {
      version
      title
      body
      kind
      source
      observedOn
      editedAt
      editedBy {
        id
        name
      }
      themes {
        id
        title
      }
      phase {
        number
        name
      }
      municipality {
        code
        name
      }
    }
  }
`);

/** Every saved version of a finding, the latest first: who saved it, when, and what it said. */
export function FindingAdminHistory({
  finding: masked,
}: {
  finding: FragmentOf<typeof FindingAdminHistory_Finding>;
}) {
  const { t, formatDate, formatDateTimeShort } = useI18n();
  const finding = readFragment(FindingAdminHistory_Finding, masked);
  const revisions = [...finding.revisions].sort((a, b) => b.version - a.version);
  return (
    <>
      <p>{t("findingAdmin.historyIntro")}</p>
      <ol className="finding-admin-history" reversed>
        {revisions.map((revision) => {
          const current = revision.version === finding.version;
          return (
            <li key={revision.version}>
              <details open={current}>
                <summary>
                  {t("findingAdmin.revisionSummary", {
                    version: revision.version,
                    when: formatDateTimeShort(revision.editedAt),
                  })}{" "}
                  <span lang={revision.editedBy ? CONTENT_LANG : undefined}>
                    {t("findingAdmin.revisionBy", {
                      name: revision.editedBy?.name ?? t("findingAdmin.revisionUnknown"),
                    })}
                  </span>
                  {current && (
                    <>
                      {" "}
                      <span className="tag">{t("findingAdmin.revisionCurrent")}</span>
                    </>
                  )}
                </summary>
                <div className="finding-admin-revision">
                  <p className="finding-admin-revision-title" lang={CONTENT_LANG}>
                    {revision.title}
                  </p>
                  <ul className="finding-admin-revision-facts">
                    <li>{t(`findingAdmin.kind.${revision.kind}`)}</li>
                    <li>{t(`findingAdmin.source.${revision.source}`)}</li>
                    <li>
                      {t("findingAdmin.field.phaseOption", {
                        number: revision.phase.number,
                        name: revision.phase.name,
                      })}
                    </li>
                    {revision.municipality && (
                      <li lang={CONTENT_LANG}>{revision.municipality.name}</li>
                    )}
                    {revision.observedOn && (
                      <li>
                        <time dateTime={revision.observedOn}>
                          {formatDate(revision.observedOn)}
                        </time>
                      </li>
                    )}
                    <li lang={CONTENT_LANG}>
                      {revision.themes.map((theme) => theme.title).join(", ")}
                    </li>
                  </ul>
                  <p className="finding-admin-revision-body" lang={CONTENT_LANG}>
                    {revision.body}
                  </p>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}
