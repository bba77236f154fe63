import { type Database, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Log } from "../shared/log";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** What the mail is, for the outbox: invitation, password-reset … */
  kind: string;
  /** Text files sent along, such as a meeting's calendar file. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  /** With parameters where they matter: `text/calendar; charset=utf-8; method=PUBLISH`. */
  contentType: string;
  content: string;
}

export interface Mailer {
  /** Keeps the mail in the outbox and, with SMTP configured, sends it. A send failure is recorded, not thrown. */
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(options: {
  database: Database;
  smtpUrl: string | undefined;
  from: string;
  log: Log;
  printLinks: boolean;
}): Mailer {
  const { database, log } = options;
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(mail) {
      const [row] = await database.db
        .insert(schema.outbox)
        .values({ ...mail, attachments: mail.attachments ?? [] })
        .returning({ id: schema.outbox.id });
      if (!transport) {
        if (options.printLinks)
          log.info(
            `e-mail to ${mail.to} kept in the outbox (no SMTP_URL): ${mail.subject}\n${mail.text}`,
          );
        return;
      }
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          attachments: mail.attachments?.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
        });
        if (row)
          await database.db
            .update(schema.outbox)
            .set({ sentAt: new Date() })
            .where(eq(schema.outbox.id, row.id));
      } catch (error) {
        log.error(`could not send e-mail to ${mail.to}`, error);
        if (row) {
          await database.db
            .update(schema.outbox)
            .set({ error: (error as Error).message })
            .where(eq(schema.outbox.id, row.id));
        }
      }
    },
    close() {
      transport?.close();
    },
  };
}
