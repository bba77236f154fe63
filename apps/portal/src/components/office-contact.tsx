import { useQuery } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";

const OfficeContact_Query = graphql(`
  query OfficeContact_Query {
    contact {
      email
      postalAddress
    }
  }
`);

/** How to reach the coordinator's office, as the API is configured; null until it has come. */
export function useOfficeContact() {
  const [{ data, error }] = useQuery({ query: OfficeContact_Query });
  return { contact: data?.contact ?? null, failed: error !== undefined && !data };
}

/** The office's e-mail address as a link, with a line that keeps its place while it comes. */
export function OfficeEmail() {
  const { t } = useI18n();
  const { contact, failed } = useOfficeContact();
  if (contact) return <a href={`mailto:${contact.email}`}>{contact.email}</a>;
  return (
    <span className="office-contact-pending">
      {t(failed ? "contact.unavailable" : "contact.loading")}
    </span>
  );
}
