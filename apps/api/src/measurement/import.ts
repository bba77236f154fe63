import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeSurveyCells, type Db, schema } from "@kraftsamling/db";
import {
  CsvRecordReader,
  CsvRecordTooLong,
  csvRecords,
  mapSurveyHeader,
  readSurveyRow,
  type SurveyHeader,
  type SurveyRespondent,
} from "@kraftsamling/domain";
import { eq } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import type { SurveyImportRow, SurveyRound } from "./service";

type Deps = Pick<Dependencies, "clock">;

/** The bad rows listed at most; past them, one line tells how many more there are. */
export const listedProblems = 1000;
/** How often the import notes how far it has read. */
export const progressEvery = 5000;
/** Respondents inserted per statement. */
const insertBatch = 1000;
/** The largest file taken: some 40 times the 100 000 respondents of a large survey. */
export const maximumSurveyBytes = 200 * 1024 * 1024;

export interface SurveyImportInput {
  name: string;
  periodStart: string;
  periodEnd: string;
  round: SurveyRound;
}

/** A failure that ends an import while the file is read: an interrupted or too large upload. */
export class SurveyUploadFailure extends Error {
  override name = "SurveyUploadFailure";
}

const rounds: Record<string, SurveyRound> = {
  before_visit_1: "before_visit_1",
  before_visit_2: "before_visit_2",
  BEFORE_VISIT_1: "before_visit_1",
  BEFORE_VISIT_2: "before_visit_2",
};

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The survey's name, period and round from the form's fields, or an InputError naming the field. */
export function surveyImportInput(fields: Record<string, string | undefined>): SurveyImportInput {
  const name = (fields.name ?? "").trim();
  if (name.length < 1 || name.length > 200)
    throw new InputError("INVALID_NAME", "A survey's name is 1–200 characters.", "name");
  const periodStart = (fields.periodStart ?? "").trim();
  const periodEnd = (fields.periodEnd ?? "").trim();
  if (!isDate(periodStart))
    throw new InputError("INVALID_DATE", "periodStart is a date, yyyy-mm-dd.", "periodStart");
  if (!isDate(periodEnd))
    throw new InputError("INVALID_DATE", "periodEnd is a date, yyyy-mm-dd.", "periodEnd");
  if (periodEnd < periodStart)
    throw new InputError("INVALID_PERIOD", "The period ends before it starts.", "periodEnd");
  const round = rounds[(fields.round ?? "").trim()];
  if (!round)
    throw new InputError("INVALID_ROUND", "round is BEFORE_VISIT_1 or BEFORE_VISIT_2.", "round");
  return { name, periodStart, periodEnd, round };
}

/**
 * Notes an import as running, so that its progress can be followed from the start. `id` is the
 * one the client chose to follow it by, when it chose one.
 */
export async function startSurveyImport(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: SurveyImportInput,
  id?: string | null,
): Promise<string> {
  const chosen = id == null || id === "" ? null : uuidOrNull(id);
  if (id != null && id !== "" && !chosen)
    throw new InputError("INVALID_ID", "importId is a UUID chosen by the client.", "importId");
  const [row] = await db
    .insert(schema.surveyImports)
    .values({
      ...(chosen ? { id: chosen } : {}),
      name: input.name,
      startedById: viewer.personId,
      startedAt: deps.clock.now(),
    })
    .onConflictDoNothing()
    .returning({ id: schema.surveyImports.id });
  if (!row) throw new InputError("DUPLICATE_ID", "An import with this id exists.", "importId");
  return row.id;
}

type Problem = { row: number; reason: string };

/** The problems as stored: the first `listedProblems`, and a line for those not listed. */
function listed(problems: Problem[], more: number): Problem[] {
  return more > 0
    ? [...problems, { row: 0, reason: `ytterligare ${more} felaktiga rader visas inte` }]
    : problems;
}

async function municipalityCodes(db: Db): Promise<Set<string>> {
  const rows = await db.select({ code: schema.municipalities.code }).from(schema.municipalities);
  return new Set(rows.map((r) => r.code));
}

/**
 * Reads a survey file as it arrives and imports it, or refuses it with every bad row. While
 * reading, the file is hashed, checked row by row and copied to a temporary file, and the import
 * notes every `progressEvery` rows how far it has come. Nothing is imported when any row is bad,
 * when the same file is already imported, or when the upload fails; otherwise the respondents are
 * read back from the copy and inserted in batches, and the cells computed, in one transaction.
 * Memory stays the same for any size: only the bad rows listed are kept.
 */
export async function runSurveyImport(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  importId: string,
  input: SurveyImportInput,
  file: AsyncIterable<Buffer | Uint8Array>,
): Promise<SurveyImportRow> {
  const copy = join(tmpdir(), `kraftsamling-survey-${importId}.csv`);
  const problems: Problem[] = [];
  let unlisted = 0;
  const problem = (row: number, reason: string) => {
    if (problems.length < listedProblems) problems.push({ row, reason });
    else unlisted++;
  };
  const finish = async (values: Partial<SurveyImportRow>) => {
    await db
      .update(schema.surveyImports)
      .set({ ...values, finishedAt: deps.clock.now() })
      .where(eq(schema.surveyImports.id, importId));
    const [row] = await db
      .select()
      .from(schema.surveyImports)
      .where(eq(schema.surveyImports.id, importId));
    if (!row) throw new Error("the survey import disappeared");
    return row;
  };

  try {
    const codes = await municipalityCodes(db);
    const hash = createHash("sha256");
    const out = createWriteStream(copy);
    const written = new Promise<void>((resolve, reject) => {
      out.on("finish", resolve);
      out.on("error", reject);
    });
    const reader = new CsvRecordReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let header: SurveyHeader | null = null;
    let records = 0;
    let rowsRead = 0;
    let respondents = 0;
    const take = (fields: string[]) => {
      records++;
      if (records === 1) {
        const mapped = mapSurveyHeader(fields);
        if (mapped.ok) header = mapped.header;
        else for (const reason of mapped.reasons) problem(1, reason);
        return;
      }
      rowsRead++;
      if (!header) return;
      const result = readSurveyRow(fields, header, codes);
      if (result.ok === true) respondents++;
      else if (result.ok === false) problem(records, result.reason);
    };
    let nextProgress = progressEvery;
    // A line too long refuses the file: the rest of the upload is read and dropped, not kept.
    let tooLong = false;
    const read = (next: () => string[][]) => {
      if (tooLong) return;
      try {
        for (const fields of next()) take(fields);
      } catch (error) {
        if (!(error instanceof CsvRecordTooLong)) throw error;
        tooLong = true;
        problem(error.row, error.message);
      }
    };
    try {
      for await (const chunk of file) {
        hash.update(chunk);
        if (tooLong) continue;
        if (!out.write(chunk))
          await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        read(() => reader.push(decoder.decode(chunk, { stream: true })));
        if (rowsRead >= nextProgress) {
          nextProgress = rowsRead + progressEvery;
          await db
            .update(schema.surveyImports)
            .set({ rowsRead })
            .where(eq(schema.surveyImports.id, importId));
        }
      }
      read(() => [...reader.push(decoder.decode()), ...reader.end()]);
    } finally {
      out.end();
      await written;
    }
    const fileSha256 = hash.digest("hex");
    if (records === 0 && !tooLong) problem(0, "filen är tom");
    else if (header && respondents === 0 && problems.length === 0)
      problem(0, "filen har inga svarande");

    const [already] = await db
      .select({ name: schema.surveys.name })
      .from(schema.surveys)
      .where(eq(schema.surveys.fileSha256, fileSha256));
    if (already) {
      return await finish({
        status: "refused",
        fileSha256,
        rowsRead,
        problems: [{ row: 0, reason: `Filen är redan importerad som ”${already.name}”` }],
      });
    }
    if (problems.length > 0) {
      return await finish({
        status: "refused",
        fileSha256,
        rowsRead,
        problems: listed(problems, unlisted),
      });
    }
    await db
      .update(schema.surveyImports)
      .set({ rowsRead, fileSha256 })
      .where(eq(schema.surveyImports.id, importId));

    const surveyId = await insertSurvey(db, deps, viewer, importId, input, fileSha256, copy, codes);
    if (!surveyId) {
      const [other] = await db
        .select({ name: schema.surveys.name })
        .from(schema.surveys)
        .where(eq(schema.surveys.fileSha256, fileSha256));
      return await finish({
        status: "refused",
        problems: [
          { row: 0, reason: `Filen är redan importerad som ”${other?.name ?? input.name}”` },
        ],
      });
    }
    return await finish({ status: "imported", surveyId });
  } catch (error) {
    const reason =
      error instanceof SurveyUploadFailure ? error.message : "importen avbröts av ett fel";
    await finish({ status: "refused", problems: [{ row: 0, reason }] }).catch(() => {});
    throw error;
  } finally {
    await unlink(copy).catch(() => {});
  }
}

/**
 * The survey, its respondents read back from the checked copy, and its cells, in one
 * transaction. Null when the same file was imported meanwhile.
 */
async function insertSurvey(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  importId: string,
  input: SurveyImportInput,
  fileSha256: string,
  copy: string,
  codes: ReadonlySet<string>,
): Promise<string | null> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [survey] = await tx
      .insert(schema.surveys)
      .values({
        name: input.name,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        round: input.round,
        fileSha256,
        respondentCount: 0,
        importedById: viewer.personId,
        importedAt: deps.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: schema.surveys.id });
    if (!survey) return null;
    let header: SurveyHeader | null = null;
    let batch: (SurveyRespondent & { rowNumber: number })[] = [];
    let count = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await tx.insert(schema.surveyRespondents).values(
        batch.map((r) => ({
          surveyId: survey.id,
          rowNumber: r.rowNumber,
          municipalityCode: r.municipalityCode,
          role: r.role,
          directShare: r.shares.direct,
          documentationShare: r.shares.documentation,
          administrationShare: r.shares.administration,
          travelShare: r.shares.travel,
          otherShare: r.shares.other,
        })),
      );
      count += batch.length;
      batch = [];
    };
    for await (const { row, fields } of csvRecords(createReadStream(copy))) {
      if (row === 1) {
        const mapped = mapSurveyHeader(fields);
        if (!mapped.ok) throw new Error("the checked header no longer maps");
        header = mapped.header;
        continue;
      }
      if (!header) throw new Error("no header");
      const result = readSurveyRow(fields, header, codes);
      if (result.ok === "empty") continue;
      if (result.ok === false) throw new Error(`row ${row} was good and is now bad`);
      batch.push({ ...result.respondent, rowNumber: row });
      if (batch.length >= insertBatch) await flush();
    }
    await flush();
    await tx
      .update(schema.surveys)
      .set({ respondentCount: count })
      .where(eq(schema.surveys.id, survey.id));
    await computeSurveyCells(tx, survey.id);
    await recordAudit(tx, viewer, {
      action: "measurement.importSurvey",
      subjectType: "survey",
      subjectId: survey.id,
      after: { name: input.name, round: input.round, respondentCount: count, importId },
    });
    return survey.id;
  });
}
