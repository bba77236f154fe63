import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { quarterName } from "./content";
import type { QuarterlyReportView } from "./service";

/** The document's language: Swedish, for spelling and hyphenation in the word processor. */
export const reportLanguage = "sv-SE";

const statusWords: Record<string, string> = {
  proposed: "Föreslaget",
  decided: "Beslutat",
  being_prepared: "Bereds",
  under_way: "Pågår",
  reported: "Redovisat",
  done: "Genomfört",
};

const partWords: Record<string, string> = {
  findings: "iakttagelserna",
  visits: "kommunbesöken",
  measurement: "tidsmätningen",
};

/** The sections, in order: each a Heading 1 in the document and the table of contents. */
export const reportSections = {
  summary: "Sammanfattning",
  findings: "Nya publicerade iakttagelser",
  meetings: "Genomförda möten",
  visits: "Kommunbesök",
  measurement: "Tidsmätningen",
  commitments: "Åtaganden som ändrat status",
} as const;

const percent = new Intl.NumberFormat("sv-SE", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const dayFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "2016-09-14" for a moment, in Stockholm. */
export const stockholmDay = (iso: string) => dayFormat.format(new Date(iso));

/** The sentence that says which figures are made-up demonstration data; null when none are. */
export function inventedNote(parts: readonly string[]): string | null {
  if (parts.length === 0) return null;
  const words = parts.map((part) => partWords[part] ?? part);
  const list =
    words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} och ${words.at(-1)}`;
  return `Observera: siffrorna för ${list} bygger på påhittade demonstrationsdata, inte på verkliga uppgifter.`;
}

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: value, language: { value: reportLanguage }, ...options });

const paragraph = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [text(value, options)] });

const heading = (value: string, level: "1" | "2") =>
  new Paragraph({
    heading: level === "1" ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [text(value)],
  });

const cell = (value: string, header = false) =>
  new TableCell({ children: [new Paragraph({ children: [text(value, { bold: header })] })] });

/** A table whose first row is its header, repeated on every page the table runs over. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

/** The report as a Word document (DOCX): a title page, a table of contents and the sections. */
export async function reportDocx(report: QuarterlyReportView): Promise<Buffer> {
  const content = report.content;
  const name = quarterName(report);
  const note = inventedNote(content.inventedParts);
  const invented = (part: string) =>
    content.inventedParts.includes(part)
      ? [paragraph(inventedNote([part]) ?? "", { italics: true })]
      : [];

  const summary = report.summary.trim()
    ? report.summary
        .trim()
        .split(/\n\s*\n/)
        .map((part) => paragraph(part.replace(/\s*\n\s*/g, " ")))
    : [paragraph("Samordnaren har inte skrivit någon sammanfattning.", { italics: true })];

  const findings = content.findingsByTheme.length
    ? [
        paragraph(
          `Under kvartalet publicerades ${content.findingTotals.challenges + content.findingTotals.goodExamples} nya iakttagelser: ${content.findingTotals.challenges} utmaningar och ${content.findingTotals.goodExamples} goda exempel. En iakttagelse om flera teman räknas under vart och ett av dem.`,
        ),
        table(
          ["Tema", "Utmaningar", "Goda exempel"],
          content.findingsByTheme.map((t) => [
            t.theme,
            String(t.challenges),
            String(t.goodExamples),
          ]),
        ),
      ]
    : [paragraph("Inga nya iakttagelser publicerades under kvartalet.")];

  const meetings = content.meetingsHeld.length
    ? [
        paragraph(
          `${content.meetingsHeld.length} möten hölls under kvartalet. Sammanlagt deltog ${content.organisationCount} organisationer (organisationer med bekräftad anmälan, eller de inbjudna när ett möte saknar anmälningar).`,
        ),
        table(
          ["Möte", "Datum", "Organisationer"],
          content.meetingsHeld.map((m) => [
            m.title,
            stockholmDay(m.startsAt),
            `${m.organisationCount}${m.countedFrom === "invitations" ? " (inbjudna)" : ""}`,
          ]),
        ),
      ]
    : [paragraph("Inga möten hölls under kvartalet.")];

  const rounds = [1, 2]
    .map((round) => ({ round, count: content.visits.filter((v) => v.round === round).length }))
    .filter((r) => r.count > 0)
    .map((r) => `${r.count} i besöksomgång ${r.round}`);
  const visits = content.visits.length
    ? [
        paragraph(
          `${content.visits.length} kommunbesök genomfördes under kvartalet: ${rounds.join(" och ")}.`,
        ),
        ...invented("visits"),
        table(
          ["Kommun", "Omgång", "Datum"],
          content.visits.map((v) => [v.municipality, String(v.round), v.date]),
        ),
      ]
    : [paragraph("Inga kommunbesök genomfördes under kvartalet.")];

  const m = content.measurement;
  const measurement = m
    ? [
        paragraph(
          `Andelen av arbetstiden som socialsekreterare och chefer ägnar direkt åt barn och familjer, enligt ${m.surveyName} (${m.periodStart}–${m.periodEnd}). Celler med färre än 5 svarande, och celler som skulle kunna räknas fram ur de andra, visas inte.`,
        ),
        ...invented("measurement"),
        heading("Hela landet och kommungrupper", "2"),
        table(
          ["Grupp", "Svarande", "Medelvärde", "Median"],
          m.cells.map((c) =>
            c.suppressed
              ? [c.label, c.suppressedLabel ?? "", "–", "–"]
              : [
                  c.label,
                  String(c.n ?? ""),
                  c.mean === null ? "–" : percent.format(c.mean),
                  c.median === null ? "–" : percent.format(c.median),
                ],
          ),
        ),
      ]
    : [paragraph("Ingen tidsmätning var avslutad vid kvartalets slut.")];

  const commitments = content.commitmentChanges.length
    ? [
        table(
          ["Åtagande", "Ny status", "Datum", "Anteckning"],
          content.commitmentChanges.map((c) => [
            c.commitmentTitle,
            statusWords[c.status] ?? c.status,
            `${c.changedOn}${c.dateAssumed ? " (antaget datum)" : ""}`,
            c.note,
          ]),
        ),
      ]
    : [paragraph("Inget åtagande ändrade status under kvartalet.")];

  const document = new Document({
    creator: "Nationell samordnare för den sociala barn- och ungdomsvården",
    title: `Kvartalsrapport ${name}`,
    description: `Återrapportering till regeringen för ${name}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { language: { value: reportLanguage }, font: "Calibri", size: 22 } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    language: { value: reportLanguage },
                    children: ["Sida ", PageNumber.CURRENT, " av ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [text(`Kvartalsrapport ${name}`)],
          }),
          paragraph("Nationell samordnare för den sociala barn- och ungdomsvården"),
          paragraph(`Perioden ${content.firstDay}–${content.lastDay}`),
          paragraph(
            report.sentOn ? `Skickad till regeringen ${report.sentOn}` : "Utkast, inte skickad",
          ),
          ...(note ? [paragraph(note, { bold: true })] : []),
          new Paragraph({ children: [new PageBreak()] }),
          new TableOfContents("Innehåll", { hyperlink: true, headingStyleRange: "1-2" }),
          new Paragraph({ children: [new PageBreak()] }),
          heading(reportSections.summary, "1"),
          ...summary,
          heading(reportSections.findings, "1"),
          ...invented("findings"),
          ...findings,
          heading(reportSections.meetings, "1"),
          ...meetings,
          heading(reportSections.visits, "1"),
          ...visits,
          heading(reportSections.measurement, "1"),
          ...measurement,
          heading(reportSections.commitments, "1"),
          ...commitments,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "kvartalsrapport-2016-q3.docx". */
export const reportFileName = (report: { year: number; quarter: number }) =>
  `kvartalsrapport-${report.year}-q${report.quarter}.docx`;
