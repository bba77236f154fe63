import type { Plural } from "./types";

/**
 * What the portal publishes about itself: about-*.tsx (the mission, contact, the accessibility
 * statement).
 * Keys: `about.*`, `contact.*`, `accessibility.*`.
 */
export const sv = {
  "about.documentTitle": "Om uppdraget",
  "about.heading": "Om samordnarens uppdrag",
  "about.intro":
    "Kraftsamling är mötesplatsen för regeringens nationella samordnare för den sociala barn- och ungdomsvården och alla som samordnaren för dialog med: kommuner, myndigheter, fackförbund, ideella organisationer, vårdgivare och forskare.",
  "about.missionHeading": "Uppdraget",
  "about.mission":
    "Regeringen tillsatte 2015 en nationell samordnare för att i dialog med kommunerna stärka och stödja socialtjänsten i arbetet med den sociala barn- och ungdomsvården, så att barn och unga får den hjälp och det stöd som de behöver. Samordnaren ska belysa kommunernas förutsättningar att ge stöd och skydd, pröva om det nationella stödet är ändamålsenligt och sprida de goda exempel som finns.",
  "about.missionBasis":
    "Grunden är socialtjänstlagen och barnets bästa: kommunen har det yttersta ansvaret för socialtjänsten, och vid kommunbesöken förs särskilt en dialog om kommunens förutsättningar att leva upp till lagens krav på kvalitet.",
  "about.methodsHeading": "Så arbetar samordnaren",
  "about.methods.dialogue":
    "En nationell dialog med parterna, i dialogmöten, hearingar och rundabordssamtal.",
  "about.methods.visits":
    "Besök i minst 50 kommuner, två gånger var, valda efter storlek och geografi så att varje län är med.",
  "about.methods.webinars": "Webbinarier, konferenser och en blogg.",
  "about.methods.measurement":
    "En mätning av hur socialsekreterare använder sin arbetstid, och hur lite av den som är direkttid med barn och familjer.",
  "about.methods.research": "Följeforskning.",
  "about.phasesHeading": "Fem faser",
  "about.phases":
    "Uppdraget går i fem faser: utforskande, kommunbesök, analys, nya kommunbesök och till sist analys, återkoppling och slutrapport.",
  "about.phasesLink": "Faserna med tider på startsidan",
  "about.participantsHeading": "Vilka som deltar",
  "about.participants":
    "Parterna finns i tre kretsar: samarbete (SKL och de regionala utvecklingsledarna), samråd (myndigheter som Socialstyrelsen, IVO och Barnombudsmannen, Föreningen Sveriges Socialchefer och länsstyrelserna) och bred delaktighet (ett trettiotal fackförbund, ideella organisationer, vårdgivare, lärosäten och FoU-miljöer).",
  "about.participantsLink": "Organisationerna som deltar",
  "about.resultsHeading": "Vad dialogen leder till",
  "about.results":
    "Det som sägs och syns vid besöken och mötena samlas som iakttagelser, utmaningar och goda exempel, och publiceras här. Var tredje månad återkopplar samordnaren till ansvarig minister. Av det som dialogen lär oss blir förslag till regeringen och åtaganden, vars status följs här.",
  "about.links.themes": "Temana som dialogen handlar om",
  "about.links.findings": "De publicerade iakttagelserna",
  "about.links.meetings": "Möten, hearingar och konferenser",
  "about.links.commitments": "Förslagen och åtagandena med status",
  "about.openDataHeading": "Öppna data",
  "about.openData":
    "Allt som publiceras här går också att hämta som öppna data och genom ett öppet GraphQL-gränssnitt, för forskare, journalister, myndigheter och kommuner.",
  "about.openDataLink": "För utvecklare och öppna data",
  "about.contactLink": "Kontakta samordnarens kansli",

  "contact.documentTitle": "Kontakt",
  "contact.heading": "Kontakta samordnarens kansli",
  "contact.intro":
    "Samordnarens kansli svarar på frågor om uppdraget, om mötena och om portalen. Skriv aldrig personnummer eller annat som pekar ut ett barn eller en familj.",
  "contact.emailHeading": "E-post",
  "contact.emailIntro": "Skriv till kansliet:",
  "contact.postalHeading": "Postadress",
  "contact.loading": "Hämtar kontaktuppgifterna …",
  "contact.unavailable": "Kontaktuppgifterna kunde inte hämtas just nu. Försök igen om en stund.",
  "contact.accessibilityHeading": "Brister i tillgängligheten",
  "contact.accessibility":
    "Om något i portalen inte fungerar för dig, eller om du behöver innehåll i ett annat format, berätta det för oss. Hur du gör och vad som händer sedan står i tillgänglighetsredogörelsen.",
  "contact.accessibilityLink": "Tillgänglighetsredogörelse",
  "contact.personalDataHeading": "Personuppgifter",
  "contact.personalData":
    "Vilka uppgifter om dig som portalen behandlar, varför, hur länge och hur du begär ut eller tar bort dem står på sidan om personuppgifter.",
  "contact.personalDataLink": "Så behandlar vi personuppgifter",
  "contact.dataHeading": "Press och forskare",
  "contact.data":
    "De publicerade iakttagelserna, mätningarna och åtagandena finns som öppna data och genom ett öppet GraphQL-gränssnitt, fritt att använda med angiven källa.",
  "contact.dataLink": "För utvecklare och öppna data",

  "accessibility.documentTitle": "Tillgänglighetsredogörelse",
  "accessibility.heading": "Tillgänglighetsredogörelse för Kraftsamling",
  "accessibility.commitment":
    "Den nationella samordnaren för den sociala barn- och ungdomsvården står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda webbplatsen. Det här dokumentet beskriver hur Kraftsamling uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.",
  "accessibility.howHeading": "Hur tillgänglig är webbplatsen?",
  "accessibility.how":
    "Vi vet att delar av webbplatsen inte är helt tillgängliga. Läs mer under Innehåll som inte är tillgängligt nedan.",
  "accessibility.cannotUseHeading": "Vad kan du göra om du inte kan använda delar av webbplatsen?",
  "accessibility.cannotUse":
    "Om du behöver innehåll från Kraftsamling som inte är tillgängligt för dig, till exempel ett mötesdokument i ett annat format, kan du meddela oss. Skriv vilken sida eller vilket dokument det gäller och vad du behöver.",
  "accessibility.cannotUseEmail": "E-post till samordnarens kansli:",
  "accessibility.responseTime": "Svarstiden är normalt fem arbetsdagar.",
  "accessibility.contactPageLink": "Fler sätt att kontakta kansliet",
  "accessibility.reportHeading": "Rapportera brister i webbplatsens tillgänglighet",
  "accessibility.report":
    "Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns. Skicka e-post till samordnarens kansli.",
  "accessibility.supervisionHeading": "Tillsyn",
  "accessibility.supervision":
    "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
  "accessibility.supervisionLink": "Anmäl bristande tillgänglighet till Digg",
  "accessibility.technicalHeading": "Teknisk information om webbplatsens tillgänglighet",
  "accessibility.technical":
    "Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service och med WCAG 2.1 på nivå AA, på grund av de brister som beskrivs nedan.",
  "accessibility.gapsHeading": "Innehåll som inte är tillgängligt",
  "accessibility.gapsIntro": "Innehållet nedan är på olika sätt inte helt tillgängligt.",
  "accessibility.nonComplianceHeading": "Bristande förenlighet med lagkraven",
  "accessibility.gap.documents":
    "Dokument till möten (PDF, Word och andra format) laddas upp av kansliet och av andra parter. Vi granskar dem inte före publicering, så alla har inte rubriker, textalternativ till bilder eller tabeller som går att läsa med skärmläsare (WCAG 1.1.1, 1.3.1, 2.4.2). Be om dokumentet i ett annat format så hjälper vi dig.",
  "accessibility.gap.graphiql":
    "Frågeverktyget för utvecklare (GraphiQL, på /utvecklare/graphiql) är en komponent från tredje part. Dess gränssnitt finns bara på engelska (WCAG 3.1.2), och redigeringsfälten är inte utformade för skärmläsare: vi ger dem namn och gör deras rullningsytor nåbara med tangentbord, men förslagslistor och felmarkeringar läses inte upp. Samma data går att hämta med exemplen på utvecklarsidan och som öppna data.",
  "accessibility.burdenHeading": "Oskäligt betungande anpassning",
  "accessibility.burden": "Vi åberopar inte undantaget för oskäligt betungande anpassning.",
  "accessibility.outOfScopeHeading": "Innehåll som inte omfattas av lagstiftningen",
  "accessibility.outOfScope.meetings":
    "Länkarna till digitala möten och webbinarier leder till tjänster hos tredje part, som vi inte styr över. Fråga kansliet före mötet om du behöver till exempel textning eller tolkning.",
  "accessibility.outOfScope.thirdParty":
    "Dokument från andra parter som varken tagits fram eller finansierats av samordnaren omfattas inte av lagen. Vi hjälper dig ändå gärna att få innehållet i ett format som fungerar för dig.",
  "accessibility.testedHeading": "Hur vi testat webbplatsen",
  "accessibility.tested": "Vi har gjort en självskattning (intern testning) av Kraftsamling:",
  "accessibility.tested.axe":
    "automatiska tester med axe mot WCAG 2.1 AA av varje sida, både inloggad och utloggad, vid varje ändring av portalen",
  "accessibility.tested.keyboard": "manuella kontroller med enbart tangentbord",
  "accessibility.tested.screenReader": "manuella kontroller med skärmläsare",
  "accessibility.tested.reflow":
    "kontroll av att sidorna går att använda i 320 pixlars bredd utan vågrät rullning",
  "accessibility.made": "Redogörelsen upprättades den {date}.",
  "accessibility.reviewed":
    "Den senaste bedömningen gjordes, och redogörelsen uppdaterades senast, den {date}.",
} satisfies Record<string, string | Plural>;
