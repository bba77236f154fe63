import { useId, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { ConfirmButton } from "./confirm-button";

const CalendarFeed_Mine = graphql(`
  query CalendarFeed_Mine {
    myCalendarFeed {
      url
      createdAt
    }
  }
`);

const CalendarFeed_Renew = graphql(`
  mutation CalendarFeed_Renew {
    renewCalendarFeed {
      url
      createdAt
    }
  }
`);

/**
 * The person's own calendar feed: the secret address with a copy button, how to subscribe to it,
 * and a new address that shuts the old one.
 */
export function CalendarFeed() {
  const { t } = useI18n();
  const headingId = useId();
  const inputId = useId();
  const [{ data }, reexecute] = useQuery({ query: CalendarFeed_Mine });
  const [renewing, renew] = useMutation(CalendarFeed_Renew);
  const [message, setMessage] = useState("");
  const [renewals, setRenewals] = useState(0);
  const status = useRef<HTMLOutputElement>(null);
  const url = renewing.data?.renewCalendarFeed.url ?? data?.myCalendarFeed.url ?? "";
  const absolute = url ? new URL(url, window.location.origin).toString() : "";

  return (
    <section className="section calendar-feed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("meetings.feed.heading")}</h2>
      <p>{t("meetings.feed.intro")}</p>
      <div className="field">
        <label htmlFor={inputId}>{t("meetings.feed.address")}</label>
        <div className="feed-address">
          <input
            id={inputId}
            type="text"
            readOnly
            value={absolute}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button-secondary"
            disabled={!absolute}
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(absolute);
                setMessage(t("meetings.feed.copied"));
              } catch {
                setMessage(t("meetings.feed.copyFailed"));
              }
            }}
          >
            {t("meetings.feed.copy")}
          </button>
        </div>
      </div>
      <details className="feed-help">
        <summary>{t("meetings.feed.howTo")}</summary>
        <ul>
          <li>{t("meetings.feed.outlook")}</li>
          <li>{t("meetings.feed.google")}</li>
          <li>{t("meetings.feed.apple")}</li>
        </ul>
      </details>
      <p>{t("meetings.feed.renewWarning")}</p>
      <ConfirmButton
        key={renewals}
        label={t("meetings.feed.renew")}
        question={t("meetings.feed.renewQuestion")}
        confirmLabel={t("meetings.feed.renewConfirm")}
        busy={renewing.fetching}
        onConfirm={async () => {
          const answer = await renew({});
          if (answer.error || !answer.data) {
            setMessage(t("problem.FAILED"));
          } else {
            setMessage(t("meetings.feed.renewed"));
            setRenewals((n) => n + 1);
            reexecute({ requestPolicy: "network-only" });
          }
          status.current?.focus();
        }}
      />
      <output ref={status} tabIndex={-1} className="saved">
        {message}
      </output>
    </section>
  );
}
