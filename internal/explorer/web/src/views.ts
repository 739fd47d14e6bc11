// The parts of the page built from data: evidence, the link descriptions,
// the accessible list of facts and the timeline.
import { h, plural, type Child } from './dom';
import { dateValue, fmtDate, kindLabel } from './format';
import { KIND_COLORS } from './graph';
import { linkDate, type Link, type NetEdge } from './model';
import type { ActorRef, Encounter, Event, Evidence, Role, Statement } from './queries';

// actorLink is a link that opens another actor in the explorer; main.ts
// turns clicks on it into in-page navigation.
export function actorLink(a: ActorRef): HTMLAnchorElement {
  return h('a', { href: `/?actor=${encodeURIComponent(a.name)}`, class: 'actor-link', 'data-actor': a.name }, a.name);
}

function kindDot(kind: string): HTMLElement {
  return h('span', { class: `kind-dot kind-${kind.toLowerCase()}`, 'aria-hidden': 'true', style: `background:${KIND_COLORS[kind] ?? '#777'}` });
}

export function actorBadge(a: ActorRef): HTMLElement {
  return h('span', { class: 'actor-badge' }, kindDot(a.kind), actorLink(a));
}

function time(d: string | null): HTMLElement {
  return d ? h('time', { datetime: d }, fmtDate(d)) : h('span', { class: 'muted' }, 'date unknown');
}

// highlight marks the names in a sentence, so the eye finds the actors.
function highlight(sentence: string, names: string[]): Child[] {
  const terms = [...new Set(names.flatMap((n) => [n, n.split(' ').pop() ?? '']).filter((t) => t.length >= 3))];
  if (terms.length === 0) return [sentence];
  const escaped = terms.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only: "Russia" is not marked inside "Russian".
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return sentence.split(re).map((part, i) => (i % 2 === 1 ? h('mark', null, part) : part));
}

export function evidenceList(evidence: Evidence[], names: string[]): HTMLElement {
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((e) =>
      h(
        'li',
        null,
        h('blockquote', { class: 'sentence' }, highlight(e.sentence, names)),
        h(
          'p',
          { class: 'source' },
          '— ',
          e.article.url
            ? h('a', { href: e.article.url, target: '_blank', rel: 'noopener noreferrer' }, e.article.title || e.article.url)
            : h('cite', null, e.article.title || e.article.id),
          e.article.source ? `, ${e.article.source}` : '',
          e.article.published ? `, ${fmtDate(e.article.published)}` : '',
        ),
      ),
    ),
  );
}

export function describeLink(l: Link): HTMLElement {
  switch (l.kind) {
    case 'MET': {
      const m = l.meeting;
      return h(
        'p',
        { class: 'link-head' },
        h('strong', null, kindLabel(m.kind)),
        m.status === 'PLANNED' ? h('span', { class: 'badge planned' }, 'planned') : '',
        ' · ',
        time(m.date),
        m.place ? ` · in ${m.place.name}` : '',
        ' · ',
        m.participants.map((p, i) => [i > 0 ? ', ' : '', p.name]),
      );
    }
    case 'SAID_ABOUT':
      return statementHead(l.statement);
    case 'HOLDS_ROLE':
      return h('p', { class: 'link-head' }, h('strong', null, 'Role'), ' · ', roleText(l.person, l.role));
  }
}

function roleText(person: ActorRef, r: Role): string {
  return `${person.name}: ${r.title}${r.of ? ` of ${r.of.name}` : ''}${r.asOf ? ` (as of ${fmtDate(r.asOf)})` : ''}`;
}

function statementHead(s: Statement): HTMLElement {
  return h(
    'p',
    { class: 'link-head' },
    h('strong', null, 'Statement'),
    ' · ',
    time(s.date),
    ` · ${s.speaker.name}`,
    s.about.length ? ` about ${s.about.map((a) => a.name).join(', ')}` : '',
    h('span', { class: 'said' }, s.quote ? `“${s.quote}”` : s.text),
  );
}

function linkEvidence(l: Link): Evidence[] {
  switch (l.kind) {
    case 'MET':
      return l.meeting.evidence;
    case 'SAID_ABOUT':
      return l.statement.evidence;
    case 'HOLDS_ROLE':
      return l.role.evidence;
  }
}

function linkNames(l: Link): string[] {
  switch (l.kind) {
    case 'MET':
      return l.meeting.participants.map((p) => p.name);
    case 'SAID_ABOUT':
      return [l.statement.speaker.name, ...l.statement.about.map((a) => a.name)];
    case 'HOLDS_ROLE':
      return [l.person.name, l.role.of?.name ?? ''];
  }
}

const EDGE_WORDS: Record<string, string> = { MET: 'meeting', SAID_ABOUT: 'statement', HOLDS_ROLE: 'role' };

// edgePanel is the evidence of one edge: every link it merges with its
// sentences and articles, newest first.
export function edgePanel(e: NetEdge, names: Map<string, ActorRef>, open: (a: ActorRef) => void): HTMLElement {
  const a = names.get(e.source);
  const b = names.get(e.target);
  const links = [...e.links].sort((x, y) => (linkDate(y) ?? '').localeCompare(linkDate(x) ?? ''));
  const sep = e.kind === 'MET' ? ' – ' : ' → ';
  return h(
    'div',
    { class: 'edge-panel' },
    h('h3', { id: 'evidence-title' }, `${a?.name ?? e.source}${sep}${b?.name ?? e.target}`),
    h('p', { class: 'muted' }, plural(EDGE_WORDS[e.kind], e.links.length)),
    h(
      'ol',
      { class: 'links' },
      links.map((l) => h('li', null, describeLink(l), evidenceList(linkEvidence(l), linkNames(l)))),
    ),
    h(
      'p',
      { class: 'actions' },
      [a, b].filter((x): x is ActorRef => !!x).map((x) => h('button', { type: 'button', onclick: () => open(x) }, `Open ${x.name}`)),
    ),
  );
}

// factsList is the accessible list view: counterparts with their meetings,
// statements and roles, every fact with its evidence.
export function factsList(
  centre: ActorRef,
  encounters: Encounter[],
  statements: Statement[],
  roles: Role[],
  showEdge: (other: ActorRef) => void,
): HTMLElement {
  const sec = h('div', { class: 'facts' });
  sec.append(
    h('h3', { id: 'counterparts-h' }, `Counterparts met (${encounters.length})`),
    encounters.length === 0
      ? h('p', { class: 'muted' }, `No meeting of ${centre.name} in this range.`)
      : h(
          'ol',
          { class: 'counterparts', 'aria-labelledby': 'counterparts-h' },
          encounters.map((e) =>
            h(
              'li',
              { class: 'counterpart', 'data-id': e.counterpart.id },
              h('h4', null, actorBadge(e.counterpart)),
              h(
                'p',
                { class: 'muted' },
                plural('meeting', e.count),
                e.first ? ` · ${fmtDate(e.first)}` : '',
                e.last && e.last !== e.first ? ` to ${fmtDate(e.last)}` : '',
                ' ',
                h('button', { type: 'button', class: 'link-button', onclick: () => showEdge(e.counterpart) }, 'Show on the graph'),
              ),
              h(
                'ul',
                { class: 'meetings' },
                e.meetings.map((m) =>
                  h('li', null, describeLink({ kind: 'MET', meeting: m }), evidenceList(m.evidence, m.participants.map((p) => p.name))),
                ),
              ),
            ),
          ),
        ),
    h('h3', { id: 'statements-h' }, `Statements (${statements.length})`),
    statements.length === 0
      ? h('p', { class: 'muted' }, `No statement by or about ${centre.name} in this range.`)
      : h(
          'ol',
          { class: 'statements', 'aria-labelledby': 'statements-h' },
          statements.map((s) =>
            h('li', null, statementHead(s), evidenceList(s.evidence, [s.speaker.name, ...s.about.map((a) => a.name)])),
          ),
        ),
  );
  if (centre.kind === 'PERSON') {
    sec.append(
      h('h3', { id: 'roles-h' }, `Roles (${roles.length})`),
      roles.length === 0
        ? h('p', { class: 'muted' }, `No role of ${centre.name} is recorded.`)
        : h(
            'ul',
            { class: 'roles', 'aria-labelledby': 'roles-h' },
            roles.map((r) => h('li', null, h('p', { class: 'link-head' }, roleText(centre, r)), evidenceList(r.evidence, [centre.name, r.of?.name ?? '']))),
          ),
    );
  }
  return sec;
}

// eventDOMID gives a timeline entry an id the chart can point at.
export function eventDOMID(id: string): string {
  return 'ev-' + id.replace(/[^A-Za-z0-9_-]/g, '-');
}

function eventText(e: Event): Child[] {
  if (e.__typename === 'Meeting') {
    return [
      h('strong', null, kindLabel(e.kind)),
      e.status === 'PLANNED' ? h('span', { class: 'badge planned' }, 'planned') : '',
      e.place ? ` in ${e.place.name}` : '',
      ': ',
      e.participants.map((p) => p.name).join(', '),
    ];
  }
  return [
    h('strong', null, 'Statement'),
    ` by ${e.speaker.name}`,
    e.about.length ? ` about ${e.about.map((a) => a.name).join(', ')}` : '',
    ': ',
    h('span', { class: 'said' }, e.quote ? `“${e.quote}”` : e.text),
  ];
}

// timelineList is the timeline in text: one entry per event, oldest first,
// with the first evidence sentence.
export function timelineList(events: Event[]): HTMLElement {
  return h(
    'ol',
    { class: 'timeline' },
    events.map((e) =>
      h(
        'li',
        { id: eventDOMID(e.id), tabindex: '-1', class: e.__typename === 'Meeting' ? 'ev-meeting' : 'ev-statement' },
        h('p', { class: 'when' }, time(e.date)),
        h('p', { class: 'what' }, eventText(e)),
        e.evidence.length ? evidenceList(e.evidence.slice(0, 1), []) : '',
        e.evidence.length > 1 ? h('p', { class: 'muted' }, `and ${plural('more source', e.evidence.length - 1)}`) : '',
      ),
    ),
  );
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text) el.textContent = text;
  return el;
}

// timelineChart draws the events on a time axis: meetings above the line,
// statements below, planned meetings hollow. A click on a mark focuses the
// entry in the list.
export function timelineChart(events: Event[], onPick: (e: Event) => void): SVGSVGElement | null {
  const dated = events.filter((e) => dateValue(e.date) !== null);
  if (dated.length === 0) return null;
  const W = 800;
  const H = 70;
  const pad = 24;
  const vals = dated.map((e) => dateValue(e.date) as number);
  let lo = Math.min(...vals);
  let hi = Math.max(...vals);
  const day = 86400000;
  if (hi - lo < 30 * day) {
    lo -= 15 * day;
    hi += 15 * day;
  }
  const x = (v: number) => pad + ((v - lo) / (hi - lo)) * (W - 2 * pad);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-chart', role: 'img' });
  root.setAttribute('aria-label', `${dated.length} dated events from ${fmtDate(dated[0].date)} to ${fmtDate(dated[dated.length - 1].date)}; the list below has them all`);
  root.append(svg('line', { x1: pad, x2: W - pad, y1: H / 2, y2: H / 2, class: 'axis' }));
  // Year ticks.
  const y0 = new Date(lo).getUTCFullYear();
  const y1 = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
  for (let y = y0; y <= y1 + 1; y += step) {
    const v = Date.UTC(y, 0, 1);
    if (v < lo || v > hi) continue;
    root.append(svg('line', { x1: x(v), x2: x(v), y1: H / 2 - 6, y2: H / 2 + 6, class: 'tick' }));
    root.append(svg('text', { x: x(v), y: H - 4, 'text-anchor': 'middle', class: 'tick-label' }, String(y)));
  }
  for (const e of dated) {
    const meeting = e.__typename === 'Meeting';
    const planned = meeting && e.status === 'PLANNED';
    const c = svg('circle', {
      cx: x(dateValue(e.date) as number),
      cy: meeting ? H / 2 - 12 : H / 2 + 12,
      r: 5,
      class: `mark ${meeting ? 'mark-meeting' : 'mark-statement'}${planned ? ' mark-planned' : ''}`,
    });
    c.append(svg('title', {}, `${fmtDate(e.date)}: ${meeting ? kindLabel(e.kind) : 'Statement'}`));
    c.addEventListener('click', () => onPick(e));
    root.append(c);
  }
  return root;
}
