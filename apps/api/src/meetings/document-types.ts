import { holdsPersonalIdentityNumber } from "@kraftsamling/domain";
import { FileTypeParser } from "file-type";

/** 20 MB: enough for a programme or a presentation, small enough to keep in the database. */
export const maximumDocumentBytes = 20 * 1024 * 1024;

interface DocumentType {
  contentType: string;
  name: string;
  /**
   * What file-type must find in the bytes (the file's name alone proves nothing). A file of text
   * carries no signature: instead it must be UTF-8 without NUL bytes.
   */
  detected: readonly string[] | "text";
}

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
  // An Illustrator file is a PDF too.
  pdf: { name: "PDF", contentType: "application/pdf", detected: ["pdf", "ai"] },
  docx: {
    name: "Word (DOCX)",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    detected: ["docx"],
  },
  xlsx: {
    name: "Excel (XLSX)",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    detected: ["xlsx"],
  },
  pptx: {
    name: "PowerPoint (PPTX)",
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    detected: ["pptx"],
  },
  odt: {
    name: "OpenDocument text (ODT)",
    contentType: "application/vnd.oasis.opendocument.text",
    detected: ["odt"],
  },
  txt: { name: "text", contentType: "text/plain; charset=utf-8", detected: "text" },
  csv: { name: "CSV", contentType: "text/csv; charset=utf-8", detected: "text" },
  png: { name: "PNG", contentType: "image/png", detected: ["png", "apng"] },
  jpg: { name: "JPEG", contentType: "image/jpeg", detected: ["jpg"] },
  jpeg: { name: "JPEG", contentType: "image/jpeg", detected: ["jpg"] },
};

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/**
 * file-type, with a PNG known by its signature alone, as before: file-type itself also wants the
 * image header chunk after it.
 */
const fileTypes = new FileTypeParser({
  customDetectors: [
    {
      id: "png-signature",
      async detect(tokenizer) {
        const head = new Uint8Array(pngSignature.length);
        const read = await tokenizer.peekBuffer(head, { mayBeLess: true });
        return read === head.length && pngSignature.every((b, i) => head[i] === b)
          ? { ext: "png", mime: "image/png" }
          : undefined;
      },
    },
  ],
});

/** Whether the bytes really are of the type: by their signature, or for text by their encoding. */
async function matches(type: DocumentType, bytes: Buffer): Promise<boolean> {
  if (type.detected === "text") return plainText(bytes);
  const found = await fileTypes.fromBuffer(bytes);
  return found !== undefined && type.detected.includes(found.ext);
}

export const allowedExtensions = Object.keys(types);

/**
 * Why a file is refused: a stable code, the HTTP status, a message a person can act on, and the part
 * of the upload at fault where it is not the file as a whole.
 */
export class DocumentRefusal extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly field: string | null = null,
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
export async function checkDocument(
  fileName: string,
  bytes: Buffer,
): Promise<{ contentType: string }> {
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
  if (!(await matches(type, bytes))) {
    throw new DocumentRefusal(
      "FILE_CONTENT_MISMATCH",
      415,
      `The file is named .${extension} but its content is not ${type.name}.`,
    );
  }
  if (type.detected === "text" && holdsPersonalIdentityNumber(bytes.toString("utf8"))) {
    throw new DocumentRefusal(
      "PERSONAL_DATA",
      422,
      "The file holds what looks like a Swedish personal identity or coordination number. It was not saved: remove the number first.",
    );
  }
  return { contentType: type.contentType };
}
