import type { Database } from "@kraftsamling/db";
import { type Response, Router } from "express";
import { feedOwner } from "../meetings/calendar-feeds";
import { calendarFile } from "../meetings/ical";
import { personalCalendar } from "../meetings/personal-calendar";
import { publicMeetingBySlug } from "../meetings/service";
import type { Dependencies } from "../shared/dependencies";

const notFound = (res: Response, message: string) =>
  res.status(404).type("text/plain; charset=utf-8").send(message);

function sendCalendar(res: Response, fileName: string, body: string, cache: string) {
  res.set({
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${fileName}"`,
    "Cache-Control": cache,
  });
  res.send(body);
}

/** Calendar files: one meeting's for anyone, and a person's own behind the feed's secret. */
export function calendarRoutes(options: { database: Database; services: Dependencies }): Router {
  const { database, services } = options;
  const router = Router();

  router.get("/calendar/meetings/:file", async (req, res) => {
    const slug = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    const meeting = slug ? await publicMeetingBySlug(database.db, slug) : undefined;
    if (!meeting) return notFound(res, "There is no such meeting.");
    const body = calendarFile([{ ...meeting, onlineUrl: null }], {
      name: meeting.title,
      portalUrl: services.config.publicUrl,
      stamp: new Date(),
    });
    return sendCalendar(res, `${meeting.slug}.ics`, body, "public, max-age=300");
  });

  router.get("/calendar/people/:file", async (req, res) => {
    const secret = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    const personId = secret ? await feedOwner(database.db, secret) : null;
    if (!personId)
      return notFound(res, "There is no such calendar: its address may have been renewed.");
    const meetings = await personalCalendar(database.db, personId, services.clock.now());
    const body = calendarFile(meetings, {
      name: "Mina möten i Kraftsamling",
      portalUrl: services.config.publicUrl,
      stamp: new Date(),
    });
    return sendCalendar(res, "kraftsamling.ics", body, "private, no-store");
  });

  return router;
}
