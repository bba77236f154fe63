import { useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { type MessageKey, useI18n } from "../i18n";
import { ConfirmButton } from "./confirm-button";

export const MeetingAdminDocuments_Meeting = graphql(`
  fragment MeetingAdminDocuments_Meeting on Meeting {
    id
    documents {
      id
      fileName
      contentType
      size
      uploadedAt
      url
    }
  }
`);

const MeetingAdminDocuments_Remove = graphql(`
  mutation MeetingAdminDocuments_Remove($id: ID!) {
    removeMeetingDocument(id: $id)
  }
`);

/** The API's limit, told beforehand and checked before sending. */
const maximumBytes = 20 * 1024 * 1024;

const refusalTexts: Record<string, MessageKey> = {
  FILE_MISSING: "meetingAdmin.document.FILE_MISSING",
  FILE_TOO_LARGE: "meetingAdmin.document.FILE_TOO_LARGE",
  FILE_TYPE_NOT_ALLOWED: "meetingAdmin.document.FILE_TYPE_NOT_ALLOWED",
  FILE_EMPTY: "meetingAdmin.document.FILE_EMPTY",
  FILE_CONTENT_MISMATCH: "meetingAdmin.document.FILE_CONTENT_MISMATCH",
  PERSONAL_DATA: "meetingAdmin.document.PERSONAL_DATA",
  FORBIDDEN: "problem.FORBIDDEN",
  UNAUTHENTICATED: "problem.UNAUTHENTICATED",
  NOT_FOUND: "meetingAdmin.problem.NOT_FOUND",
};

/**
 * Uploads a file to the API's document endpoint with the session cookie and the header that
 * keeps other sites from posting to it; answers the refusal's code, or null when it was stored.
 */
async function upload(
  meetingId: string,
  file: File,
): Promise<{ code: string; message: string } | null> {
  const body = new FormData();
  body.append("file", file, file.name);
  try {
    const response = await fetch(`/meetings/${encodeURIComponent(meetingId)}/documents`, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "Apollo-Require-Preflight": "true" },
    });
    if (response.ok) return null;
    const answer = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    return {
      code: answer?.error?.code ?? "FAILED",
      message: answer?.error?.message ?? response.statusText,
    };
  } catch {
    return { code: "FAILED", message: "" };
  }
}

/** A meeting's documents: the limits told beforehand, an upload, each refusal in words, the list. */
export function MeetingAdminDocuments({
  meeting: masked,
  onChanged,
}: {
  meeting: FragmentOf<typeof MeetingAdminDocuments_Meeting>;
  onChanged: () => void;
}) {
  const { t, formatNumber, formatDateTimeShort } = useI18n();
  const meeting = readFragment(MeetingAdminDocuments_Meeting, masked);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<{ text: string; key: number } | null>(null);
  const [done, setDone] = useState("");
  const [, remove] = useMutation(MeetingAdminDocuments_Remove);

  const refuse = (file: string, code: string, message: string) => {
    const key = refusalTexts[code];
    const reason = key ? t(key) : code === "FAILED" ? t("problem.FAILED") : message;
    setRefusal({ text: t("meetingAdmin.document.refused", { file, reason }), key: Date.now() });
    input.current?.focus();
  };

  return (
    <>
      <form
        className="form-card"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setDone("");
          setRefusal(null);
          const file = input.current?.files?.[0];
          if (!file) {
            setRefusal({ text: t("meetingAdmin.document.FILE_MISSING"), key: Date.now() });
            input.current?.focus();
            return;
          }
          if (file.size > maximumBytes) return refuse(file.name, "FILE_TOO_LARGE", "");
          setUploading(true);
          const refused = await upload(meeting.id, file);
          setUploading(false);
          if (refused) return refuse(file.name, refused.code, refused.message);
          if (input.current) input.current.value = "";
          setDone(t("meetingAdmin.documentUploaded", { file: file.name }));
          onChanged();
        }}
      >
        <div className={refusal ? "field field-invalid" : "field"}>
          <label htmlFor={`${id}-file`}>{t("meetingAdmin.documentFile")}</label>
          <p id={`${id}-limits`} className="field-hint">
            {t("meetingAdmin.documentLimits")}
          </p>
          {refusal && (
            <p id={`${id}-refusal`} key={refusal.key} className="problem" role="alert">
              {refusal.text}
            </p>
          )}
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.txt,.csv,.png,.jpg,.jpeg"
            aria-describedby={refusal ? `${id}-limits ${id}-refusal` : `${id}-limits`}
            aria-invalid={refusal ? true : undefined}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={uploading}>
            {uploading ? t("meetingAdmin.documentUploading") : t("meetingAdmin.documentUpload")}
          </button>
          <output className="saved">{done}</output>
        </div>
      </form>
      {meeting.documents.length === 0 ? (
        <p>{t("meetingAdmin.documentsEmpty")}</p>
      ) : (
        <ul className="meeting-admin-documents">
          {meeting.documents.map((document) => (
            <li key={document.id}>
              <a href={document.url} download={document.fileName}>
                {document.fileName}
              </a>{" "}
              <span className="muted">
                {t("meetingAdmin.documentSize", {
                  size: formatNumber(Math.max(1, Math.round(document.size / 1024))),
                })}
                ,{" "}
                <time dateTime={document.uploadedAt}>
                  {formatDateTimeShort(document.uploadedAt)}
                </time>
              </span>{" "}
              <ConfirmButton
                label={t("meetingAdmin.documentRemove")}
                labelFor={t("meetingAdmin.documentRemoveLabel", { file: document.fileName })}
                question={t("meetingAdmin.documentRemoveQuestion", { file: document.fileName })}
                confirmLabel={t("meetingAdmin.documentRemove")}
                onConfirm={async () => {
                  const answer = await remove({ id: document.id });
                  if (answer.error) {
                    setRefusal({ text: t("problem.FAILED"), key: Date.now() });
                    return;
                  }
                  setDone(t("meetingAdmin.documentRemoved", { file: document.fileName }));
                  onChanged();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
