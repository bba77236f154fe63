import type { ProposalSeed } from "./types";

/**
 * De tio förslagen till regeringen, i källans ordning (seed 001, "Sammanfattning av tio
 * regeringsuppdrag", 2017).
 *
 * Status: seed 001 säger att nio av tio förslag är beslutade och att "det 10 förslaget"
 * bereds inom Socialdepartementet. I listan är det förslag 5 som är märkt "Beredning pågår
 * inom regeringskansliet", så det är förslag 5 som har status "in_preparation"
 * ("det 10 förslaget" läses som "det tionde, återstående förslaget").
 */
export const proposals: ProposalSeed[] = [
  {
    number: 1,
    title:
      "Finansiering av stöd för användardriven innovation i den sociala barn- och ungdomsvården",
    summary:
      "Regeringen har beviljat SKL medel för att vidareutveckla arbetsformer som stödjer användardriven innovation, så att kommunerna får verktyg för medskapande och kontinuerlig förnyelse med invånaren som medskapare. Projektet genomförs tillsammans med Stiftelsen Svensk Industridesign (SVID) och den nationella samordnaren, och minst 30 kommuner deltar.",
    responsibleBody: "Sveriges Kommuner och Landsting (SKL)",
    status: "decided",
    reportDue: null,
  },
  {
    number: 2,
    title: "Tidiga och samordnade insatser",
    summary:
      "Skolverket och Socialstyrelsen ska tillsammans genomföra ett treårigt utvecklingsarbete för att förbättra samverkan mellan elevhälsan, hälso- och sjukvården och socialtjänsten, så att barn och unga får tidiga och samordnade insatser. I uppdraget ingår att kartlägga goda exempel, framgångsfaktorer och hinder för samverkan samt att följa upp, utvärdera och sprida resultatet.",
    responsibleBody: "Statens skolverk och Socialstyrelsen",
    status: "decided",
    reportDue: null,
  },
  {
    number: 3,
    title: "Säkra skolgång för barn och unga som är placerade – utveckling av SiSam",
    summary:
      "Skolverket, Specialpedagogiska skolmyndigheten och Socialstyrelsen ska anpassa SiSam-modellen för skolsamverkan för elever på särskilda ungdomshem så att den även omfattar barn och unga i familjehem, jourhem, HVB och stödboende, barn och unga i skyddat boende samt ensamkommande unga mellan 18 och 21 år som inte längre har ett placeringsbeslut. Syftet är att skapa kontinuitet i skolgången, eftersom skolgången är den enskilt viktigaste faktorn för hur det går för dessa barn senare i livet.",
    responsibleBody:
      "Statens skolverk, Specialpedagogiska skolmyndigheten (SPSM) och Socialstyrelsen",
    status: "decided",
    reportDue: null,
  },
  {
    number: 4,
    title:
      "Analys om den medicinskt ansvariga sjuksköterskans uppdrag även bör omfatta den sociala barn- och ungdomsvården – uppdrag i regleringsbrev 2017 till Socialstyrelsen",
    summary:
      "Socialstyrelsen ska analysera de rättsliga förutsättningarna, de ekonomiska konsekvenserna och för- och nackdelarna med att utvidga den medicinskt ansvariga sjuksköterskans uppdrag till den sociala barn- och ungdomsvården, för att bidra till det systematiska kvalitetsarbetet och avhjälpa brister i hälso- och sjukvården för barn och unga under utredning och placering. Uppdraget genomförs i samråd med den nationella samordnaren, SKL och andra aktörer och redovisas till Regeringskansliet (Socialdepartementet).",
    responsibleBody: "Socialstyrelsen",
    status: "decided",
    reportDue: null,
  },
  {
    number: 5,
    title:
      "Klargöra möjligheterna att hålla anmälningar som inte leder till utredning systematiskt sökbara",
    summary:
      "Socialnämnderna behöver vägledning om hur anmälningar om oro för barn kan hållas ordnade och sökbara utan att det strider mot reglerna om personuppgifter; frågan är central för barns skydd. Beredning pågår inom Regeringskansliet.",
    responsibleBody: "Regeringskansliet (Socialdepartementet)",
    status: "in_preparation",
    reportDue: null,
  },
  {
    number: 6,
    title:
      "Överlämnande av uppgifter som innefattar myndighetsutövning i den sociala barn- och ungdomsvården till annan kommun – uppdrag i regleringsbrev 2017 till Socialstyrelsen",
    summary:
      "Socialstyrelsen ska utifrån gällande rätt redogöra för en kommuns möjligheter att överlämna uppgifter som innefattar myndighetsutövning i den sociala barn- och ungdomsvården till en annan kommun och göra en konsekvensanalys av det. Utgångspunkten är att barn och unga ska få stöd, hjälp och skydd oavsett var de befinner sig; uppdraget redovisas till Regeringskansliet (Socialdepartementet).",
    responsibleBody: "Socialstyrelsen",
    status: "decided",
    reportDue: null,
  },
  {
    number: 7,
    title:
      "Medel för utvecklingsarbete för att förbättra dokumentation inom den sociala barn- och ungdomsvården",
    summary:
      "Regeringen har beviljat SKL medel för ett utvecklingsarbete som ska underlätta och effektivisera dokumentationen i barn- och ungdomsärenden genom att undersöka hur dokumentationskraven omsätts i praktiken. Bättre stöd för dokumentation kan göra barn mer delaktiga och på sikt bidra till minskad personalomsättning bland socialsekreterare.",
    responsibleBody: "Sveriges Kommuner och Landsting (SKL)",
    status: "decided",
    reportDue: null,
  },
  {
    number: 8,
    title:
      "Medel för utvecklingsarbete gällande digitalt stöd inom den sociala barn- och ungdomsvården",
    summary:
      "Regeringen har beviljat SKL medel för att undersöka om taligenkänning kan användas i den sociala barn- och ungdomsvården för att frigöra socialsekreterares tid, till exempel för samtal med barn och unga. Försöksverksamheten ska bland annat pröva om dokumentationen blir mer effektiv, tidsbesparande och transparent och om barn, unga och vårdnadshavare blir mer delaktiga i den.",
    responsibleBody: "Sveriges Kommuner och Landsting (SKL)",
    status: "decided",
    reportDue: null,
  },
  {
    number: 9,
    title:
      "Medel för ett forskningsprojekt om tidiga och förebyggande insatser i den sociala barn- och ungdomsvården",
    summary:
      "Regeringen har beviljat Växjö kommun medel för ett verksamhetsnära, tvärvetenskapligt forskningsprojekt som följer upp och utvärderar ett samarbetsprojekt om tidiga och förebyggande insatser. Syftet är att belysa och analysera framgångsfaktorerna i samverkansprojektet.",
    responsibleBody: "Växjö kommun",
    status: "decided",
    reportDue: "2017-09-29",
  },
  {
    number: 10,
    title:
      "Utvecklingsprojekt för att behålla och rekrytera socionomer inom den myndighetsutövande socialtjänsten",
    summary:
      "Regeringen har beviljat Uppsala kommun medel under 2016 och 2017 för att tillsammans med Akademikerförbundet SSR och Vision genomföra ett utvecklingsprojekt för att behålla och rekrytera socionomer i den sociala barn- och ungdomsvården. Syftet är att vända rekryteringstrenden och bli en attraktiv arbetsgivare för socionomer; projektet följs av forskare.",
    responsibleBody: "Uppsala kommun tillsammans med Akademikerförbundet SSR och Vision",
    status: "decided",
    reportDue: "2018-03-31",
  },
];
