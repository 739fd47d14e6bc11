// The one way the page talks to the server: GraphQL over HTTP at /graphql
// on the page's own origin.

export interface Candidate {
  id: string;
  name: string;
  kind: string;
}

// A GraphQL error the server explained (extensions.code), such as
// NOT_FOUND, AMBIGUOUS or INVALID_ARGUMENT.
export class APIError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly candidates: Candidate[] = [],
  ) {
    super(message);
  }
}

// The server could not be reached or answered something that is not
// GraphQL (a proxy error page, a crash).
export class NetworkError extends Error {}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; candidates?: Candidate[] } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let res: globalThis.Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError('the actorgraph server did not answer');
  }
  let body: Response<T>;
  try {
    body = (await res.json()) as Response<T>;
  } catch {
    throw new NetworkError(`the server answered ${res.status} ${res.statusText} without a GraphQL response`);
  }
  if (body.errors && body.errors.length > 0) {
    const e = body.errors[0];
    throw new APIError(e.message, e.extensions?.code ?? 'UNKNOWN', e.extensions?.candidates ?? []);
  }
  if (!body.data) throw new NetworkError(`the server answered ${res.status} without data`);
  return body.data;
}
