import type { ThemeSeed } from "./types";

/**
 * Teman som dialogen handlar om, hämtade ur källorna: frågorna vid kommunbesöken
 * (seed 000, bild 10–11), den nationella dialogen (seed 002), de tio förslagen (seed 001)
 * och SKL:s handlingsplan (seed 004).
 *
 * `phaseNumber` anger den fas där temat först står i centrum; det är en bedömning,
 * källorna knyter inte teman till faser.
 */
export const themes: ThemeSeed[] = [
  {
    slug: "forutsattningar-for-god-kvalitet",
    title: "Förutsättningar för god kvalitet",
    description:
      "Kommunens förutsättningar att bedriva en social barn- och ungdomsvård med god kvalitet och leva upp till socialtjänstlagens kvalitetsparagraf. Kommunen har det yttersta ansvaret, och den politiska ledningen, förvaltningen och revisionen behöver spela tillsammans.",
    phaseNumber: 2,
  },
  {
    slug: "barnets-basta-och-delaktighet",
    title: "Barnets bästa och delaktighet",
    description:
      "Hur barnets bästa, barnets perspektiv och barns och vårdnadshavares synpunkter tas till vara i mötet med socialtjänsten och i verksamhetsutvecklingen. Många barn upplever att de inte blir lyssnade på eller tagna på allvar.",
    phaseNumber: 1,
  },
  {
    slug: "ledarskap-medarbetarskap-och-personalforsorjning",
    title: "Ledarskap, medarbetarskap och personalförsörjning",
    description:
      "Ledarskapets och medarbetarskapets förutsättningar, arbetsbelastning, introduktion i yrkesrollen och hur kompetens och stabilitet hos socialsekreterare och arbetsledare kan utvecklas och behållas.",
    phaseNumber: 1,
  },
  {
    slug: "systematiskt-kvalitetsarbete",
    title: "Systematiskt kvalitetsarbete",
    description:
      "Hur kommunen systematiskt och fortlöpande utvecklar kvaliteten i den sociala barn- och ungdomsvården, med stöd av uppföljning och bästa tillgängliga kunskap.",
    phaseNumber: 2,
  },
  {
    slug: "valfardsteknologi",
    title: "Välfärdsteknologi och digitalt stöd",
    description:
      "Hur kommunerna inför välfärdsteknologiska möjligheter och digitalt stöd, till exempel taligenkänning, som kan frigöra socialsekreterares tid för samtal med barn och unga.",
    phaseNumber: 4,
  },
  {
    slug: "samverkan-mellan-nivaer",
    title: "Samverkan mellan kommunal, regional och nationell nivå",
    description:
      "Hur åtgärder och initiativ på kommunal, regional och nationell nivå integreras i det kommunala kvalitetsarbetet, och om det nationella stödet är ändamålsenligt utformat.",
    phaseNumber: 3,
  },
  {
    slug: "tidiga-och-samordnade-insatser",
    title: "Tidiga och samordnade insatser",
    description:
      "Förebyggande och tidiga insatser samt samverkan mellan socialtjänsten, elevhälsan, skolan och hälso- och sjukvården så att barn och unga får det stöd de behöver, också när de är placerade.",
    phaseNumber: 3,
  },
  {
    slug: "direkttid-och-dokumentation",
    title: "Direkttid och dokumentation",
    description:
      "Hur lite av socialsekreterarnas tid som är direkttid med de barn och familjer som verksamheten är till för, och hur dokumentationen kan bli mer ändamålsenlig och mindre tidskrävande.",
    phaseNumber: 5,
  },
];
