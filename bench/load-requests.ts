/**
 * The typical requests of the load run, as GraphQL documents: the API answers them, and the floor
 * server answers the same by their operation name. The paged forms are used once the schema has
 * the connections; until then the plain lists stand in for them.
 */

export interface LoadRequest {
  /** The case's name in the printed table. */
  name: string;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Sent with the signed-in person's session cookie. */
  signedIn: boolean;
}

/** What the requests name: one county and theme, the long thread, the search words. */
export interface LoadSubjects {
  countyCode: string;
  themeId: string;
  threadSlug: string;
  searchText: string;
}

const findingFields = `id title kind source publishedAt
  themes { id slug title }
  municipality { code name county { code name } }`;

const commentFields = `id parentId depth createdAt bodyHtml agreeCount agreedByMe
  author { id name } organisation { id name }`;

export function loadRequests(
  subjects: LoadSubjects,
  schema: { findingsConnection: boolean; commentsConnection: boolean; searchConnection: boolean },
): LoadRequest[] {
  const filter = { countyCodes: [subjects.countyCode], themeIds: [subjects.themeId] };
  const requests: LoadRequest[] = [
    schema.findingsConnection
      ? {
          name: "findings page of 50",
          operationName: "FindingsConnectionPage",
          query: `query FindingsConnectionPage($filter: FindingFilter) {
            findingsConnection(filter: $filter, first: 50) {
              totalCount
              edges { cursor node { ${findingFields} } }
              pageInfo { hasNextPage endCursor }
            }
          }`,
          variables: { filter },
          signedIn: false,
        }
      : {
          name: "findings page of 50",
          operationName: "FindingsPage",
          query: `query FindingsPage($filter: FindingFilter) {
            findings(filter: $filter, limit: 50) { ${findingFields} }
          }`,
          variables: { filter },
          signedIn: false,
        },
    {
      name: "aggregate theme × group",
      operationName: "FindingCountsThemeGroup",
      query: `query FindingCountsThemeGroup {
        findingCounts(groupBy: [THEME, GROUP]) {
          total
          cells { count theme { id title } group { code name } }
        }
      }`,
      variables: {},
      signedIn: false,
    },
    schema.searchConnection
      ? {
          name: "full-text search",
          operationName: "SearchConnectionPage",
          query: `query SearchConnectionPage($text: String!) {
            searchConnection(text: $text, first: 20) {
              totalCount
              edges { cursor node { kind themeSlug themeTitle commentId snippet rank } }
              pageInfo { hasNextPage endCursor }
            }
          }`,
          variables: { text: subjects.searchText },
          signedIn: true,
        }
      : {
          name: "full-text search",
          operationName: "SearchPage",
          query: `query SearchPage($text: String!) {
            search(text: $text, limit: 20) { kind themeSlug themeTitle commentId snippet rank }
          }`,
          variables: { text: subjects.searchText },
          signedIn: true,
        },
  ];
  if (schema.commentsConnection) {
    requests.push({
      name: "thread first page of 50",
      operationName: "ThreadFirstPage",
      query: `query ThreadFirstPage($slug: String!) {
        theme(slug: $slug) {
          id
          commentsConnection(first: 50) {
            totalCount
            edges { cursor node { ${commentFields} } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }`,
      variables: { slug: subjects.threadSlug },
      signedIn: true,
    });
  }
  requests.push({
    name: "themes (small)",
    operationName: "ThemeTitles",
    query: `query ThemeTitles { themes { id title } }`,
    variables: {},
    signedIn: false,
  });
  return requests;
}
