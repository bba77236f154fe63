import type { Plural } from "./types";

/**
 * For developers: the developer-*.tsx pages and the footer's link to them.
 * Keys: `developer.*`.
 */
export const sv = {
  "developer.footerLink": "För utvecklare: API och öppna data",
  "developer.documentTitle": "För utvecklare",
  "developer.heading": "För utvecklare: API och öppna data",
  "developer.intro":
    "Allt portalen visar för den som inte är inloggad går att hämta med GraphQL på /graphql, och som öppna data i CSV, JSON och JSON Lines. Portalen använder själv samma API.",
  "developer.publicHeading": "Vad som är öppet",
  "developer.publicYes":
    "Öppet, utan inloggning: publicerade iakttagelser och deras antal, tidsmätningens skyddade sammanställningar, åtaganden och deras tidslinjer, teman, publika möten (utan möteslänkar och anmälningar), kommuner, län, kommungrupper, faser och publicerade blogginlägg.",
  "developer.publicNo":
    "Aldrig öppet: utkast, dolda kommentarer, e-postadresser, anmälningar, granskningsloggen och uppgifter om enskilda personer.",
  "developer.endpointHeading": "Adressen",
  "developer.endpoint":
    'Skicka POST med JSON ({"query": …, "variables": …}) till {url}. Schemat finns som fil på {schema}.',
  "developer.otherSites":
    "En webbsida på vilken webbplats som helst får fråga API:t och hämta de öppna data direkt från webbläsaren (CORS), utan inloggning eller med en nyckel. Webbläsaren skickar aldrig besökarens inloggning med en sådan fråga: svaret blir detsamma som för vem som helst. En nyckel som står i en webbsida kan läsas av alla som besöker den: fråga utan nyckel från en sida, och med din nyckel från en server.",
  "developer.graphiqlLink": "Pröva frågorna i GraphiQL",
  "developer.schemaLink": "Schemat (schema.graphql)",
  "developer.examplesHeading": "Exempel att klistra in",
  "developer.examplesIntro":
    "Alla exempel körs mot API:t i portalens tester, så de fungerar som de står.",
  "developer.query": "Fråga",
  "developer.variables": "Variabler",
  "developer.headers": "Huvuden",
  "developer.response": "Svar",
  "developer.command": "Kommando",
  "developer.keysHeading": "API-nycklar",
  "developer.keys":
    "Utan nyckel går det bra att fråga, med en lägre gräns. En nyckel får du genom att bekräfta din e-postadress, eller från din profil när du är inloggad; den skickas i huvudet Authorization: Bearer <nyckel>. Sidan för API-nycklar återkallar en nyckel med hjälp av nyckeln själv, och i din profil återkallar du dina egna nycklar. Varje objekt har ett globalt id (id) som node(id:) och nodes(ids:) hittar; län, kommuner och kommungrupper behåller också sina koder.",
  "developer.keyLink": "Skaffa en API-nyckel",
  "developer.limitsHeading": "Gränser",
  "developer.limits":
    "Med nyckel 600 poäng i minuten, utan nyckel 60 per adress. En förfrågan tar en poäng, eller en per påbörjat hundratal av frågans kostnad: en sida med 100 iakttagelser tar 2 poäng, antalet per tema och kommungrupp omkring 10, och schemat (introspektion, som GraphiQL frågar efter) en tiondel av sitt pris, omkring 10. Varje svar säger hur det står till i huvudena RateLimit-Limit, RateLimit-Remaining och RateLimit-Reset. Den som går över får 429 med Retry-After och ett felmeddelande som säger vad man ska göra; en fråga som kostar mer än det som återstår avvisas utan att ta något, och en fråga som kostar mer än hela minutens budget (utan nyckel en kostnad över 6 000) avvisas med QUERY_TOO_COSTLY: gör den mindre eller använd en nyckel.",
  "developer.limitsOther":
    "En fråga får kosta högst 50 000 (listor räknas med sin storlek), vara högst 12 nivåer djup, ha högst 15 alias och bestå av högst 3 000 tokens, och en förfrågan får vara högst 1 MB. En sida rymmer högst 100 poster: den som ber om fler får 100, och pageInfo.hasNextPage säger att det finns fler. Ett fel har alltid en fast kod i extensions.code, till exempel RATE_LIMITED, INVALID_API_KEY, QUERY_TOO_COSTLY, BAD_USER_INPUT eller PAYLOAD_TOO_LARGE; en fråga som är för djup eller har för många alias får GRAPHQL_VALIDATION_FAILED, och en med för många tokens GRAPHQL_PARSE_FAILED, med ett meddelande som nämner gränsen.",
  "developer.licenceHeading": "Licens",
  "developer.licence": "{covers}",
  "developer.licenceLink": "CC0 1.0 Universal",
  "developer.openDataHeading": "Öppna data",
  "developer.openDataIntro":
    "Varje datamängd finns som .csv, .json och .jsonl och tar samma filter som GraphQL:s FindingFilter. Filerna strömmas från databasen, så de kan vara hur stora som helst. Förteckningen finns också som JSON på {index}.",
  "developer.formatsHeading": "Format",
  "developer.format": "Format",
  "developer.formatMeaning": "Innehåll",
  "developer.downloads": "Ladda ner:",
  "developer.parameters": "Parametrar",
  "developer.parameter": "Parameter",
  "developer.repeatable": "Kan upprepas",
  "developer.once": "En gång",
  "developer.meaning": "Betydelse",
  "developer.columns": "Kolumner",
  "developer.field": "Fält (JSON)",
  "developer.csvColumn": "Kolumn (CSV)",
  "developer.type": "Typ",
  "developer.aliases": "Tidigare adress för CSV: {paths}",
  "developer.graphiqlDocumentTitle": "GraphiQL",
  "developer.graphiqlHeading": "GraphiQL",
  "developer.graphiqlIntro":
    "Skriv en fråga till vänster och kör den med knappen. Fliken Docs visar schemat. Allt här körs från portalen själv, mot {url}.",
  "developer.graphiqlLoading": "Laddar GraphiQL …",
  "developer.backToDeveloper": "Tillbaka till sidan för utvecklare",
} satisfies Record<string, string | Plural>;
