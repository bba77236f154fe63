import type { Mail } from "./mailer";

/** Swedish first, English second: the recipient's language is not known before they sign in. */
export function invitationMail(
  to: string,
  link: string,
  invitedBy: string,
  organisation: string | null,
): Mail {
  const where = organisation ? ` för ${organisation}` : "";
  const whereEn = organisation ? ` for ${organisation}` : "";
  return {
    to,
    kind: "invitation",
    subject: "Inbjudan till Kraftsamling / Invitation to Kraftsamling",
    text: [
      `Hej!`,
      ``,
      `${invitedBy} bjuder in dig till Kraftsamling${where}, portalen för den nationella samordningen av den sociala barn- och ungdomsvården.`,
      `Välj ditt lösenord här (länken gäller i 7 dagar och kan användas en gång):`,
      link,
      ``,
      `---`,
      `${invitedBy} invites you to Kraftsamling${whereEn}, the portal of the national coordination of social child and youth care.`,
      `Choose your password here (the link is valid for 7 days and works once):`,
      link,
    ].join("\n"),
  };
}

export function passwordResetMail(to: string, link: string): Mail {
  return {
    to,
    kind: "password-reset",
    subject: "Nytt lösenord för Kraftsamling / New password for Kraftsamling",
    text: [
      `Någon, förhoppningsvis du, har bett om ett nytt lösenord för Kraftsamling.`,
      `Välj ett nytt lösenord här (länken gäller i 1 timme och kan användas en gång):`,
      link,
      `Har du inte bett om det kan du bortse från det här meddelandet.`,
      ``,
      `---`,
      `Someone, hopefully you, asked for a new password for Kraftsamling.`,
      `Choose a new password here (the link is valid for 1 hour and works once):`,
      link,
      `If you did not ask for it, you can ignore this message.`,
    ].join("\n"),
  };
}
