import type { MeetingSeed } from "./content/types";

/**
 * Fictional demo people: no real person's name or e-mail. The `.example` domain is reserved (RFC 2606).
 */
/** Every demo person signs in with this password (only where the demo people are seeded). */
export const demoPassword = "kraftsamling-demo";

export interface DemoPerson {
  name: string;
  email: string;
  title: string;
  role: "coordinator" | "moderator" | "member" | "observer";
  memberships: { organisationSlug: string; role: "member" | "admin" }[];
}

export const demoPeople: DemoPerson[] = [
  {
    name: "Ingrid Holm",
    email: "samordnare@kraftsamling.example",
    title: "Handläggare i samordnarens kansli",
    role: "coordinator",
    memberships: [],
  },
  {
    name: "Jonas Ek",
    email: "moderator@kraftsamling.example",
    title: "Moderator",
    role: "moderator",
    memberships: [],
  },
  {
    name: "Sara Lund",
    email: "admin.ssr@kraftsamling.example",
    title: "Utredare",
    role: "member",
    memberships: [{ organisationSlug: "akademikerforbundet-ssr", role: "admin" }],
  },
  {
    name: "Omar Nilsson",
    email: "medlem.raddabarnen@kraftsamling.example",
    title: "Sakkunnig barnrätt",
    role: "member",
    memberships: [
      { organisationSlug: "radda-barnen", role: "member" },
      { organisationSlug: "stiftelsen-allmanna-barnhuset", role: "member" },
    ],
  },
  {
    name: "Eva Strand",
    email: "observator@kraftsamling.example",
    title: "Observatör",
    role: "observer",
    memberships: [],
  },
];

/**
 * Upcoming demo meetings, dated from the day the database is seeded so that a new installation
 * has something ahead of it. The historic meetings of 2015–2017 come from the seeds.
 */
export function upcomingDemoMeetings(today: Date): MeetingSeed[] {
  const day = (offsetDays: number, time: string) => {
    const d = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offsetDays),
    );
    return `${d.toISOString().slice(0, 10)}T${time}`;
  };
  return [
    {
      slug: "demo-webbinarium-direkttid",
      title: "Webbinarium: mer direkttid med barn och familjer",
      kind: "webinar",
      description:
        "Hur frigör kommuner socialsekreterarnas tid för samtal med barn och familjer? Kommuner berättar om sitt arbete med dokumentation och digitalt stöd.",
      startsAt: `${day(14, "13:00:00")}Z`,
      endsAt: `${day(14, "14:30:00")}Z`,
      city: "Digitalt",
      place: "Webbinarium",
      status: "published",
      organisationSlugs: [],
    },
    {
      slug: "demo-hearing-barnets-delaktighet",
      title: "Hearing: barns synpunkter i det systematiska kvalitetsarbetet",
      kind: "hearing",
      description:
        "En hearing om hur barnets bästa och barns synpunkter tas till vara i kommunernas systematiska kvalitetsarbete.",
      startsAt: `${day(28, "08:30:00")}Z`,
      endsAt: `${day(28, "12:00:00")}Z`,
      city: "Stockholm",
      place: "Lokal meddelas",
      status: "published",
      organisationSlugs: [],
    },
    {
      slug: "demo-rundabord-personalforsorjning",
      title: "Rundabordssamtal: introduktion och kompetens för nya socialsekreterare",
      kind: "round_table",
      description:
        "Arbetsgivare, fackförbund och lärosäten samtalar om introduktion i yrkesrollen och om att behålla erfarna medarbetare.",
      startsAt: `${day(42, "09:00:00")}Z`,
      endsAt: `${day(42, "12:00:00")}Z`,
      city: "Göteborg",
      place: "Lokal meddelas",
      status: "published",
      organisationSlugs: ["akademikerforbundet-ssr", "vision"],
    },
  ];
}
