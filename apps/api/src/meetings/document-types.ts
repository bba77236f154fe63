import { holdsPersonalIdentityNumber } from "@kraftsamling/domain";

/** 20 MB: enough for a programme or a presentation, small enough to keep in the database. */
export const maximumDocumentBytes = 20 * 1024 * 1024;

interface DocumentType {
  contentType: string;
  name: string;
  /** Whether the bytes really are of this type: the file's name alone proves nothing. */
  matches(bytes: Buffer): boolean;
  text?: boolean;
}

const startsWith = (signature: number[]) => (bytes: Buffer) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);
/** An Office Open XML package: a zip with [Content_Types].xml and the application's folder. */
const officeOpenXml = (folder: string) => (bytes: Buffer) =>
  zip(bytes) && bytes.includes("[Content_Types].xml") && bytes.includes(folder);
/** An OpenDocument text: a zip whose first entry is the uncompressed `mimetype`. */
const openDocumentText = (bytes: Buffer) =>
  zip(bytes) &&
  bytes.subarray(30, 38).toString("latin1") === "mimetype" &&
  bytes.subarray(38, 38 + 39).toString("latin1") === "application/vnd.oasis.opendocument.text";
/** Plain text: valid UTF-8 without NUL bytes. */
const plainText = (bytes: Buffer) => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const types: Record<string, DocumentType> = {
  pdf: {
    name: "PDF",
    contentType: "application/pdf",
    matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  docx: {
    name: "Word (DOCX)",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    matches: officeOpenXml("word/"),
  },
  xlsx: {
    name: "Excel (XLSX)",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    matches: officeOpenXml("xl/"),
  },
  pptx: {
    name: "PowerPoint (PPTX)",
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    matches: officeOpenXml("ppt/"),
  },
  odt: {
    name: "OpenDocument text (ODT)",
    contentType: "application/vnd.oasis.opendocument.text",
    matches: openDocumentText,
  },
  txt: { name: "text", contentType: "text/plain; charset=utf-8", matches: plainText, text: true },
  csv: { name: "CSV", contentType: "text/csv; charset=utf-8", matches: plainText, text: true },
  png: {
    name: "PNG",
    contentType: "image/png",
    matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpg: { name: "JPEG", contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { name: "JPEG", contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
};

export const allowedExtensions = Object.keys(types);

/** Why a file is refused: a stable code, the HTTP status and a message a person can act on. */
export class DocumentRefusal extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A file name fit to store and to send back: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return clean.length > 200 ? clean.slice(clean.length - 200) : clean;
}

/** The content type to store for a file, or the refusal that says what is wrong with it. */
export function checkDocument(fileName: string, bytes: Buffer): { contentType: string } {
  const extension = fileName.includes(".") ? (fileName.split(".").pop() ?? "").toLowerCase() : "";
  const type = types[extension];
  if (!type) {
    throw new DocumentRefusal(
      "FILE_TYPE_NOT_ALLOWED",
      415,
      `Files of type ".${extension}" are not accepted: upload PDF, DOCX, XLSX, PPTX, ODT, TXT, CSV, PNG or JPEG.`,
    );
  }
  if (bytes.length === 0) throw new DocumentRefusal("FILE_EMPTY", 400, "The file is empty.");
  if (!type.matches(bytes)) {
    throw new DocumentRefusal(
      "FILE_CONTENT_MISMATCH",
      415,
      `The file is named .${extension} but its content is not ${type.name}.`,
    );
  }
  if (type.text && holdsPersonalIdentityNumber(bytes.toString("utf8"))) {
    throw new DocumentRefusal(
      "PERSONAL_DATA",
      422,
      "The file holds what looks like a Swedish personal identity or coordination number. It was not saved: remove the number first.",
    );
  }
  return { contentType: type.contentType };
}
