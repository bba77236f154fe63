import type { sv } from "./about";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "about.documentTitle": "About the mission",
  "about.heading": "About the coordinator's mission",
  "about.intro":
    "Kraftsamling is the meeting place of the Government's national coordinator for social child and youth care and everyone the coordinator is in dialogue with: municipalities, agencies, trade unions, NGOs, care providers and researchers.",
  "about.missionHeading": "The mission",
  "about.mission":
    "In 2015 the Government appointed a national coordinator to strengthen and support, in dialogue with the municipalities, the social services' work in child and youth care, so that children and young people get the help and support they need. The coordinator is to shed light on the municipalities' conditions for giving support and protection, test whether the national support is fit for purpose, and spread the good examples there are.",
  "about.missionBasis":
    "The basis is the Social Services Act and the best interests of the child: the municipality has the ultimate responsibility for its social services, and the municipality visits discuss in particular the municipality's conditions for meeting the Act's requirements on quality.",
  "about.methodsHeading": "How the coordinator works",
  "about.methods.dialogue":
    "A national dialogue with the parties, in dialogue meetings, hearings and round tables.",
  "about.methods.visits":
    "Visits to at least 50 municipalities, twice each, chosen by size and geography so that every county takes part.",
  "about.methods.webinars": "Webinars, conferences and a blog.",
  "about.methods.measurement":
    "A measurement of how social workers spend their working time, and how little of it is direct time with children and families.",
  "about.methods.research": "Follow-along research.",
  "about.phasesHeading": "Five phases",
  "about.phases":
    "The mission runs in five phases: exploring, municipality visits, analysis, more municipality visits, and finally analysis, feedback and the final report.",
  "about.phasesLink": "The phases and their dates on the home page",
  "about.participantsHeading": "Who takes part",
  "about.participants":
    "The parties are in three circles: collaboration (SKL and the regional development leaders), consultation (agencies such as the National Board of Health and Welfare, IVO and the Ombudsman for Children, the association of social services directors and the county administrative boards) and broad participation (some thirty trade unions, NGOs, care providers, universities and R&D units).",
  "about.participantsLink": "The organisations taking part",
  "about.resultsHeading": "What the dialogue leads to",
  "about.results":
    "What is said and seen at the visits and meetings is gathered as findings, challenges and good examples, and published here. Every third month the coordinator reports back to the minister responsible. What the dialogue teaches us becomes proposals to the Government and commitments, whose status is followed here.",
  "about.links.themes": "The themes the dialogue is about",
  "about.links.findings": "The published findings",
  "about.links.meetings": "Meetings, hearings and conferences",
  "about.links.commitments": "The proposals and commitments with their status",
  "about.openDataHeading": "Open data",
  "about.openData":
    "Everything published here can also be downloaded as open data and through an open GraphQL API, for researchers, journalists, agencies and municipalities.",
  "about.openDataLink": "For developers and open data",
  "about.contactLink": "Contact the coordinator's office",

  "contact.documentTitle": "Contact",
  "contact.heading": "Contact the coordinator's office",
  "contact.intro":
    "The coordinator's office answers questions about the mission, the meetings and the portal. Never write a personal identity number or anything else that points at a child or a family.",
  "contact.emailHeading": "E-mail",
  "contact.emailIntro": "Write to the office:",
  "contact.postalHeading": "Postal address",
  "contact.loading": "Fetching the contact details …",
  "contact.unavailable": "The contact details could not be fetched just now. Try again in a while.",
  "contact.accessibilityHeading": "Accessibility problems",
  "contact.accessibility":
    "If something in the portal does not work for you, or you need content in another format, tell us. How to do it and what happens next is in the accessibility statement.",
  "contact.accessibilityLink": "Accessibility statement",
  "contact.personalDataHeading": "Personal data",
  "contact.personalData":
    "Which data about you the portal processes, why, for how long, and how to ask for a copy or for their removal is on the personal data page.",
  "contact.personalDataLink": "How we process personal data",
  "contact.dataHeading": "Press and researchers",
  "contact.data":
    "The published findings, measurements and commitments are available as open data and through an open GraphQL API, free to use with the source named.",
  "contact.dataLink": "For developers and open data",

  "accessibility.documentTitle": "Accessibility statement",
  "accessibility.heading": "Accessibility statement for Kraftsamling",
  "accessibility.commitment":
    "The national coordinator for social child and youth care is responsible for this website. We want as many people as possible to be able to use it. This document describes how Kraftsamling meets the Act (2018:1937) on accessibility to digital public services, the accessibility problems we know of, and how you can report problems to us so that we can fix them.",
  "accessibility.howHeading": "How accessible is the website?",
  "accessibility.how":
    "We know that parts of the website are not fully accessible. Read more under Content that is not accessible below.",
  "accessibility.cannotUseHeading": "What can you do if you cannot use parts of the website?",
  "accessibility.cannotUse":
    "If you need content from Kraftsamling that is not accessible to you, such as a meeting document in another format, let us know. Say which page or document it is and what you need.",
  "accessibility.cannotUseEmail": "E-mail the coordinator's office:",
  "accessibility.responseTime": "We normally answer within five working days.",
  "accessibility.contactPageLink": "More ways to contact the office",
  "accessibility.reportHeading": "Report accessibility problems",
  "accessibility.report":
    "We keep working to improve the website's accessibility. If you find a problem that is not described on this page, or you think that we do not meet the requirements of the law, tell us so that we know the problem exists. E-mail the coordinator's office.",
  "accessibility.supervisionHeading": "Supervision",
  "accessibility.supervision":
    "The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.",
  "accessibility.supervisionLink": "Report a lack of accessibility to Digg (in Swedish)",
  "accessibility.technicalHeading": "Technical information about the website's accessibility",
  "accessibility.technical":
    "This website is partially compliant with the Act on accessibility to digital public services and with WCAG 2.1 level AA, because of the shortcomings described below.",
  "accessibility.gapsHeading": "Content that is not accessible",
  "accessibility.gapsIntro": "The content below is in different ways not fully accessible.",
  "accessibility.nonComplianceHeading": "Non-compliance with the requirements of the law",
  "accessibility.gap.documents":
    "Meeting documents (PDF, Word and other formats) are uploaded by the office and by other parties. We do not review them before they are published, so not all of them have headings, text alternatives for images or tables that a screen reader can read (WCAG 1.1.1, 1.3.1, 2.4.2). Ask for the document in another format and we will help you.",
  "accessibility.gap.graphiql":
    "The query tool for developers (GraphiQL, at /utvecklare/graphiql) is a third-party component. Its interface is in English only (WCAG 3.1.2), and its editors are not designed for screen readers: we give them names and make their scrolling areas reachable by keyboard, but suggestion lists and error marks are not announced. The same data can be fetched with the examples on the developer page and as open data.",
  "accessibility.burdenHeading": "Disproportionate burden",
  "accessibility.burden": "We do not claim the exemption for disproportionate burden.",
  "accessibility.outOfScopeHeading": "Content not within the scope of the law",
  "accessibility.outOfScope.meetings":
    "The links to online meetings and webinars lead to third-party services that we do not control. Ask the office before the meeting if you need, for example, captions or interpretation.",
  "accessibility.outOfScope.thirdParty":
    "Documents from other parties, neither produced nor funded by the coordinator, are not within the scope of the law. We are still glad to help you get their content in a format that works for you.",
  "accessibility.testedHeading": "How we tested the website",
  "accessibility.tested": "We have made a self-assessment (internal testing) of Kraftsamling:",
  "accessibility.tested.axe":
    "automated tests with axe against WCAG 2.1 AA of every page, signed in and signed out, at every change of the portal",
  "accessibility.tested.keyboard": "manual checks with the keyboard only",
  "accessibility.tested.screenReader": "manual checks with a screen reader",
  "accessibility.tested.reflow":
    "checks that the pages can be used at a width of 320 pixels without horizontal scrolling",
  "accessibility.made": "The statement was made on {date}.",
  "accessibility.reviewed":
    "The latest assessment was made, and the statement last updated, on {date}.",
};
