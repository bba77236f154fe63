import { renderMarkdown } from "../apps/api/src/dialogue/markdown";

/**
 * Comment bodies in the portal's Markdown, of the lengths people write (one line to a few
 * paragraphs), with the words the searches look for. `{n}` is replaced by the comment's number, so
 * that no two bodies are the same.
 */
const commentTemplates = [
  "Instämmer. Vi ser samma sak hos oss (inlägg {n}).",
  "Tack för ett bra inspel! Hos oss har **socialsekreterarna** numera handledning varannan vecka, och det har gjort skillnad för personalomsättningen. Inlägg {n}.",
  "Vi har prövat detta i tre år:\n\n- gemensam introduktion för nyanställda\n- mentor under första halvåret\n- *skyddad* ärendemängd de första månaderna\n\nResultatet är att fler stannar. Inlägg {n}.",
  "> Barnets bästa ska vara utgångspunkten i varje beslut.\n\nJa, men i praktiken styr ofta tillgången på **familjehem** vilka insatser som blir möjliga. Vi behöver en nationell strategi för rekrytering av familjehem, inte sextio lokala. Inlägg {n}.",
  "Ett konkret förslag: låt kommunerna i ett län dela på ett gemensamt familjehemsteam. Läs gärna rapporten på https://example.org/rapport-{n} där det beskrivs hur det gick till i Västra Götaland.",
  "Jag arbetar som arbetsledare i en mellanstor kommun. Det vi saknar mest är tid för dokumentation som faktiskt hjälper barnet, inte bara uppfyller kraven. Dokumentationen tar i dag en tredjedel av arbetstiden för många socialsekreterare, och den tiden tas från samtalen med barn och föräldrar.\n\nInlägg {n}.",
  "Två saker som fungerat hos oss:\n\n1. Barnsamtal i hemmiljö i stället för på kontoret.\n2. Uppföljning efter placering med samma handläggare hela vägen.\n\nDet kräver *kontinuitet* i personalgruppen, vilket är det svåraste. Inlägg {n}.",
  "Håller med föregående talare. Inlägg {n}.",
  "Från ett forskningsperspektiv: studierna visar att stabilitet i placeringen är den enskilt viktigaste faktorn för hur det går i skolan. Sammanbrott i familjehem är vanligare än man tror, och varje sammanbrott gör nästa placering svårare. Vi borde mäta detta nationellt och följa upp det år för år, på samma sätt som man följer upp väntetider i vården. Inlägg {n}.",
  "Fråga till samordnaren: kommer förslagen om **kompetenskrav** att gälla även för inhyrda konsulter? Inlägg {n}.",
  "Som förälder till ett placerat barn vill jag lyfta en sak: ingen förklarade för oss vad som skulle hända. Information på ett begripligt språk, och någon att ringa, hade gjort enormt mycket.\n\n*Tack* för att ni lyssnar. Inlägg {n}.",
  "Socialtjänsten i glesbygd har helt andra förutsättningar. Avstånden gör att ett hembesök kan ta en hel dag, och rekryteringen av erfarna socialsekreterare är nästan omöjlig. Det behövs regionala lösningar och ersättning för resor. Se även `kap. 5` i utredningen. Inlägg {n}.",
];

/** The comment bodies, and the HTML each renders to, with `§N§` where the number goes. */
export function commentTexts(): { markdown: string; html: string }[] {
  return commentTemplates.map((t) => ({
    markdown: t.replaceAll("{n}", "§N§"),
    html: renderMarkdown(t.replaceAll("{n}", "§N§")),
  }));
}

/** Finding titles and bodies: a sentence or two, a few with the words searched for. */
export const findingTitles = [
  "Svårt att rekrytera erfarna socialsekreterare",
  "Familjehem saknas för tonåringar",
  "Gemensam introduktion för nyanställda",
  "Handledning varannan vecka",
  "Dokumentationen tar tid från barnsamtalen",
  "Länsgemensamt familjehemsteam",
  "Hög personalomsättning i barn- och ungdomsgruppen",
  "Uppföljning efter placering",
  "Barnets röst i utredningen",
  "Samverkan med skola och elevhälsa",
];

export const findingBodies = [
  "Kommunen berättade att det tar lång tid att rekrytera, och att nyanställda ofta saknar erfarenhet av utredningar.",
  "Det finns för få familjehem, särskilt för tonåringar och syskongrupper; placeringar görs därför långt från hemorten.",
  "En gemensam introduktion med mentor under första halvåret har minskat personalomsättningen.",
  "Socialsekreterarna får handledning varannan vecka, vilket de beskriver som avgörande för att orka.",
  "Dokumentationen tar en tredjedel av arbetstiden och tränger undan samtalen med barn och föräldrar.",
  "Flera kommuner i länet delar ett familjehemsteam som rekryterar, utbildar och stödjer familjehemmen.",
  "Barnsamtal hålls i hemmiljö, och barnets egna ord återges i utredningen.",
  "Skolan och socialtjänsten har gemensamma rutiner för orosanmälningar och återkoppling.",
];
