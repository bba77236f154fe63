import { proposals } from "./proposals";
import type { CommitmentSeed, CommitmentStatusSeed } from "./types";

/**
 * Åtagandena: de tio förslagen till regeringen (seed 001) och SKL:s handlingsplan för den sociala
 * barn- och ungdomsvården (seed 004: tre områden, punkterna "SKL ska verka för" under vart och ett,
 * och de fyra faktorerna för stabilitet i verksamheten), med källornas ordalydelse. Ett uppenbart
 * skrivfel är rättat ("arbetstygdsinstrument" → "arbetstyngdsinstrument").
 *
 * Datum: källorna daterar nästan ingenting, så dagarna är antagna och märkta som antagna.
 * - Förslagen lämnades till regeringen och presenterades vid "förra årets konferens" (2016, sett
 *   från seed 001 sommaren 2017): antaget 2016-09-15.
 * - Beslut: förslag 4 och 6 är uppdrag i regleringsbrev 2017 (beslutade i december 2016: antaget
 *   2016-12-20); förslag 10 ger Uppsala kommun medel under 2016 och 2017 (antaget 2016-11-15); för
 *   de övriga säger seed 001 bara att nio av tio är beslutade när inlägget skrivs (antaget
 *   2017-06-20, inläggets antagna publiceringsdag, se blog-posts.ts).
 * - Förslag 5 bereds inom Regeringskansliet från samma dag (antaget 2017-06-20).
 * - Handlingsplanen är tryckt 2015 (seed 004): antaget 2015-03-01.
 */

const proposedOn = "2016-09-15";
const summaryPostOn = "2017-06-20";
const actionPlanOn = "2015-03-01";
const skl = "Sveriges Kommuner och Landsting (SKL)";

const proposedToGovernment: CommitmentStatusSeed = {
  status: "proposed",
  on: proposedOn,
  dateAssumed: true,
  note: "Lämnat till regeringen av den nationella samordnaren och presenterat vid samordnarens konferens 2016.",
};

/** When and how each of the nine decided proposals was decided, as far as seed 001 tells. */
const decisions: Record<number, { on: string; note: string }> = {
  1: { on: summaryPostOn, note: "Regeringen har beviljat SKL medel." },
  2: { on: summaryPostOn, note: "Regeringen ger Skolverket och Socialstyrelsen i uppdrag." },
  3: {
    on: summaryPostOn,
    note: "Regeringen uppdrar åt Skolverket, Specialpedagogiska skolmyndigheten och Socialstyrelsen.",
  },
  4: { on: "2016-12-20", note: "Uppdrag i regleringsbrev 2017 till Socialstyrelsen." },
  6: { on: "2016-12-20", note: "Uppdrag i regleringsbrev 2017 till Socialstyrelsen." },
  7: { on: summaryPostOn, note: "Regeringen har beviljat SKL medel." },
  8: { on: summaryPostOn, note: "Regeringen har beviljat SKL medel." },
  9: {
    on: summaryPostOn,
    note: "Regeringen har beslutat att bevilja Växjö kommun medel. Redovisas 29 september 2017.",
  },
  10: {
    on: "2016-11-15",
    note: "Regeringen har beviljat Uppsala kommun medel under 2016 och 2017. Redovisas den 31 mars 2018.",
  },
};

const proposalCommitments: CommitmentSeed[] = proposals.map((p) => {
  const decision = decisions[p.number];
  const next: CommitmentStatusSeed =
    p.status === "decided" && decision
      ? { status: "decided", on: decision.on, dateAssumed: true, note: decision.note }
      : {
          status: "being_prepared",
          on: summaryPostOn,
          dateAssumed: true,
          note: "Beredning pågår inom Regeringskansliet (Socialdepartementet).",
        };
  return {
    slug: `forslag-${p.number}`,
    kind: "proposal",
    number: p.number,
    parentSlug: null,
    title: p.title,
    summary: p.summary,
    actor: p.responsibleBody,
    source: "seed 001",
    history: [proposedToGovernment, next],
  };
});

const inActionPlan: CommitmentStatusSeed = {
  status: "proposed",
  on: actionPlanOn,
  dateAssumed: true,
  note: "I SKL:s handlingsplan för den sociala barn- och ungdomsvården, Stärkt skydd för barn och unga (2015).",
};

interface Area {
  title: string;
  summary: string;
  /** The items "SKL ska verka för:" as the brochure words them. */
  items: string[];
}

const areas: Area[] = [
  {
    title: "Förtydliga den sociala barn- och ungdomsvårdens uppdrag",
    summary:
      "Den sociala barn- och ungdomsvårdens främsta uppgift är att skydda och stödja barn och unga som far illa, men också att arbeta förebyggande och tillhandahålla frivilliga insatser. Att ge ett större utrymme för att arbeta proaktivt med riktat stöd till barn och föräldrar är en av kärnfrågorna i handlingsplanen.",
    items: [
      "en utveckling av nationell statistik över barnvårdsanmälningar och möjligheten för socialnämnden att sammanställa anmälningar som inte leder till utredning",
      "utveckling av proaktivt arbete med riktat stöd till barn och familjer",
      "en utveckling av det tvärprofessionella förhållningssättet i det sociala arbetet med barn- och unga",
      "en stärkt familjehemsvård och ett nationellt center för familjehemsvården",
      "en samlad översyn för bättre och mer effektivt mottagande av ensamkommande barn",
      "att de juridiska hindren för samverkan mellan kommuner, landsting och regioner undanröjs",
      "att översynen av socialtjänstlagen (SoL) kommer igång snarast och leder till mindre detaljreglering",
      "att Inspektionen för vård och omsorg (IVO) utvecklar sin rådgivningsfunktion",
      "en egen utvärdering av de förtroendevaldas roll när det gäller beslutsfattande i individärenden",
    ],
  },
  {
    title: "Organisation och utbildning",
    summary:
      "Personalrörligheten bland handläggare i den sociala barn- och ungdomsvården och deras närmaste arbetsledare behöver uppmärksammas. Stabilitet är helt enkelt en förutsättning för kompetensutveckling. Det behövs både strukturerade yrkesintroduktionsprogram och påbyggnadsutbildningar på avancerad nivå för både handläggare och arbetsledare.",
    items: [
      "att arbetsgivaren förbättrar arbetsmiljön, uppmuntrar användning och uppföljning av arbetstyngdsinstrument",
      "att arbetsgivaren lyfter frågan om bemanningsföretagen och de inhyrda socialsekreterarnas roll",
      "utveckling av it-stöd för den sociala barn- och ungdomsvården i samarbete med Socialstyrelsen",
      "spridning av realistiska exempel på vad den sociala barn- och ungdomsvården bidrar med",
      "att det stöd till yrkesintroduktion och de uppdragsutbildningar som Socialstyrelsen tar fram blir ändamålsenliga. Det gäller även utbildningsmaterialet till nya Barns behov i centrum (BBIC)",
      "att yrkesverksamma socialsekreterare enkelt ska kunna komplettera sin utbildning till socionombehörighet",
      "fler yrkesförberedande moment i grundutbildningen, mer erfarenhetsbaserad kompetens och fler disputerade socionomer vid lärosätena",
      "att arbetsgivaren kan ge tid och förutsättningar för handläggare och arbetsledare att genomföra introduktions- och vidareutbildningar",
      "fortsatt stöd till de regionala stödstrukturerna som en arena för kompetensutveckling",
    ],
  },
  {
    title: "Forskning och utveckling",
    summary:
      "Forskningen inom den sociala barn- och ungdomsvården har ökat de senaste decennierna, men behovet av ny kunskap är fortsatt stort. Det är viktigt att kommunerna får tillgång till aktuell forskning och stöd i att tillämpa den kunskap som finns i sitt förbättrings- och utvecklingsarbete.",
    items: [
      "en långsiktig, verksamhetsnära forskningsstrategi i samråd mellan högskolor, regionala stödstrukturer och kommuner",
      "forsknings- och utvecklingsarbete kring myndighetsutövning, utredning som verktyg, tidigt riktade insatser och tvärprofessionell samverkan",
      "utveckling av resultatmått för arbetet med barn och unga",
      "möjligheten att hämta in mer personnummerbaserad statistik",
      "stöd till systematisk uppföljning och arbete med risk- och händelseanalyser",
      "utveckling av modeller för barns delaktighet i verksamhetsutveckling och nya arbetssätt",
      "att permanenta de regionala stödstrukturerna som ett led i ett långsiktigt utvecklings- och förbättringsarbete",
    ],
  },
];

/** "Tillräcklig bemanning", …: what SKL's earlier survey found stability to require above all. */
const stabilityFactors = [
  "tillräcklig bemanning",
  "tillgång till närvarande och stödjande arbetsledning",
  "försiktighet i organisationsförändringar",
  "strukturerade kompetensprogram",
];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const actionPlanCommitments: CommitmentSeed[] = areas.flatMap((area, a) => {
  const areaSlug = `skl-omrade-${a + 1}`;
  return [
    {
      slug: areaSlug,
      kind: "action_area" as const,
      number: a + 1,
      parentSlug: null,
      title: area.title,
      summary: area.summary,
      actor: skl,
      source: "seed 004",
      history: [inActionPlan],
    },
    ...area.items.map((item, i) => ({
      slug: `${areaSlug}-punkt-${i + 1}`,
      kind: "action_item" as const,
      number: i + 1,
      parentSlug: areaSlug,
      title: capitalised(item),
      summary: `SKL ska verka för ${item}.`,
      actor: skl,
      source: "seed 004",
      history: [inActionPlan],
    })),
  ];
});

const stabilityCommitments: CommitmentSeed[] = stabilityFactors.map((factor, i) => ({
  slug: `skl-stabilitet-${i + 1}`,
  kind: "stability_factor",
  number: i + 1,
  parentSlug: null,
  title: capitalised(factor),
  summary: `För att nå stabilitet i verksamheten krävs enligt SKL:s tidigare kartläggning framför allt ${factor}.`,
  actor: skl,
  source: "seed 004",
  history: [inActionPlan],
}));

/** Every commitment, an area before its items. */
export const commitments: CommitmentSeed[] = [
  ...proposalCommitments,
  ...actionPlanCommitments,
  ...stabilityCommitments,
];
