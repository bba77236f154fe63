import type { MeetingSeed } from "./types";

/**
 * Möten ur källorna: den nationella dialogen 16 mars 2015 (seed 002), dialogmötet med
 * organisationer 20 april 2015 (seed 003) och de fem regionala spridningskonferenserna
 * 2017 (seed 001).
 *
 * Klockslagen är ANTAGNA: källorna anger bara datum. Offset följer Europe/Stockholm:
 * +01:00 för 16 mars 2015 (sommartid började 29 mars 2015), annars +02:00.
 * Lokalerna är okända och anges som "Konferenslokal meddelas"; inga lokalnamn är påhittade.
 *
 * Konferenserna 2017 är publicerade med öppen anmälan ("Nu är det dags att öppna anmälan", seed 001).
 * Att anmälan öppnade 20 juni 2017 är ANTAGET (källan är odaterad); den stänger dagen före varje
 * konferens, det vill säga vid midnatt när konferensdagen börjar.
 */

const registrationOpens = "2017-06-20T00:00:00+02:00";
const closesBefore = (day: string) => `${day}T00:00:00+02:00`;

const conferenceDescription =
  "Regional spridningskonferens där representanter från kommunerna och andra samarbetspartner i parallella seminarier berättar om sitt förbättringsarbete och sina planer för handling. I plenum lägesrapporteras de tio förslag som lämnats till regeringen, och de som deltog i mätningen inför det första kommunbesöket får återkoppling om hur lite direkttid som ägnas åt dem som verksamheten är till för.";

export const meetings: MeetingSeed[] = [
  {
    slug: "nationell-dialog-2015-03-16",
    title: "Nationell dialog om den sociala barn- och ungdomsvården",
    kind: "national_dialogue",
    description:
      "Socialdepartementet arrangerade en nationell dialog där barn-, äldre- och jämställdhetsministern och den nationella samordnaren bjöd in kommuner, myndigheter och organisationer för kunskapsspridning och diskussion. Personalförsörjning, introduktion i yrkesrollen och barnets perspektiv och delaktighet var centrala frågor; fackförbunden presenterade arbetsförhållandena i socialtjänsten och SKL sin nationella handlingsplan. Vid mötet bestämdes att SKL ska arrangera nästa nationella dialogmöte.",
    startsAt: "2015-03-16T09:30:00+01:00",
    endsAt: "2015-03-16T16:00:00+01:00",
    city: "Stockholm",
    place: "Konferenslokal meddelas",
    status: "held",
    // Organisationer som seed 002 nämner som medverkande; FoU region Västernorrland räknas till
    // samlingsposten FoU-miljöer. Arrangören Socialdepartementet finns inte i organisationslistan.
    organisationSlugs: [
      "skl",
      "akademikerforbundet-ssr",
      "vision",
      "barnombudsmannen",
      "fou-miljoer",
    ],
  },
  {
    slug: "dialogmote-organisationer-2015-04-20",
    title: "Dialogmöte med organisationer om den sociala barn- och ungdomsvården",
    kind: "dialogue_meeting",
    description:
      "Den nationella samordnaren samlade tillsammans med SKL en rad organisationer till ett samtal inför besöken i 50 kommuner av varierande storlek och geografisk placering. Deltagarna var eniga om flera förbättringsområden, bland annat socialsekreterarnas utbildning och arbetsvillkor, att ta lärdom av fungerande metoder i grannländerna och samarbetet inom socialtjänsten och med aktörer utanför.",
    startsAt: "2015-04-20T09:30:00+02:00",
    endsAt: "2015-04-20T12:00:00+02:00",
    // Seed 003 anger ingen ort; Stockholm är antaget (samordnaren fanns på Socialdepartementet).
    city: "Stockholm",
    place: "Konferenslokal meddelas",
    status: "held",
    // Organisationerna som seed 003 nämner som representerade, plus SKL som var med och samlade mötet.
    organisationSlugs: [
      "forum-for-familjevard",
      "riksforbundet-for-forstarkt-familjehemsvard",
      "goda-foretagare-for-barn-och-unga",
      "vardforetagarna-almega",
      "hela-manniskan",
      "kommunala-foretagens-samorganisation",
      "svenska-vard",
      "famna",
      "skl",
    ],
  },
  {
    slug: "regional-konferens-malmo-2017-08-29",
    title: "Regional spridningskonferens i Malmö",
    kind: "regional_conference",
    description: conferenceDescription,
    startsAt: "2017-08-29T09:30:00+02:00",
    endsAt: "2017-08-29T16:00:00+02:00",
    city: "Malmö",
    place: "Konferenslokal meddelas",
    status: "published",
    registrationOpensAt: registrationOpens,
    registrationClosesAt: closesBefore("2017-08-29"),
    organisationSlugs: [],
  },
  {
    slug: "regional-konferens-linkoping-2017-09-01",
    title: "Regional spridningskonferens i Linköping",
    kind: "regional_conference",
    description: conferenceDescription,
    startsAt: "2017-09-01T09:30:00+02:00",
    endsAt: "2017-09-01T16:00:00+02:00",
    city: "Linköping",
    place: "Konferenslokal meddelas",
    status: "published",
    registrationOpensAt: registrationOpens,
    registrationClosesAt: closesBefore("2017-09-01"),
    organisationSlugs: [],
  },
  {
    slug: "regional-konferens-goteborg-2017-09-04",
    title: "Regional spridningskonferens i Göteborg",
    kind: "regional_conference",
    description: conferenceDescription,
    startsAt: "2017-09-04T09:30:00+02:00",
    endsAt: "2017-09-04T16:00:00+02:00",
    city: "Göteborg",
    place: "Konferenslokal meddelas",
    status: "published",
    registrationOpensAt: registrationOpens,
    registrationClosesAt: closesBefore("2017-09-04"),
    organisationSlugs: [],
  },
  {
    slug: "regional-konferens-lulea-2017-09-12",
    title: "Regional spridningskonferens i Luleå",
    kind: "regional_conference",
    description: conferenceDescription,
    startsAt: "2017-09-12T09:30:00+02:00",
    endsAt: "2017-09-12T16:00:00+02:00",
    city: "Luleå",
    place: "Konferenslokal meddelas",
    status: "published",
    registrationOpensAt: registrationOpens,
    registrationClosesAt: closesBefore("2017-09-12"),
    organisationSlugs: [],
  },
  {
    slug: "regional-konferens-stockholm-2017-09-19",
    title: "Regional spridningskonferens i Stockholm",
    kind: "regional_conference",
    description: conferenceDescription,
    startsAt: "2017-09-19T09:30:00+02:00",
    endsAt: "2017-09-19T16:00:00+02:00",
    city: "Stockholm",
    place: "Konferenslokal meddelas",
    status: "published",
    registrationOpensAt: registrationOpens,
    registrationClosesAt: closesBefore("2017-09-19"),
    organisationSlugs: [],
  },
];
