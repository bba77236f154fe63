import type { VisitQuestionSeed } from "./types";

/**
 * Frågorna vid kommunbesöken, ordagrant från seed 000, bild 10 ("Frågor vid kommunbesöken")
 * och bild 11 ("forts. frågor").
 *
 * Bild 10 har tre och bild 11 fyra frågemeningar, alltså sju frågor. DOMAIN.md talar om
 * åtta, men källan innehåller sju och ingen fråga har delats på konstgjord väg.
 *
 * Rättade stavfel: "vårs" → "vård", "barn och ungdomsvård" / "barn-och ungdomsvården" →
 * "barn- och ungdomsvård(en)". "kvalitén" står kvar som i källan.
 */
export const visitQuestions: VisitQuestionSeed[] = [
  {
    number: 1,
    text: "Hur är kommunens förutsättningar för att bedriva en social barn- och ungdomsvård med god kvalitet?",
    themeSlug: "forutsattningar-for-god-kvalitet",
  },
  {
    number: 2,
    text: "Hur möjliggör kommunen barnets och vårdnadshavarnas behov och rättigheter?",
    themeSlug: "barnets-basta-och-delaktighet",
  },
  {
    number: 3,
    text: "Hur arbetar ni för att införa välfärdsteknologiska möjligheter inom den sociala barn- och ungdomsvården?",
    themeSlug: "valfardsteknologi",
  },
  {
    number: 4,
    text: "Har ledarskapet och medarbetarskapet förutsättningar för att leva upp till en social barn- och ungdomsvård av god kvalitet?",
    themeSlug: "ledarskap-medarbetarskap-och-personalforsorjning",
  },
  {
    number: 5,
    text: "Hur arbetar ni för att systematiskt och fortlöpande utveckla kvalitén inom den sociala barn- och ungdomsvården?",
    themeSlug: "systematiskt-kvalitetsarbete",
  },
  {
    number: 6,
    text: "Hur beaktar ni barnets bästa och barns synpunkter på den sociala barn- och ungdomsvården i ert systematiska kvalitetsarbete?",
    themeSlug: "barnets-basta-och-delaktighet",
  },
  {
    number: 7,
    text: "Hur arbetar ni för att i det kommunala kvalitetsarbetet integrera åtgärder och initiativ som sker på kommunal, regional och nationell nivå?",
    themeSlug: "samverkan-mellan-nivaer",
  },
];
