/**
 * Texter för de PÅHITTADE demo-iakttagelserna, per tema och slag (utmaning eller gott exempel).
 * De är allmänt hållna exempel i andan av frågorna vid kommunbesöken (seed 000, bild 10–11),
 * de tio förslagen (seed 001) och den nationella dialogen (seed 002), inte något som har sagts
 * i en verklig kommun. De nämner aldrig en person och handlar aldrig om ett enskilt barn.
 */

export interface FindingText {
  title: string;
  /** En eller två meningar; källans mening läggs till efter. */
  body: string;
}

export type FindingTexts = Record<"challenge" | "good_example", FindingText[]>;

export const demoFindingTexts: Record<string, FindingTexts> = {
  "forutsattningar-for-god-kvalitet": {
    challenge: [
      {
        title: "Nämnden saknar en samlad bild av barn- och ungdomsvården",
        body: "Socialnämnden får sällan underlag som visar hur arbetet med barn och unga fungerar. Beslut om resurser fattas därför utan en samlad bild av behoven.",
      },
      {
        title: "Budgeten styr mer än behoven",
        body: "Placeringskostnaderna tränger undan det förebyggande arbetet. Ekonomin följs upp varje månad, kvaliteten mer sällan.",
      },
      {
        title: "Liten verksamhet blir sårbar",
        body: "Med ett fåtal handläggare blir verksamheten sårbar när någon slutar eller är sjuk. Kompetensen finns hos enskilda medarbetare snarare än i organisationen.",
      },
      {
        title: "Politik och förvaltning talar förbi varandra",
        body: "Den politiska ledningen och förvaltningen beskriver uppdraget på olika sätt. Det saknas forum där de tillsammans diskuterar vad god kvalitet innebär.",
      },
      {
        title: "Lokalerna passar inte för samtal med barn",
        body: "Trånga lokaler och brist på samtalsrum gör det svårt att ta emot barn och familjer på ett bra sätt.",
      },
    ],
    good_example: [
      {
        title: "Nämnden följer barn- och ungdomsvården på varje sammanträde",
        body: "Socialnämnden har en stående punkt om barn och unga där förvaltningen redovisar läget. Politikerna har fått en bättre förståelse för verksamhetens villkor.",
      },
      {
        title: "Gemensam målbild för politik och förvaltning",
        body: "Nämnd och förvaltning har tagit fram en gemensam målbild för barn- och ungdomsvården. Målbilden används när budgeten prioriteras.",
      },
      {
        title: "Samarbete med grannkommuner minskar sårbarheten",
        body: "Kommunen delar jourverksamhet och viss specialistkompetens med grannkommunerna. Verksamheten har blivit mindre beroende av enskilda medarbetare.",
      },
      {
        title: "Revisionen granskar kvaliteten, inte bara ekonomin",
        body: "Kommunens revisorer har granskat hur barn- och ungdomsvården följer upp sina insatser. Granskningen blev ett stöd i förbättringsarbetet.",
      },
      {
        title: "Resurser flyttade till öppenvården",
        body: "Genom att satsa på öppenvård nära hemmet har kommunen kunnat minska antalet placeringar. Pengarna som frigjorts används i det förebyggande arbetet.",
      },
    ],
  },
  "barnets-basta-och-delaktighet": {
    challenge: [
      {
        title: "Barn får sällan komma till tals i utredningen",
        body: "Tiden räcker ofta inte till att träffa barnet mer än en gång under en utredning. Barnets egen berättelse blir därför kortfattad.",
      },
      {
        title: "Barns synpunkter når inte verksamhetsutvecklingen",
        body: "Barns och ungas synpunkter samlas in i enskilda ärenden men sammanställs inte. De används därför inte när verksamheten utvecklas.",
      },
      {
        title: "Barnets bästa blir en rubrik utan innehåll",
        body: "I många utredningar står barnets bästa som en rubrik utan egentligt innehåll. Det går inte att se hur bedömningen har gjorts.",
      },
      {
        title: "Placerade barn byter socialsekreterare ofta",
        body: "Barn i familjehem har ofta haft många olika socialsekreterare. Det gör det svårt att bygga förtroende och att bli lyssnad på.",
      },
      {
        title: "Vårdnadshavare förstår inte besluten",
        body: "Föräldrar uppger att de inte har förstått varför ett beslut fattades. Beslut och utredningar är skrivna för myndigheten snarare än för familjen.",
      },
    ],
    good_example: [
      {
        title: "Barnsamtal i varje utredning",
        body: "Verksamheten har som rutin att alltid erbjuda ett enskilt samtal med barnet, anpassat efter barnets ålder. Samtalen följs upp i arbetsgruppen.",
      },
      {
        title: "Ungdomsråd granskar socialtjänstens texter",
        body: "Ett råd med unga som har egen erfarenhet av socialtjänsten läser och kommenterar brev, blanketter och information. Texterna har blivit kortare och tydligare.",
      },
      {
        title: "Barns synpunkter följs upp med en enkel enkät",
        body: "Barn och unga som har haft insatser får svara på några enkla frågor när insatsen avslutas. Svaren redovisas för nämnden en gång om året.",
      },
      {
        title: "Besluten förklaras i ett samtal",
        body: "Socialsekreteraren går igenom beslutet med barnet och vårdnadshavarna i ett samtal, inte bara i brev. Familjerna förstår mer av processen.",
      },
      {
        title: "En fast socialsekreterare för placerade barn",
        body: "Varje placerat barn har samma socialsekreterare så länge placeringen pågår. Barnen vet vem de kan vända sig till.",
      },
    ],
  },
  "ledarskap-medarbetarskap-och-personalforsorjning": {
    challenge: [
      {
        title: "Hög personalomsättning bland socialsekreterare",
        body: "Många socialsekreterare har arbetat kortare tid än två år. Erfarna medarbetare går vidare till andra verksamheter eller till bemanningsföretag.",
      },
      {
        title: "Nyexaminerade får de svåraste ärendena",
        body: "Nya medarbetare får tidigt ansvar för komplexa utredningar utan tillräcklig introduktion. Det ökar risken att de lämnar yrket.",
      },
      {
        title: "Arbetsledarna har för många medarbetare",
        body: "Enhetscheferna ansvarar för så många medarbetare att det inte finns tid för ärendehandledning. Ledarskapet blir mest administration.",
      },
      {
        title: "Beroende av inhyrda konsulter",
        body: "Verksamheten behöver konsulter för att hinna med utredningarna i tid. Det är dyrt och gör det svårt att bygga en gemensam arbetskultur.",
      },
      {
        title: "Hög arbetsbelastning och ökad sjukfrånvaro",
        body: "Medarbetarna beskriver en ständig stress över att inte hinna med. Sjukfrånvaron har ökat det senaste året.",
      },
    ],
    good_example: [
      {
        title: "Introduktionsprogram för nya socialsekreterare",
        body: "Nya medarbetare får ett halvårs introduktion med mentor och ett begränsat antal ärenden. Fler stannar kvar efter det första året.",
      },
      {
        title: "Karriärvägar för erfarna handläggare",
        body: "Kommunen har inrättat tjänster som specialistsocionom. Erfarna medarbetare kan utvecklas utan att lämna myndighetsutövningen.",
      },
      {
        title: "Ärendehandledning varje vecka",
        body: "Arbetsgruppen har fast tid för ärendedragning med enhetschef och metodstöd. Ingen står ensam i svåra beslut.",
      },
      {
        title: "Mindre arbetsgrupper med närmare ledning",
        body: "Efter en omorganisation har varje enhetschef färre medarbetare. Cheferna hinner nu vara närvarande i det dagliga arbetet.",
      },
      {
        title: "Praktikplatser i samarbete med lärosätet",
        body: "Kommunen tar emot socionomstudenter på praktik i samarbete med lärosätet. Flera av dem har sedan anställts.",
      },
    ],
  },
  "systematiskt-kvalitetsarbete": {
    challenge: [
      {
        title: "Ledningssystemet används inte i vardagen",
        body: "Det finns ett ledningssystem med rutiner, men medarbetarna känner inte till det. Rutinerna uppdateras sällan.",
      },
      {
        title: "Insatserna följs inte upp",
        body: "Verksamheten vet sällan om de insatser som beviljas ger effekt. Uppföljningen sker i enskilda ärenden men sammanställs inte.",
      },
      {
        title: "Få avvikelser rapporteras",
        body: "Medarbetarna rapporterar få avvikelser. Det saknas en kultur där misstag ses som en möjlighet att lära.",
      },
      {
        title: "Statistiken analyseras inte",
        body: "Verksamheten tar fram statistik till nämnden, men ingen har tid att analysera den. Siffrorna leder sällan till förändring.",
      },
      {
        title: "Kunskapsstöden når inte handläggningen",
        body: "Nationella riktlinjer och kunskapsstöd är kända hos cheferna men används sällan i det dagliga arbetet.",
      },
    ],
    good_example: [
      {
        title: "Nyckeltal följs upp varje månad",
        body: "Ledningsgruppen går varje månad igenom några få nyckeltal för barn- och ungdomsvården. Avvikelser leder till konkreta åtgärder.",
      },
      {
        title: "Strukturerad uppföljning av placeringar",
        body: "Alla placeringar följs upp med samma frågor efter sex månader. Resultaten används när familjehem och HVB väljs.",
      },
      {
        title: "Egenkontroller i akterna",
        body: "Enhetscheferna granskar ett urval akter varje kvartal. Bristerna tas upp på arbetsplatsträffarna.",
      },
      {
        title: "Kvalitetsutvecklare stöder arbetsgrupperna",
        body: "En kvalitetsutvecklare hjälper arbetsgrupperna att följa upp sitt arbete och att sprida det som fungerar.",
      },
      {
        title: "Avvikelser gås igenom tillsammans",
        body: "Verksamheten har gjort det enklare att rapportera avvikelser och går igenom dem gemensamt. Fler rapporteras nu, och rutinerna har förbättrats.",
      },
    ],
  },
  valfardsteknologi: {
    challenge: [
      {
        title: "Verksamhetssystemet passar inte arbetet",
        body: "Socialsekreterarna lägger mycket tid på att ta sig fram i verksamhetssystemet. Systemet är byggt för ekonomi och statistik snarare än för handläggning.",
      },
      {
        title: "Digitala möten används sällan",
        body: "Det saknas teknik och rutiner för digitala möten med familjer och samarbetspartner. Resorna tar tid från annat arbete.",
      },
      {
        title: "Osäkerhet om informationssäkerheten bromsar",
        body: "Oklarheter om vad som är tillåtet hindrar verksamheten från att pröva nya digitala verktyg.",
      },
      {
        title: "Små kommuner saknar digitalt stöd",
        body: "Kommunen har inte resurser att själv utveckla eller upphandla digitalt stöd. Ett samarbete med andra kommuner har inte kommit till stånd.",
      },
      {
        title: "Samma uppgifter förs in i flera system",
        body: "Uppgifterna registreras i flera system som inte kan utbyta information med varandra. Det tar tid och ger fel.",
      },
    ],
    good_example: [
      {
        title: "Taligenkänning prövas i dokumentationen",
        body: "Några socialsekreterare prövar taligenkänning när de skriver journalanteckningar. De första erfarenheterna visar att tid frigörs.",
      },
      {
        title: "E-tjänst för anmälningar från yrkesverksamma",
        body: "Skola och hälso- och sjukvård kan lämna anmälningar via en säker e-tjänst. Anmälningarna blir mer fullständiga och kommer fram snabbare.",
      },
      {
        title: "Digitala uppföljningssamtal med familjehem",
        body: "Uppföljningssamtal med familjehem på annan ort hålls ibland digitalt. Restiden har minskat utan att kontakten blivit sämre.",
      },
      {
        title: "Gemensam upphandling av digitalt stöd i länet",
        body: "Flera kommuner i länet har gått samman för att upphandla och införa digitalt stöd. De delar både kostnaderna och kunskapen.",
      },
      {
        title: "Mobilt arbetssätt i öppenvården",
        body: "Personalen i öppenvården har surfplattor och kan dokumentera direkt efter ett hembesök.",
      },
    ],
  },
  "samverkan-mellan-nivaer": {
    challenge: [
      {
        title: "Många nationella initiativ samtidigt",
        body: "Uppdrag och stöd från myndigheterna kommer från många håll samtidigt. Det är svårt att veta vad som ska prioriteras.",
      },
      {
        title: "Det regionala stödet når inte de minsta kommunerna",
        body: "Den regionala stödstrukturen arbetar mest med de större kommunerna i länet. De mindre har svårt att delta.",
      },
      {
        title: "Statliga utvecklingsmedel är kortsiktiga",
        body: "Projekt med statliga medel avslutas när pengarna tar slut. Det som har byggts upp lever sällan vidare.",
      },
      {
        title: "Tillsyn och kunskapsstöd ger olika besked",
        body: "Tillsynen och de nationella kunskapsstöden upplevs ibland peka åt olika håll. Det skapar osäkerhet i handläggningen.",
      },
      {
        title: "Nationella riktlinjer är svåra att införa lokalt",
        body: "Nationella riktlinjer tas emot men saknar stöd för hur de ska införas i en liten organisation.",
      },
    ],
    good_example: [
      {
        title: "Länets enhetschefer träffas regelbundet",
        body: "Länets enhetschefer inom barn och unga träffas med stöd av den regionala utvecklingsledaren. De delar rutiner och löser gemensamma problem.",
      },
      {
        title: "Statliga medel planeras in i den ordinarie budgeten",
        body: "Kommunen har från början planerat hur det som byggs upp med statliga medel ska finansieras när projektet tar slut.",
      },
      {
        title: "Tillsynens iakttagelser blir en del av kvalitetsarbetet",
        body: "Iakttagelser från tillsynen förs in i verksamhetens egen handlingsplan och följs upp av nämnden.",
      },
      {
        title: "Gemensam utbildning för nya socialsekreterare i länet",
        body: "Länets kommuner har tillsammans med FoU-miljön tagit fram en utbildning för nya socialsekreterare.",
      },
      {
        title: "Deltagande i nationellt utvecklingsarbete",
        body: "Genom att delta i ett nationellt utvecklingsarbete har kommunen fått stöd i att pröva nya arbetssätt och jämföra sig med andra.",
      },
    ],
  },
  "tidiga-och-samordnade-insatser": {
    challenge: [
      {
        title: "Skolan och socialtjänsten möts först vid kris",
        body: "Samverkan med skolan sker oftast när ett problem redan har vuxit sig stort. Det saknas forum för tidiga samtal.",
      },
      {
        title: "Placerade barns skolgång följs inte upp",
        body: "Verksamheten vet inte hur det går i skolan för barn som är placerade i familjehem eller HVB. Ansvaret mellan skola och socialtjänst är oklart.",
      },
      {
        title: "Långa väntetider till barn- och ungdomspsykiatrin",
        body: "Barn som behöver stöd från barn- och ungdomspsykiatrin väntar länge. Socialtjänsten får under tiden bära ärenden som kräver annan kompetens.",
      },
      {
        title: "Samordnade planer upprättas sällan",
        body: "Trots att flera huvudmän är inblandade upprättas sällan en samordnad individuell plan. Familjerna får själva hålla ihop kontakterna.",
      },
      {
        title: "Det förebyggande arbetet prioriteras bort",
        body: "När trycket på myndighetsutövningen ökar är det förebyggande arbetet det första som får stå tillbaka.",
      },
    ],
    good_example: [
      {
        title: "Socialsekreterare på plats i skolan",
        body: "En socialsekreterare finns några dagar i veckan på skolorna och kan tidigt ge råd till personal, elever och föräldrar.",
      },
      {
        title: "Familjecentralen samlar stödet",
        body: "Mödravård, barnhälsovård, öppen förskola och socialtjänst finns under samma tak. Föräldrar får stöd utan att behöva söka det på flera ställen.",
      },
      {
        title: "Skolsamverkan för placerade barn",
        body: "Kommunen följer upp skolgången för alla placerade barn enligt en gemensam modell med skolan, med SiSam som förebild.",
      },
      {
        title: "Fasta möten med elevhälsan",
        body: "Elevhälsan och socialtjänsten har fasta möten där de kan ta upp en oro tidigt, utan namn eller med föräldrarnas samtycke.",
      },
      {
        title: "Samordnad individuell plan som rutin",
        body: "En samordnad individuell plan upprättas som rutin när barnet har insatser från både region och kommun.",
      },
    ],
  },
  "direkttid-och-dokumentation": {
    challenge: [
      {
        title: "Lite tid för samtal med barn och familjer",
        body: "Bara en liten del av arbetstiden går till möten med barn och familjer. Resten är dokumentation, administration och resor.",
      },
      {
        title: "Utredningarna blir för omfattande",
        body: "Utredningarna är långa och innehåller mycket som inte behövs för bedömningen. Det tar tid från arbetet med familjen.",
      },
      {
        title: "Oklart vad som måste dokumenteras",
        body: "Medarbetarna är osäkra på vad som måste dokumenteras och skriver därför hellre för mycket än för lite.",
      },
      {
        title: "Administrativa uppgifter hamnar hos socialsekreterarna",
        body: "Uppgifter som administratörer kunde sköta, som bokningar och fakturor, görs av socialsekreterarna.",
      },
      {
        title: "Mallarna stöder inte arbetet",
        body: "Mallarna för utredning och journal är många och överlappar varandra.",
      },
    ],
    good_example: [
      {
        title: "Administratörer avlastar socialsekreterarna",
        body: "Kommunen har anställt administratörer som sköter bokningar, utskick och registrering. Socialsekreterarna har fått mer tid för samtal.",
      },
      {
        title: "Kortare och tydligare utredningar",
        body: "En arbetsgrupp har förenklat utredningsmallen och tagit bort överlappande rubriker. Utredningarna har blivit kortare utan att bli sämre.",
      },
      {
        title: "Tidsmätningen gav underlag för förändring",
        body: "Efter mätningen av hur tiden används har verksamheten sett över sina möten och rutiner. Andelen direkttid har ökat.",
      },
      {
        title: "Gemensamma riktlinjer för journalföring",
        body: "Tydliga riktlinjer för vad som ska journalföras har minskat osäkerheten och tiden för dokumentation.",
      },
      {
        title: "Fler möten i familjens vardag",
        body: "Socialsekreterarna träffar oftare familjerna hemma eller i skolan. Det ger mer direkttid och en bättre bild av barnets vardag.",
      },
    ],
  },
};

/** En tema utan egna texter (ett tema som lagts till senare) får allmänna texter med temats titel. */
export function genericFindingTexts(themeTitle: string): FindingTexts {
  return {
    challenge: [
      {
        title: `${themeTitle}: ett utvecklingsområde`,
        body: "Verksamheten beskriver att arbetet inom området har svårt att få tid och resurser.",
      },
    ],
    good_example: [
      {
        title: `${themeTitle}: ett arbetssätt som fungerar`,
        body: "Verksamheten har hittat ett arbetssätt inom området som fungerar och som andra kan lära av.",
      },
    ],
  };
}

/** Meningen om var iakttagelsen kommer ifrån, efter texten; per källa (och besöksomgång). */
export const demoSourceSentences: Record<string, Record<"challenge" | "good_example", string[]>> = {
  visit1: {
    challenge: [
      "Det kom fram vid det första kommunbesöket.",
      "Både ledning och medarbetare tog upp detta vid besöket.",
      "Bilden delades av flera av dem som deltog i besöket.",
    ],
    good_example: [
      "Verksamheten berättade om detta vid det första kommunbesöket.",
      "Arbetssättet beskrevs vid besöket som något som andra kan lära av.",
      "Både ledning och medarbetare lyfte fram detta vid besöket.",
    ],
  },
  visit2: {
    challenge: [
      "Vid återbesöket beskrevs detta som ett fortsatt problem.",
      "Frågan kvarstod vid återbesöket trots försök att förändra arbetet.",
      "Vid återbesöket hade läget snarare blivit svårare.",
    ],
    good_example: [
      "Vid återbesöket beskrevs detta som en förändring sedan det första besöket.",
      "Arbetet hade kommit i gång efter det första besöket och redovisades vid återbesöket.",
      "Vid återbesöket kunde verksamheten visa de första resultaten.",
    ],
  },
  dialogue_meeting: {
    challenge: [
      "Flera organisationer lyfte detta vid dialogmötet.",
      "Bilden återkom i flera samtal vid dialogmötet.",
    ],
    good_example: [
      "Exemplet lyftes fram vid dialogmötet som något att sprida.",
      "Flera organisationer berättade om liknande arbete vid dialogmötet.",
    ],
  },
  hearing: {
    challenge: [
      "Frågan återkom i flera inlägg under hearingen.",
      "Flera av dem som talade vid hearingen beskrev samma svårighet.",
    ],
    good_example: [
      "Exemplet presenterades vid hearingen.",
      "Flera inlägg under hearingen pekade på liknande arbetssätt.",
    ],
  },
  round_table: {
    challenge: [
      "Deltagarna i rundabordssamtalet var överens om att frågan behöver lösas.",
      "Frågan var en av de mest diskuterade vid rundabordssamtalet.",
    ],
    good_example: [
      "Exemplet diskuterades vid rundabordssamtalet som en möjlig väg framåt.",
      "Deltagarna i rundabordssamtalet gav flera exempel på samma arbetssätt.",
    ],
  },
  webinar: {
    challenge: [
      "Flera deltagare i webbinariet berättade om liknande erfarenheter.",
      "Frågan kom upp många gånger i webbinariets chatt.",
    ],
    good_example: [
      "Exemplet presenterades i ett webbinarium och väckte många frågor.",
      "Flera deltagare i webbinariet berättade om liknande arbete.",
    ],
  },
  survey: {
    challenge: [
      "Det framgår av svaren i enkäten till socialsekreterare och arbetsledare.",
      "Mätningen av hur socialsekreterarna använder sin tid visar samma bild.",
    ],
    good_example: [
      "Enkätsvaren visar att arbetssättet förekommer i flera kommuner.",
      "I mätningen av arbetstiden sticker kommuner med detta arbetssätt ut positivt.",
    ],
  },
  research: {
    challenge: [
      "Forskning och uppföljningar pekar åt samma håll.",
      "Svårigheten beskrivs också i flera studier av den sociala barn- och ungdomsvården.",
    ],
    good_example: [
      "Forskningen ger stöd för att arbetssättet gör skillnad.",
      "Arbetssättet har utvärderats med goda resultat.",
    ],
  },
};

/** Meningen som ersätter källans när en publicerad iakttagelse har redigerats. */
export const demoRevisionSentences = [
  "Texten har förtydligats efter synpunkter från verksamheten.",
  "Uppgiften har stämts av med verksamheten efter publiceringen.",
  "Beskrivningen har kompletterats efter en uppföljning.",
];

/** Varför en iakttagelse togs tillbaka från allmänheten. */
export const demoUnpublishedReasons = [
  "Uppgiften behöver stämmas av med kommunen innan den visas igen.",
  "Iakttagelsen överlappar en annan och tas tillbaka tills de har slagits samman.",
];
