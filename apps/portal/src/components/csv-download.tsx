import { useState } from "react";
import { useI18n } from "../i18n";
import { downloadText } from "../lib/download";

/** A byte order mark tells spreadsheets the file is UTF-8, so å, ä and ö stay whole. */
const BOM = "\uFEFF";

/**
 * A button that asks the API for a CSV as it is now and saves it as a file, announcing the file's
 * name, or that the request failed.
 */
export function CsvDownload({
  label,
  fileName,
  fetchCsv,
  downloadedText,
}: {
  label: string;
  /** The file's name, made when the button is pressed. */
  fileName: () => string;
  /** The CSV text, or undefined when the API could not be reached. */
  fetchCsv: () => Promise<string | undefined>;
  downloadedText: (file: string) => string;
}) {
  const { t } = useI18n();
  const [downloaded, setDownloaded] = useState("");
  const [downloading, setDownloading] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <div className="download">
        <button
          type="button"
          className="button-primary"
          disabled={downloading}
          onClick={async () => {
            setDownloading(true);
            setFailed(false);
            const csv = await fetchCsv();
            setDownloading(false);
            if (csv === undefined) {
              setFailed(true);
              return;
            }
            const file = fileName();
            downloadText(
              csv.startsWith(BOM) ? csv : `${BOM}${csv}`,
              file,
              "text/csv;charset=utf-8",
            );
            setDownloaded(downloadedText(file));
          }}
        >
          {label}
        </button>
        <output className="saved">{downloaded}</output>
      </div>
      {failed && (
        <p className="problem" role="alert">
          {t("problem.FAILED")}
        </p>
      )}
    </>
  );
}
