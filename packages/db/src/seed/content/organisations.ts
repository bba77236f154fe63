import type { OrganisationSeed } from "./types";

/**
 * Organisationerna i uppdragets tre kretsar.
 *
 * Källor:
 * - seed 000, bild 12 (samarbete och samråd) och bild 13 (bred delaktighet),
 * - seed 003 (dialogmötet 20 april 2015): Riksförbundet för förstärkt familjehemsvård och
 *   Hela Människan har lagts till i bred delaktighet. "Vårdföretagarna Almega" (seed 003) och
 *   "Vårdföretagen Almega" (seed 000) är samma organisation och finns bara en gång.
 *
 * Namnen är rättade där källan har uppenbara stavfel (t.ex. "Statens Institutions Styrelse").
 * Organisationer som senare har bytt namn behåller namnet från 2015–2017; det nya namnet
 * nämns i beskrivningen och webbplatsen är den nuvarande officiella.
 * Webbplats anges bara där domänen är säker.
 */
export const organisations: OrganisationSeed[] = [
  // --- Samarbete (seed 000, bild 12) ---
  {
    slug: "skl",
    name: "Sveriges Kommuner och Landsting",
    shortName: "SKL",
    kind: "arbetsgivarorganisation",
    circle: "samarbete",
    description:
      "Arbetsgivar- och intresseorganisation för Sveriges kommuner, landsting och regioner, sedan 2019 Sveriges Kommuner och Regioner (SKR).",
    website: "https://skr.se",
  },
  {
    slug: "regionala-utvecklingsledare",
    name: "Regionala utvecklingsledare",
    kind: "region",
    circle: "samarbete",
    description:
      "Nätverk av regionala utvecklingsledare inom de regionala stödstrukturerna som stödjer kommunernas kunskaps- och utvecklingsarbete i socialtjänsten.",
  },

  // --- Samråd (seed 000, bild 12) ---
  {
    slug: "socialstyrelsen",
    name: "Socialstyrelsen",
    kind: "myndighet",
    circle: "samrad",
    description:
      "Statlig förvaltningsmyndighet för socialtjänst, hälso- och sjukvård och kunskapsstöd inom dessa områden.",
    website: "https://www.socialstyrelsen.se",
  },
  {
    slug: "inspektionen-for-vard-och-omsorg",
    name: "Inspektionen för vård och omsorg",
    shortName: "IVO",
    kind: "myndighet",
    circle: "samrad",
    description:
      "Statlig myndighet med ansvar för tillsyn över vård, socialtjänst och verksamhet enligt LSS.",
    website: "https://www.ivo.se",
  },
  {
    slug: "barnombudsmannen",
    name: "Barnombudsmannen",
    kind: "myndighet",
    circle: "samrad",
    description:
      "Statlig myndighet som företräder barns och ungas rättigheter och intressen utifrån barnkonventionen.",
    website: "https://www.barnombudsmannen.se",
  },
  {
    slug: "folkhalsomyndigheten",
    name: "Folkhälsomyndigheten",
    kind: "myndighet",
    circle: "samrad",
    description: "Statlig myndighet med nationellt ansvar för folkhälsofrågor.",
    website: "https://www.folkhalsomyndigheten.se",
  },
  {
    slug: "statens-institutionsstyrelse",
    name: "Statens institutionsstyrelse",
    shortName: "SiS",
    kind: "myndighet",
    circle: "samrad",
    description:
      "Statlig myndighet som bedriver individuellt anpassad tvångsvård av unga vid särskilda ungdomshem och av vuxna med missbruk.",
    website: "https://www.stat-inst.se",
  },
  {
    slug: "samordnare-psykisk-ohalsa",
    name: "Samordnare för statens insatser inom psykisk ohälsa",
    kind: "myndighet",
    circle: "samrad",
    description:
      "Av regeringen utsedd nationell samordnare för statens insatser inom området psykisk ohälsa.",
  },
  {
    slug: "foreningen-sveriges-socialchefer",
    name: "Föreningen Sveriges Socialchefer",
    shortName: "FSS",
    kind: "intresseorganisation",
    circle: "samrad",
    description: "Förening för chefer inom socialtjänsten i Sveriges kommuner.",
  },
  {
    slug: "lansstyrelserna",
    name: "Länsstyrelserna",
    kind: "myndighet",
    circle: "samrad",
    description: "Statens regionala myndigheter, en i vart och ett av Sveriges 21 län.",
    website: "https://www.lansstyrelsen.se",
  },

  // --- Bred delaktighet (seed 000, bild 13) ---
  {
    slug: "akademikerforbundet-ssr",
    name: "Akademikerförbundet SSR",
    kind: "fackforbund",
    circle: "bred_delaktighet",
    description:
      "Fackförbund inom Saco som bland annat organiserar socionomer och andra akademiker i socialt arbete.",
    website: "https://akademssr.se",
  },
  {
    slug: "arbetsmiljoverket",
    name: "Arbetsmiljöverket",
    kind: "myndighet",
    circle: "bred_delaktighet",
    description: "Statlig myndighet med ansvar för frågor om arbetsmiljö och arbetstid.",
    website: "https://www.av.se",
  },
  {
    slug: "barnens-ratt-i-samhallet",
    name: "Barnens rätt i samhället",
    shortName: "Bris",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Ideell organisation som ger stöd till barn och unga och arbetar för barns rättigheter.",
    website: "https://www.bris.se",
  },
  {
    slug: "datainspektionen",
    name: "Datainspektionen",
    kind: "myndighet",
    circle: "bred_delaktighet",
    description:
      "Statlig tillsynsmyndighet för behandling av personuppgifter, sedan 2021 Integritetsskyddsmyndigheten (IMY).",
    website: "https://www.imy.se",
  },
  {
    slug: "ersta-barnrattsbyra",
    name: "Ersta Barnrättsbyrå",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Barnrättsbyrå som stödjer barn och unga i deras kontakter med socialtjänsten och andra myndigheter.",
  },
  {
    slug: "famna",
    name: "Famna",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Riksorganisation för idéburen vård och social omsorg.",
    website: "https://www.famna.org",
  },
  {
    slug: "fou-miljoer",
    name: "FoU-miljöer",
    kind: "fou_miljo",
    circle: "bred_delaktighet",
    description:
      "Samlingspost för regionala och kommunala miljöer för forskning och utveckling inom socialtjänsten.",
  },
  {
    slug: "forum-for-familjevard",
    name: "Forum för familjevård",
    shortName: "FfF",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Förening som samlar aktörer inom familjehemsvården.",
  },
  {
    slug: "foreningen-maskrosbarn",
    name: "Föreningen Maskrosbarn",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Ideell förening för barn och unga som har föräldrar med missbruk eller psykisk ohälsa.",
  },
  {
    slug: "goda-foretagare-for-barn-och-unga",
    name: "Goda företagare för barn och unga",
    kind: "vardforetag",
    circle: "bred_delaktighet",
    description: "Sammanslutning av privata företag som bedriver vård och stöd för barn och unga.",
  },
  {
    slug: "handikappforbunden",
    name: "Handikappförbunden",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Samarbetsorganisation för funktionshinderrörelsens förbund, sedan 2017 Funktionsrätt Sverige.",
    website: "https://funktionsratt.se",
  },
  {
    slug: "kommunala-foretagens-samorganisation",
    name: "Kommunala företagens samorganisation",
    shortName: "KFS",
    kind: "arbetsgivarorganisation",
    circle: "bred_delaktighet",
    description: "Arbetsgivarorganisation för kommunalt ägda och andra företag.",
  },
  {
    slug: "maskrosforaldrar",
    name: "Maskrosföräldrar",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Ideell organisation som bjöds in till dialog i uppdragets krets för bred delaktighet.",
  },
  {
    slug: "myndigheten-for-delaktighet",
    name: "Myndigheten för delaktighet",
    shortName: "MFD",
    kind: "myndighet",
    circle: "bred_delaktighet",
    description:
      "Statlig myndighet som verkar för full delaktighet för personer med funktionsnedsättning.",
    website: "https://www.mfd.se",
  },
  {
    slug: "nu-bryter-vi-tystnaden",
    name: "Nätverket för socialarbetare i Stockholm: Nu bryter vi tystnaden",
    shortName: "Nu bryter vi tystnaden",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Nätverk av socialarbetare i Stockholm som uppmärksammar arbetsvillkoren i socialtjänsten.",
  },
  {
    slug: "larosaten",
    name: "Lärosäten",
    kind: "larosate",
    circle: "bred_delaktighet",
    description:
      "Samlingspost för universitet och högskolor med socionomutbildning och forskning i socialt arbete.",
  },
  {
    slug: "radda-barnen",
    name: "Rädda Barnen",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Ideell barnrättsorganisation som arbetar för barns rättigheter.",
    website: "https://www.raddabarnen.se",
  },
  {
    slug: "roda-korset",
    name: "Svenska Röda Korset",
    shortName: "Röda Korset",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Humanitär hjälporganisation och del av den internationella Röda Korset-rörelsen.",
    website: "https://www.rodakorset.se",
  },
  {
    slug: "samarbetsorgan-for-etniska-organisationer-i-sverige",
    name: "Samarbetsorgan för etniska organisationer i Sverige",
    shortName: "SIOS",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Paraplyorganisation för etniska riksorganisationer i Sverige.",
  },
  {
    slug: "samhallets-styvbarn",
    name: "Samhällets styvbarn",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Ideell förening för personer som har vuxit upp i samhällets vård, till exempel i familjehem eller på institution.",
  },
  {
    slug: "bbic-natverket",
    name: "Socialstyrelsens nationella nätverk för BBIC",
    shortName: "BBIC-nätverket",
    kind: "myndighet",
    circle: "bred_delaktighet",
    description:
      "Nationellt nätverk kring Barns behov i centrum (BBIC) som samordnas av Socialstyrelsen.",
  },
  {
    slug: "stiftelsen-allmanna-barnhuset",
    name: "Stiftelsen Allmänna barnhuset",
    shortName: "Allmänna barnhuset",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Stiftelse som stödjer forskning och utvecklingsarbete för barn och unga i socialt utsatta situationer.",
    website: "https://allmannabarnhuset.se",
  },
  {
    slug: "stulen-barndom",
    name: "Stulen barndom",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Förening för personer som har utsatts för vanvård i samhällets vård.",
  },
  {
    slug: "svenska-vard",
    name: "Svenska Vård",
    kind: "vardforetag",
    circle: "bred_delaktighet",
    description: "Bransch- och intresseorganisation för privata vård- och omsorgsföretag.",
  },
  {
    slug: "verdandi",
    name: "Verdandi",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Ideell social organisation och nykterhetsorganisation med rötter i arbetarrörelsen.",
  },
  {
    slug: "vision",
    name: "Vision",
    kind: "fackforbund",
    circle: "bred_delaktighet",
    description:
      "Fackförbund inom TCO för anställda i kommuner, regioner, kyrkan och privata företag, bland dem många socialsekreterare.",
    website: "https://vision.se",
  },
  {
    slug: "vardforetagarna-almega",
    name: "Vårdföretagarna Almega",
    shortName: "Vårdföretagarna",
    kind: "arbetsgivarorganisation",
    circle: "bred_delaktighet",
    description:
      "Arbetsgivar- och branschorganisation inom Almega för privata vård- och omsorgsföretag.",
    website: "https://www.vardforetagarna.se",
  },

  // --- Bred delaktighet, tillagda från seed 003 (dialogmötet 20 april 2015) ---
  {
    slug: "riksforbundet-for-forstarkt-familjehemsvard",
    name: "Riksförbundet för förstärkt familjehemsvård",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description: "Riksförbund för aktörer inom den förstärkta familjehemsvården.",
  },
  {
    slug: "hela-manniskan",
    name: "Hela Människan",
    kind: "intresseorganisation",
    circle: "bred_delaktighet",
    description:
      "Kristen ideell organisation för socialt arbete bland människor i utsatta livssituationer.",
  },
];
