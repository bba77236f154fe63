import type { PhaseSeed } from "./types";

/**
 * Uppdragets fem faser (seed 000, bild 14).
 *
 * Datum:
 * - Fas 1 och 2 följer källans årstider ("våren 2015", "hösten 2015"); de exakta
 *   start- och slutdagarna är ändå antagna.
 * - Fas 3, 4 och 5 har ingen period i källan. Datumen är antagna: fas 3 ligger mellan
 *   besöksomgångarna, fas 4 följer "våren 2016" och fas 5 slutar 2017-12-31, eftersom
 *   slutrapporten enligt seed 002 ska lämnas "julen 2017" (seed 003 skriver "våren 2017").
 */
export const phases: PhaseSeed[] = [
  {
    number: 1,
    name: "Utforskande",
    description:
      "Den första fasen, våren 2015: uppdraget är av utforskande karaktär och inleds med nationell dialog och dialogmöten med myndigheter och organisationer inför kommunbesöken.",
    startsOn: "2015-03-01",
    endsOn: "2015-06-30",
  },
  {
    number: 2,
    name: "Kommunbesök hösten 2015",
    description:
      "Den andra fasen: första omgången besök i minst 50 kommuner av varierande storlek och geografisk spridning, med minst en kommun i varje län.",
    startsOn: "2015-08-15",
    endsOn: "2015-12-20",
  },
  {
    number: 3,
    name: "Analyserande",
    description:
      "Den tredje fasen: iakttagelserna från den första besöksomgången analyseras och återkopplas till ansvarig minister.",
    startsOn: "2015-12-21",
    endsOn: "2016-01-31",
  },
  {
    number: 4,
    name: "Kommunbesök våren 2016",
    description:
      "Den fjärde fasen: andra omgången besök i de medverkande kommunerna, då varje kommun besöks en andra gång.",
    startsOn: "2016-02-01",
    endsOn: "2016-06-30",
  },
  {
    number: 5,
    name: "Analys, återkoppling och slutrapport",
    description:
      "Den femte fasen: samlad analys, återkoppling till kommunerna och regeringen, förslag till regeringen och en slutrapport riktad till landets kommuner och berörda.",
    startsOn: "2016-07-01",
    endsOn: "2017-12-31",
  },
];
