// The explorer's picture of the graph around the open actor: the actors
// drawn and the links between them, merged per pair and kind, each link
// keeping the meeting, statement or role (and so its evidence) behind it.
import type { ActorRef, Encounter, Meeting, Role, Statement } from './queries';

export type EdgeKind = 'MET' | 'SAID_ABOUT' | 'HOLDS_ROLE';

export type Link =
  | { kind: 'MET'; meeting: Meeting }
  | { kind: 'SAID_ABOUT'; statement: Statement }
  | { kind: 'HOLDS_ROLE'; role: Role; person: ActorRef };

export interface NetNode {
  actor: ActorRef;
  depth: number; // hops from the open actor
  expanded: boolean;
}

export interface NetEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  links: Link[];
}

export function linkID(l: Link): string {
  switch (l.kind) {
    case 'MET':
      return l.meeting.id;
    case 'SAID_ABOUT':
      return l.statement.id;
    case 'HOLDS_ROLE':
      return l.role.id;
  }
}

export function linkDate(l: Link): string | null {
  switch (l.kind) {
    case 'MET':
      return l.meeting.date;
    case 'SAID_ABOUT':
      return l.statement.date;
    case 'HOLDS_ROLE':
      return l.role.asOf;
  }
}

// What one actor contributes: its encounters, statements and roles.
export interface ActorFacts {
  actor: ActorRef;
  encounters: Encounter[];
  statements: Statement[];
  roles: Role[];
}

export class Network {
  readonly nodes = new Map<string, NetNode>();
  readonly edges = new Map<string, NetEdge>();

  constructor(readonly centre: ActorRef) {
    this.nodes.set(centre.id, { actor: centre, depth: 0, expanded: false });
  }

  private node(a: ActorRef, depth: number): void {
    const n = this.nodes.get(a.id);
    if (!n) this.nodes.set(a.id, { actor: a, depth, expanded: false });
    else if (depth < n.depth) n.depth = depth;
  }

  private link(kind: EdgeKind, source: string, target: string, l: Link): void {
    if (source === target) return;
    if (kind === 'MET' && source > target) [source, target] = [target, source];
    const id = `${kind}|${source}|${target}`;
    let e = this.edges.get(id);
    if (!e) {
      e = { id, kind, source, target, links: [] };
      this.edges.set(id, e);
    }
    const lid = linkID(l);
    if (!e.links.some((x) => linkID(x) === lid)) e.links.push(l);
  }

  // add merges an actor's facts, drawing at most maxNew actors not yet in
  // the network (the most linked first). It returns how many it left out.
  add(f: ActorFacts, maxNew: number): number {
    const from = this.nodes.get(f.actor.id);
    const depth = (from?.depth ?? 0) + 1;
    if (from) from.expanded = true;
    // Rank the other actors by how many links join them to f.actor.
    const weight = new Map<string, { ref: ActorRef; n: number }>();
    const bump = (a: ActorRef, n: number) => {
      if (a.id === f.actor.id) return;
      const w = weight.get(a.id) ?? { ref: a, n: 0 };
      w.n += n;
      weight.set(a.id, w);
    };
    for (const e of f.encounters) bump(e.counterpart, e.count);
    for (const s of f.statements) {
      bump(s.speaker, 1);
      for (const a of s.about) bump(a, 1);
    }
    for (const r of f.roles) if (r.of) bump(r.of, 1);
    const ranked = [...weight.values()].sort((a, b) => b.n - a.n || a.ref.name.localeCompare(b.ref.name));
    let added = 0;
    let skipped = 0;
    for (const w of ranked) {
      if (this.nodes.has(w.ref.id)) continue;
      if (added < maxNew) {
        this.node(w.ref, depth);
        added++;
      } else skipped++;
    }
    const inNet = (id: string) => this.nodes.has(id);
    for (const e of f.encounters) {
      for (const m of e.meetings) {
        // Every pair of drawn participants met; the meeting is the link.
        const ps = m.participants.filter((p) => inNet(p.id));
        for (let i = 0; i < ps.length; i++)
          for (let j = i + 1; j < ps.length; j++) this.link('MET', ps[i].id, ps[j].id, { kind: 'MET', meeting: m });
      }
    }
    for (const s of f.statements) {
      if (!inNet(s.speaker.id)) continue;
      for (const a of s.about) if (inNet(a.id)) this.link('SAID_ABOUT', s.speaker.id, a.id, { kind: 'SAID_ABOUT', statement: s });
    }
    for (const r of f.roles) {
      if (r.of && inNet(r.of.id)) this.link('HOLDS_ROLE', f.actor.id, r.of.id, { kind: 'HOLDS_ROLE', role: r, person: f.actor });
    }
    return skipped;
  }

  // edgeBetween finds the edges joining two actors (any kind).
  edgesBetween(a: string, b: string): NetEdge[] {
    return [...this.edges.values()].filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
  }
}
