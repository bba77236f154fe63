import type { Mail } from "./mailer";

/** The link that confirms an address and makes the key; Swedish first, English second. */
export function apiKeyRequestMail(to: string, link: string, keyName: string): Mail {
  return {
    to,
    kind: "api-key-request",
    subject: "Din API-nyckel för Kraftsamling / Your API key for Kraftsamling",
    text: [
      `Någon, förhoppningsvis du, har bett om en nyckel till Kraftsamlings öppna API, med namnet "${keyName}".`,
      `Öppna länken för att bekräfta din e-postadress och se nyckeln (länken gäller i 24 timmar och kan användas en gång):`,
      link,
      `Nyckeln visas bara en gång. Har du inte bett om den kan du bortse från det här meddelandet.`,
      ``,
      `---`,
      `Someone, hopefully you, asked for a key to Kraftsamling's open API, named "${keyName}".`,
      `Open the link to confirm your e-mail address and see the key (the link is valid for 24 hours and works once):`,
      link,
      `The key is shown only once. If you did not ask for it, you can ignore this message.`,
    ].join("\n"),
  };
}
