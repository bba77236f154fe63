import type { Plural } from "./types";

/**
 * The personal-data page (pages/about-personal-data.tsx, /personuppgifter): who is responsible,
 * what is stored, why, for how long (as the API is configured), and the person's rights.
 * Keys: `personalData.*`.
 */
export const sv = {
  "personalData.documentTitle": "Personuppgifter",
  "personalData.heading": "Så behandlar vi personuppgifter",
  "personalData.intro":
    "Här står vilka personuppgifter portalen sparar, varför, hur länge och vad du kan göra: få en kopia, få dem raderade eller klaga.",

  "personalData.responsibleHeading": "Personuppgiftsansvarig",
  "personalData.responsible":
    "Den nationella samordnaren för den sociala barn- och ungdomsvårdens kansli är personuppgiftsansvarig för portalen. Frågor om dina personuppgifter skickar du till kansliet:",

  "personalData.storedHeading": "Vilka uppgifter vi sparar",
  "personalData.storedIntro": "Portalen sparar bara det som behövs för dialogen och uppdraget:",
  "personalData.stored.account":
    "Ditt konto: namn, e-postadress, titel, vilka organisationer du är medlem i och din roll där och i portalen, och hur du vill få notiser. Lösenordet sparas bara som ett kontrollvärde som inte går att läsa.",
  "personalData.stored.contributions":
    "Det du skriver och anmäler: kommentarer, instämmanden och anmälningar av kommentarer, frågor vid hearingar och webbinarier, anmälningar till möten och seminarier och deltagande i kommunbesök.",
  "personalData.stored.sessions":
    "Dina inloggningar: webbläsare, IP-adress och när du senast var aktiv, och länkar för att byta lösenord.",
  "personalData.stored.mail": "E-post som portalen har skickat till dig.",
  "personalData.stored.notifications": "Notiser om svar på dina kommentarer och om moderering.",
  "personalData.stored.auditLog":
    "Loggen över vad samordnaren, moderatorer och organisationsadministratörer har gjort, med deras namn.",
  "personalData.stored.apiKeys":
    "API-nycklar: nyckelns namn, de första tecknen och e-postadressen den hör till. Själva nyckeln sparas inte.",
  "personalData.stored.invitations": "Inbjudningar: e-postadress och namn på den som bjuds in.",
  "personalData.stored.survey":
    "Tidsmätningens svarsrader: kommun, yrkesroll och andelar av arbetstiden, utan namn.",
  "personalData.stored.limits":
    "Räknare av inloggningsförsök, utskick och anrop per e-postadress eller IP-adress, för att stoppa missbruk.",
  "personalData.storedNever":
    "Portalen sparar aldrig personnummer eller uppgifter om enskilda barn och familjer: text som innehåller ett personnummer tas inte emot.",

  "personalData.whyHeading": "Varför vi behandlar uppgifterna",
  "personalData.why":
    "Den rättsliga grunden är allmänt intresse (artikel 6.1 e i dataskyddsförordningen): behandlingen behövs för att utföra samordnarens uppdrag från regeringen, att föra en nationell dialog om den sociala barn- och ungdomsvården och samla det som kommer fram.",

  "personalData.periodsHeading": "Hur länge vi sparar uppgifterna",
  "personalData.periodsIntro":
    "Varje dag raderar portalen det som är äldre än tiderna nedan. Tiderna är de som gäller i portalen just nu.",
  "personalData.periodsLoading": "Hämtar lagringstiderna …",
  "personalData.periodsFailed":
    "Lagringstiderna kunde inte hämtas just nu. Ladda om sidan eller fråga kansliet.",
  "personalData.days": { one: "{count} dag", other: "{count} dagar" },
  "personalData.period.SESSIONS":
    "Inloggningar: tas bort när de har gått ut (30 dagar efter inloggningen) eller inte har använts på {days}. Länkar för att byta lösenord raderas {days} efter att de gick ut.",
  "personalData.period.OUTBOX_MAIL": "Skickad e-post: raderas {days} efter att den skickades.",
  "personalData.period.READ_NOTIFICATIONS": "Lästa notiser: raderas {days} efter att de lästes.",
  "personalData.period.UNREAD_NOTIFICATIONS": "Olästa notiser: raderas {days} efter att de skrevs.",
  "personalData.period.AUDIT_LOG":
    "Loggen över administratörernas åtgärder: varje rad raderas {days} efter åtgärden.",
  "personalData.period.SURVEY_RESPONDENTS":
    "Tidsmätningens svarsrader: raderas {days} efter importen, som samordnaren har bestämt. De sammanställda siffrorna finns kvar.",
  "personalData.period.UNUSED_ACCOUNTS":
    "Konton som ingen har loggat in på under {days}: raderas, på samma sätt som när någon ber om radering. Samordnarens och moderatorernas konton raderas aldrig automatiskt.",
  "personalData.period.INVITATIONS":
    "Inbjudningar som aldrig togs emot: raderas {days} efter att de gick ut eller drogs tillbaka.",
  "personalData.period.API_KEY_REQUESTS":
    "Beställningar av API-nycklar via e-post: raderas {days} efter att länken gick ut.",
  "personalData.period.RATE_LIMIT_COUNTS":
    "Räknare av försök och utskick: raderas när perioden de räknar är slut (högst en timme), senast inom {days}.",
  "personalData.periodsAccount":
    "Ditt konto, dina medlemskap och det du har skrivit finns kvar så länge du använder portalen, tills du ber om att få dem raderade.",

  "personalData.copyHeading": "Få en kopia av dina uppgifter",
  "personalData.copy":
    "Inloggad kan du ladda ner allt portalen har sparat om dig som en fil (JSON) från din profil.",
  "personalData.copyLink": "Ladda ner dina uppgifter på din profil",

  "personalData.eraseHeading": "Få dina uppgifter raderade",
  "personalData.erase":
    "Du kan själv radera ditt konto från din profil. Då raderas namn, e-postadress, medlemskap, inloggningar, notiser, e-post och API-nycklar. Dina kommentarer finns kvar som ”Tidigare deltagare”, och i loggen står inte längre ditt namn. Du kan också be kansliet att radera uppgifterna.",
  "personalData.eraseLink": "Radera ditt konto på din profil",

  "personalData.complainHeading": "Om du vill klaga",
  "personalData.complain":
    "Tycker du att vi behandlar dina personuppgifter fel, kontakta kansliet först. Du har också rätt att klaga hos Integritetsskyddsmyndigheten (IMY), som är tillsynsmyndighet.",
  "personalData.complainLink": "Integritetsskyddsmyndighetens webbplats, imy.se",
} satisfies Record<string, string | Plural>;
