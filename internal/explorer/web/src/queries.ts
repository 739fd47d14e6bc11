// The GraphQL documents the explorer sends and the shapes they return.
import { gql } from './api';

export type Kind = 'PERSON' | 'COUNTRY' | 'ORGANIZATION';

export interface ActorRef {
  id: string;
  kind: Kind;
  name: string;
}

export interface Article {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

export interface Evidence {
  sentence: string;
  article: Article;
}

export interface Role {
  id: string;
  title: string;
  asOf: string | null;
  of: ActorRef | null;
  person?: ActorRef;
  evidence: Evidence[];
}

export interface Actor extends ActorRef {
  aliases: string[];
  roles?: Role[];
  iso?: string | null;
  category?: string | null;
}

export interface Meeting {
  __typename: 'Meeting';
  id: string;
  kind: string;
  status: 'OCCURRED' | 'PLANNED';
  date: string | null;
  place: { name: string } | null;
  participants: ActorRef[];
  evidence: Evidence[];
}

export interface Statement {
  __typename: 'Statement';
  id: string;
  kind: string;
  date: string | null;
  quote: string | null;
  text: string;
  speaker: ActorRef;
  about: ActorRef[];
  evidence: Evidence[];
}

export type Event = Meeting | Statement;

export interface Encounter {
  counterpart: ActorRef;
  count: number;
  first: string | null;
  last: string | null;
  meetings: Meeting[];
}

export interface Range {
  from: string | null;
  to: string | null;
}

const EVIDENCE = `evidence { sentence article { id title url source published } }`;
const REF = `id kind name`;
const MEETING = `id kind status date place { name } participants { ${REF} } ${EVIDENCE}`;

const SEARCH = `query Suggest($text: String!) { search(text: $text, first: 8) { ${REF} aliases } }`;

export async function search(text: string, signal?: AbortSignal): Promise<Actor[]> {
  const d = await gql<{ search: Actor[] }>(SEARCH, { text }, signal);
  return d.search;
}

const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    ${REF} aliases
    ... on Person { roles { id title asOf of { ${REF} } ${EVIDENCE} } }
    ... on Country { iso }
    ... on Organization { category }
  }
}`;

export async function actor(ref: string, signal?: AbortSignal): Promise<Actor | null> {
  const d = await gql<{ actor: Actor | null }>(ACTOR, { id: ref }, signal);
  return d.actor;
}

const ENCOUNTERS = `query Encounters($id: ID!, $from: PartialDate, $to: PartialDate) {
  encounters(actor: $id, from: $from, to: $to) {
    counterpart { ${REF} } count first last
    meetings { ${MEETING} }
  }
}`;

export async function encounters(id: string, r: Range, signal?: AbortSignal): Promise<Encounter[]> {
  const d = await gql<{ encounters: Encounter[] }>(ENCOUNTERS, { id, from: r.from, to: r.to }, signal);
  return d.encounters;
}

// Pages of the timeline: 100 events a request keeps each request's
// estimated cost well inside the server's complexity limit.
export const TIMELINE_PAGE = 100;

const TIMELINE = `query Timeline($id: ID!, $from: PartialDate, $to: PartialDate, $after: String) {
  timeline(actors: [$id], from: $from, to: $to, first: ${TIMELINE_PAGE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      __typename
      ... on Meeting { ${MEETING} }
      ... on Statement { id kind date quote text speaker { ${REF} } about { ${REF} } ${EVIDENCE} }
    } }
  }
}`;

export interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  events: Event[];
}

export async function timeline(id: string, r: Range, after: string | null, signal?: AbortSignal): Promise<TimelinePage> {
  const d = await gql<{
    timeline: { totalCount: number; pageInfo: TimelinePage['pageInfo']; edges: { node: Event }[] };
  }>(TIMELINE, { id, from: r.from, to: r.to, after }, signal);
  return { totalCount: d.timeline.totalCount, pageInfo: d.timeline.pageInfo, events: d.timeline.edges.map((e) => e.node) };
}

const STATS = `query Stats { stats { articles actors meetings statements } }`;

export interface Stats {
  articles: number;
  actors: number;
  meetings: number;
  statements: number;
}

export async function stats(signal?: AbortSignal): Promise<Stats> {
  return (await gql<{ stats: Stats }>(STATS, {}, signal)).stats;
}
