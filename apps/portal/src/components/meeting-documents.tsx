import { useId } from "react";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";

export const MeetingDocuments_Meeting = graphql(`
  fragment MeetingDocuments_Meeting on Meeting {
    documents {
      id
      fileName
      contentType
      size
      url
    }
  }
`);

const typeNames: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.oasis.opendocument.text": "ODT",
  "text/plain": "TXT",
  "text/csv": "CSV",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};

/** A meeting's documents as download links, each with its type and size. */
export function MeetingDocuments({
  meeting,
}: {
  meeting: FragmentOf<typeof MeetingDocuments_Meeting>;
}) {
  const { t, formatNumber } = useI18n();
  const { documents } = readFragment(MeetingDocuments_Meeting, meeting);
  const headingId = useId();
  if (documents.length === 0) return null;
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? t("meetings.sizeMb", { size: formatNumber(Math.round(bytes / 100_000) / 10) })
      : t("meetings.sizeKb", { size: formatNumber(Math.max(1, Math.round(bytes / 1000))) });
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("meetings.documents")}</h2>
      <ul className="meeting-documents">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={d.url} download={d.fileName}>
              {d.fileName}
            </a>{" "}
            <span className="document-meta">
              ({typeNames[d.contentType] ?? d.contentType}, {size(d.size)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
