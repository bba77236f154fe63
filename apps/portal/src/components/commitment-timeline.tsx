import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { CommitmentDay } from "./commitment-status-tag";

/** What the page of a commitment shows; the coordinator's form gets it back after a change. */
export const CommitmentPage_Commitment = graphql(`
  fragment CommitmentPage_Commitment on Commitment {
    id
    slug
    kind
    number
    title
    summary
    actor
    status
    updatedAt
    viewerCanRecordStatus
    parent {
      id
      slug
      number
      title
    }
    children {
      id
      slug
      number
      title
      status
    }
    timeline {
      status
      changedOn
      dateAssumed
      note
    }
    findings {
      id
      title
      kind
      observedOn
      publishedAt
    }
    meetings {
      id
      slug
      title
      startsAt
    }
  }
`);

/** A commitment's timeline, oldest first: the day ("antaget datum" when assumed), status and note. */
export function CommitmentTimeline({
  commitment: masked,
}: {
  commitment: FragmentOf<typeof CommitmentPage_Commitment>;
}) {
  const { t } = useI18n();
  const { timeline } = readFragment(CommitmentPage_Commitment, masked);
  return (
    <section aria-labelledby="commitment-timeline" className="commitment-timeline">
      <h2 id="commitment-timeline">{t("commitments.timelineHeading")}</h2>
      <p className="field-hint">{t("commitments.timelineIntro")}</p>
      <ol>
        {timeline.map((step, index) => (
          <li key={`${step.changedOn}-${index}`}>
            <p className="commitment-step">
              <CommitmentDay day={step.changedOn} assumed={step.dateAssumed} />
              {" – "}
              <strong>{t(`commitmentStatus.${step.status}`)}</strong>
            </p>
            {step.note && <p lang={CONTENT_LANG}>{step.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
