import type { Bilingual } from "./open-data";

/**
 * The examples of the developer page, for a third party to paste: the page shows them, and an API
 * test runs every one against the API, so that none of them stops working unnoticed.
 */

/** A GraphQL request: its document and its variables, where a value in CAPITALS is a placeholder. */
export interface GraphqlExample {
  name: string;
  title: Bilingual;
  explain: Bilingual;
  query: string;
  variables?: Record<string, unknown>;
}

/** A placeholder the reader fills in from an earlier answer. */
export const themeIdPlaceholder = "THEME_ID";
export const endCursorPlaceholder = "END_CURSOR";

export const graphqlExamples: readonly GraphqlExample[] = [
  {
    name: "themes-and-counties",
    title: { sv: "Teman och län", en: "Themes and counties" },
    explain: {
      sv: "Temanas id och länens koder, att filtrera med.",
      en: "The themes' ids and the counties' codes, to filter by.",
    },
    query: `query ThemesAndCounties {
  themes {
    id
    slug
    title
  }
  counties {
    code
    name
  }
}`,
  },
  {
    name: "findings-for-county-and-theme",
    title: {
      sv: "Iakttagelser i ett län om ett tema",
      en: "Findings in one county about one theme",
    },
    explain: {
      sv: "De första 20, senast publicerade först. Byt THEME_ID mot ett temas id från förra exemplet. invented = true betyder påhittade demodata.",
      en: "The first 20, newest first. Replace THEME_ID with a theme's id from the previous example. invented = true means invented demo data.",
    },
    query: `query FindingsInCountyAndTheme($county: String!, $theme: ID!) {
  findingsConnection(
    filter: { countyCodes: [$county], themeIds: [$theme] }
    first: 20
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      kind
      source
      publishedAt
      municipality {
        name
      }
      themes {
        title
      }
      invented
    }
  }
}`,
    variables: { county: "01", theme: themeIdPlaceholder },
  },
  {
    name: "next-page",
    title: { sv: "Nästa sida", en: "The next page" },
    explain: {
      sv: "Så länge hasNextPage är true: skicka förra sidans endCursor som after, med samma filter och ordning. En markör hör till listan som gav den: i en annan lista, ordning eller filter avvisas den (INVALID_CURSOR).",
      en: "While hasNextPage is true: send the previous page's endCursor as after, with the same filter and order. A cursor belongs to the list that gave it: in another list, order or filter it is refused (INVALID_CURSOR).",
    },
    query: `query NextPage($county: String!, $theme: ID!, $after: String) {
  findingsConnection(
    filter: { countyCodes: [$county], themeIds: [$theme] }
    first: 20
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
    }
  }
}`,
    variables: { county: "01", theme: themeIdPlaceholder, after: endCursorPlaceholder },
  },
  {
    name: "counts-by-theme-and-group",
    title: {
      sv: "Antal per tema och kommungrupp",
      en: "Counts by theme and municipality group",
    },
    explain: {
      sv: "De publicerade iakttagelserna räknade per tema × kommungrupp, med samma filter som listan.",
      en: "The published findings counted by theme × municipality group, with the same filter as the list.",
    },
    query: `query CountsByThemeAndGroup {
  findingCounts(groupBy: [THEME, GROUP], filter: { kinds: [CHALLENGE] }) {
    total
    invented
    cells {
      theme {
        title
      }
      group {
        code
        name
      }
      count
    }
  }
}`,
  },
];

/** An HTTP request a shell sends with curl. */
export interface CurlExample {
  name: string;
  title: Bilingual;
  explain: Bilingual;
  /** The path and query, from the API's origin. */
  path: string;
  /** Sent with an API key in `Authorization: Bearer …`. */
  withKey: boolean;
  /** A GraphQL document sent as a POST, or none for a GET. */
  query?: string;
}

export const curlExamples: readonly CurlExample[] = [
  {
    name: "download-csv",
    title: { sv: "Ladda ner som CSV", en: "Download as CSV" },
    explain: {
      sv: "Samma filter som i GraphQL, som parametrar; .json och .jsonl ger samma rader.",
      en: "The same filter as in GraphQL, as parameters; .json and .jsonl give the same rows.",
    },
    path: "/open-data/findings.csv?county=01&theme=barnets-basta-och-delaktighet",
    withKey: false,
  },
  {
    name: "with-key",
    title: { sv: "Med en API-nyckel", en: "With an API key" },
    explain: {
      sv: "Nyckeln går i huvudet Authorization och ger en högre gräns. Lägg den i miljövariabeln KRAFTSAMLING_API_KEY.",
      en: "The key goes in the Authorization header and gives a higher limit. Put it in the environment variable KRAFTSAMLING_API_KEY.",
    },
    path: "/graphql",
    withKey: true,
    query: '{ findingCount(filter: { countyCodes: ["01"] }) }',
  },
];

/** The example as a curl command against the API at `origin` (`https://host`, no trailing slash). */
export function curlCommand(example: CurlExample, origin: string): string {
  const url = `${origin}${example.path}`;
  const key = example.withKey ? ` \\\n  -H "Authorization: Bearer $KRAFTSAMLING_API_KEY"` : "";
  if (example.query === undefined) {
    return `curl -sS -D - -o ${example.path.split("/").pop()?.split("?")[0]} "${url}"${key}`;
  }
  const body = JSON.stringify({ query: example.query }).replaceAll("'", "'\\''");
  return `curl -sS "${url}"${key} \\\n  -H "Content-Type: application/json" \\\n  --data '${body}'`;
}
