import type { ConferenceSlotSeed, MeetingSeed } from "./content/types";

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

/** The demo coordinator, who saved the demo selection and recorded the demo findings. */
export const demoCoordinatorEmail = "samordnare@kraftsamling.example";

export const demoPeople: DemoPerson[] = [
  {
    name: "Ingrid Holm",
    email: demoCoordinatorEmail,
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
      onlineUrl: "https://webbinarium.kraftsamling.example/direkttid",
      capacity: 100,
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
      // A round table is small: a handful of places shows the waiting list at work.
      capacity: 12,
      status: "published",
      organisationSlugs: ["akademikerforbundet-ssr", "vision"],
    },
  ];
}

/**
 * The programme of the five regional conferences of 2017: INVENTED for the demo. Seed 001 only
 * says that municipalities and other partners tell of their improvement work in parallel seminars
 * ("det kommer garanterat att bli svårt att välja") and that the ten proposals are reported in
 * plenary; the titles, times and capacities below are plausible examples, not the real programme.
 */
const seminarTopics: { key: string; title: string; description: string }[] = [
  {
    key: "direkttid",
    title: "Mer direkttid: så frigör vi tid för barn och familjer",
    description:
      "En kommun berättar hur de minskade tiden för administration och ökade tiden i samtal med barn och familjer efter mätningen inför det första kommunbesöket.",
  },
  {
    key: "dokumentation",
    title: "Dokumentation som stöder arbetet",
    description:
      "Utvecklingsarbete för bättre dokumentation i den sociala barn- och ungdomsvården: erfarenheter från kommuner som har förenklat sina mallar och rutiner.",
  },
  {
    key: "digitalt-stod",
    title: "Digitalt stöd i handläggningen",
    description:
      "Hur digitala verktyg kan avlasta socialsekreterare, och vad som krävs för att de ska användas.",
  },
  {
    key: "tidiga-insatser",
    title: "Tidiga och samordnade insatser med elevhälsan",
    description:
      "Samverkan mellan elevhälsan, hälso- och sjukvården och socialtjänsten så att barn och unga får stöd tidigt.",
  },
  {
    key: "skolgang",
    title: "Skolgång för placerade barn",
    description:
      "Erfarenheter av skolsamverkan för barn och unga i familjehem, jourhem och HVB, med utgångspunkt i SiSam.",
  },
  {
    key: "behalla-socionomer",
    title: "Behålla och rekrytera socionomer",
    description:
      "Introduktion, mentorskap och arbetsvillkor: kommuner berättar hur de behåller erfarna medarbetare i myndighetsutövningen.",
  },
  {
    key: "barnets-basta",
    title: "Barns synpunkter i det systematiska kvalitetsarbetet",
    description:
      "Hur kommuner tar till vara barnets bästa och barns synpunkter när de följer upp och förbättrar sitt arbete.",
  },
  {
    key: "innovation",
    title: "Användardriven innovation",
    description: "Barn, unga och familjer som medskapare i utvecklingen av socialtjänstens arbete.",
  },
];

const conferenceDays: { slug: string; day: string }[] = [
  { slug: "regional-konferens-malmo-2017-08-29", day: "2017-08-29" },
  { slug: "regional-konferens-linkoping-2017-09-01", day: "2017-09-01" },
  { slug: "regional-konferens-goteborg-2017-09-04", day: "2017-09-04" },
  { slug: "regional-konferens-lulea-2017-09-12", day: "2017-09-12" },
  { slug: "regional-konferens-stockholm-2017-09-19", day: "2017-09-19" },
];

export function demoConferenceProgramme(): ConferenceSlotSeed[] {
  return conferenceDays.flatMap(({ slug, day }, index) => {
    // Each conference offers six of the eight topics, a different six in each city.
    const topics = seminarTopics.slice(index).concat(seminarTopics.slice(0, index)).slice(0, 6);
    const place = slug.replace(/^regional-konferens-/, "").replace(/-2017-.*$/, "");
    const slot = (number: number, from: string, to: string, picked: typeof topics) => ({
      conferenceSlug: slug,
      title: `Seminarpass ${number}`,
      startsAt: `${day}T${from}:00+02:00`,
      endsAt: `${day}T${to}:00+02:00`,
      seminars: picked.map((topic) => ({
        slug: `seminarium-${place}-2017-${topic.key}`,
        title: topic.title,
        description: topic.description,
        capacity: 40,
      })),
    });
    return [
      slot(1, "10:30", "11:45", topics.slice(0, 3)),
      slot(2, "13:00", "14:15", topics.slice(3, 6)),
    ];
  });
}
