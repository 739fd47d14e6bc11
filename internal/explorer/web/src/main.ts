// The explorer page: search an actor, see its network, timeline and the
// evidence of every link. All state is in the URL (?actor=&from=&to=), so
// a view can be shared and the back button works.
import { APIError, NetworkError } from './api';
import { byId, clear, h, plural } from './dom';
import { fmtDate, validDate } from './format';
import { GraphView } from './graph';
import { Network, type NetEdge } from './model';
import * as q from './queries';
import type { ActorRef, Encounter, Event, Range, Role, Statement } from './queries';
import { SearchBox } from './search';
import { edgePanel, eventDOMID, factsList, timelineChart, timelineList } from './views';

// How many actors the first drawing and each expansion add; the list view
// always has every counterpart.
const FIRST_NODES = 60;
const EXPAND_NODES = 25;

interface State {
  actor: string | null;
  from: string | null;
  to: string | null;
}

function readURL(): State {
  const p = new URLSearchParams(location.search);
  const get = (k: string) => p.get(k)?.trim() || null;
  return { actor: get('actor'), from: get('from'), to: get('to') };
}

function urlOf(s: State): string {
  const p = new URLSearchParams();
  if (s.actor) p.set('actor', s.actor);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  const qs = p.toString().replace(/\+/g, '%20');
  return qs ? `/?${qs}` : '/';
}

// What is open: the actor, its facts in the range and the drawing.
interface View {
  centre: q.Actor;
  range: Range;
  encounters: Encounter[];
  events: Event[];
  totalEvents: number;
  nextCursor: string | null;
  net: Network;
}

class App {
  private state: State = { actor: null, from: null, to: null };
  private view: View | null = null;
  private loading: AbortController | null = null;
  private graph: GraphView;
  private search: SearchBox;

  private main = byId('main');
  private status = byId('status');
  private actorView = byId('actor-view');
  private evidence = byId('evidence');
  private fromInput = byId<HTMLInputElement>('from');
  private toInput = byId<HTMLInputElement>('to');

  constructor() {
    this.graph = new GraphView(byId('graph'), {
      onNode: (id) => void this.expand(id),
      onEdge: (e) => this.showEdge(e),
    });
    this.search = new SearchBox(
      byId<HTMLInputElement>('q'),
      byId<HTMLUListElement>('suggestions'),
      byId<HTMLFormElement>('search-form'),
      byId('search-status'),
      (ref) => this.navigate({ ...this.state, actor: ref }),
    );
    byId<HTMLFormElement>('range-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.applyRange();
    });
    byId('clear-range').addEventListener('click', () => {
      this.fromInput.value = '';
      this.toInput.value = '';
      this.navigate({ ...this.state, from: null, to: null });
    });
    // Links to other actors navigate inside the page.
    document.addEventListener('click', (e) => {
      const a = (e.target as Element).closest?.('a.actor-link');
      if (!a || (e as MouseEvent).ctrlKey || (e as MouseEvent).metaKey || (e as MouseEvent).shiftKey) return;
      e.preventDefault();
      this.navigate({ ...this.state, actor: a.getAttribute('data-actor') });
    });
    window.addEventListener('popstate', () => void this.load(readURL()));
    let t: number | undefined;
    window.addEventListener('resize', () => {
      window.clearTimeout(t);
      t = window.setTimeout(() => this.graph.resize(), 200);
    });
    void this.load(readURL());
  }

  private applyRange(): void {
    const from = this.fromInput.value.trim() || null;
    const to = this.toInput.value.trim() || null;
    for (const [name, v, input] of [['From', from, this.fromInput], ['To', to, this.toInput]] as const) {
      if (v && !validDate(v)) {
        input.setAttribute('aria-invalid', 'true');
        this.message('error', `${name} “${v}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05.`);
        input.focus();
        return;
      }
      input.removeAttribute('aria-invalid');
    }
    this.navigate({ ...this.state, from, to });
  }

  // navigate records a new state in the history and loads it.
  private navigate(s: State): void {
    history.pushState(null, '', urlOf(s));
    void this.load(s);
  }

  private message(kind: 'loading' | 'error' | 'empty' | 'info', ...content: (Node | string)[]): void {
    this.status.className = `status status-${kind}`;
    this.status.hidden = false;
    clear(this.status, ...content);
    this.main.setAttribute('aria-busy', String(kind === 'loading'));
  }

  private clearMessage(): void {
    this.status.hidden = true;
    clear(this.status);
    this.main.setAttribute('aria-busy', 'false');
  }

  private async load(s: State): Promise<void> {
    this.loading?.abort();
    const ctl = new AbortController();
    this.loading = ctl;
    this.state = s;
    this.search.set(s.actor ?? '');
    this.fromInput.value = s.from ?? '';
    this.toInput.value = s.to ?? '';
    this.main.dataset.state = 'loading';
    for (const [name, v] of [['from', s.from], ['to', s.to]] as const) {
      if (v && !validDate(v)) {
        this.fail(new APIError(`${name} “${v}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`, 'INVALID_ARGUMENT'), s);
        return;
      }
    }
    if (!s.actor) {
      this.view = null;
      this.actorView.hidden = true;
      document.title = 'actorgraph explorer';
      await this.welcome(ctl.signal);
      return;
    }
    this.message('loading', `Loading ${s.actor}…`);
    try {
      const centre = await q.actor(s.actor, ctl.signal);
      if (!centre) throw new APIError(`no actor named “${s.actor}”`, 'NOT_FOUND');
      const range = { from: s.from, to: s.to };
      const [encounters, page] = await Promise.all([
        q.encounters(centre.id, range, ctl.signal),
        q.timeline(centre.id, range, null, ctl.signal),
      ]);
      if (ctl.signal.aborted) return;
      const net = new Network(centre);
      this.view = {
        centre,
        range,
        encounters,
        events: page.events,
        totalEvents: page.totalCount,
        nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
        net,
      };
      const left = net.add({ actor: centre, encounters, statements: this.statements(), roles: centre.roles ?? [] }, FIRST_NODES);
      // The URL names the actor by its canonical name once known.
      if (s.actor !== centre.name) {
        this.state = { ...s, actor: centre.name };
        history.replaceState(null, '', urlOf(this.state));
        this.search.set(centre.name);
      }
      this.render(left);
    } catch (e) {
      if (ctl.signal.aborted) return;
      this.fail(e, s);
    }
  }

  private statements(): Statement[] {
    return (this.view?.events ?? []).filter((e): e is Statement => e.__typename === 'Statement');
  }

  private async welcome(signal: AbortSignal): Promise<void> {
    this.message('loading', 'Loading…');
    try {
      const st = await q.stats(signal);
      if (signal.aborted) return;
      if (st.articles === 0) {
        this.message(
          'empty',
          h('strong', null, 'The graph is empty. '),
          'Load articles with ',
          h('code', null, 'actorgraph ingest PATH'),
          ' (or restart with ',
          h('code', null, 'actorgraph serve --demo'),
          ' for the sample articles), then reload this page.',
        );
      } else {
        this.message(
          'info',
          h('strong', null, 'Search for a person, country or organization above'),
          ` to see whom they met, what they said and the sentence behind every link. The graph holds ${plural('article', st.articles)}, ${plural('actor', st.actors)}, ${plural('meeting', st.meetings)} and ${plural('statement', st.statements)}.`,
        );
      }
      this.main.dataset.state = 'empty';
    } catch (e) {
      if (!signal.aborted) this.fail(e, this.state);
    }
  }

  private fail(e: unknown, s: State): void {
    this.actorView.hidden = true;
    this.main.dataset.state = 'error';
    const retry = h('button', { type: 'button', onclick: () => void this.load(s) }, 'Try again');
    if (e instanceof APIError) {
      switch (e.code) {
        case 'NOT_FOUND':
          this.message('error', h('strong', null, `No actor named “${s.actor}”. `), 'Check the spelling, or type the first letters in the search box to see suggestions.');
          return;
        case 'AMBIGUOUS':
          this.message(
            'error',
            h('strong', null, `“${s.actor}” could mean several actors. `),
            'Choose one: ',
            h(
              'span',
              { class: 'candidates' },
              e.candidates.map((c, i) => [
                i > 0 ? ', ' : '',
                h('a', { href: urlOf({ ...s, actor: c.id }), class: 'actor-link', 'data-actor': c.id }, `${c.name} (${c.kind.toLowerCase()})`),
              ]),
            ),
            '.',
          );
          return;
        case 'INVALID_ARGUMENT':
          this.message('error', h('strong', null, 'The request was refused: '), `${e.message}. Correct the dates (YYYY, YYYY-MM or YYYY-MM-DD) and apply them again.`);
          return;
      }
      this.message('error', h('strong', null, 'The server could not answer: '), `${e.message}. `, retry);
      return;
    }
    if (e instanceof NetworkError) {
      this.message('error', h('strong', null, 'The actorgraph server cannot be reached. '), 'Check that actorgraph serve is still running, then ', retry);
      return;
    }
    this.message('error', h('strong', null, 'Something went wrong: '), `${String(e)}. `, retry);
  }

  private render(left: number): void {
    const v = this.view;
    if (!v) return;
    const { centre } = v;
    document.title = `${centre.name} · actorgraph explorer`;
    this.actorView.hidden = false;
    this.main.dataset.state = 'ready';
    const statements = this.statements();
    const roles = centre.roles ?? [];
    const anything = v.encounters.length + statements.length > 0;
    const rangeText = v.range.from || v.range.to ? ` between ${v.range.from ? fmtDate(v.range.from) : 'the start'} and ${v.range.to ? fmtDate(v.range.to) : 'now'}` : '';
    if (!anything) {
      this.message(
        'empty',
        h('strong', null, `No meeting or statement of ${centre.name}${rangeText}. `),
        v.range.from || v.range.to ? 'Widen or clear the date range.' : 'The sources name this actor but link it to no one yet.',
      );
    } else if (left > 0) {
      this.message('info', `The graph shows the ${FIRST_NODES} most linked actors; ${plural('more actor', left)} are in the list below.`);
    } else {
      this.clearMessage();
    }

    byId('actor-name').textContent = centre.name;
    const meta = byId('actor-meta');
    clear(
      meta,
      h('span', { class: `badge kind-${centre.kind.toLowerCase()}` }, centre.kind.toLowerCase()),
      centre.aliases.length ? ` Also: ${centre.aliases.join(', ')}.` : '',
      roles.length ? ` ${roles.slice(0, 3).map((r) => r.title + (r.of ? ` of ${r.of.name}` : '')).join('; ')}.` : '',
      ` ${plural('counterpart', v.encounters.length)}, ${plural('event', v.totalEvents)}${rangeText}.`,
    );
    this.graph.render(v.net);
    this.evidenceHint();
    clear(byId('facts'), factsList(centre, v.encounters, statements, roles, (other) => this.showEdgeWith(other)));
    this.renderTimeline();
    // The browser test reads this mark: time until the first actor view.
    if (performance.getEntriesByName('explorer-ready').length === 0) performance.mark('explorer-ready');
  }

  private evidenceHint(): void {
    clear(
      this.evidence,
      h('h3', { id: 'evidence-title' }, 'Evidence'),
      h('p', { class: 'muted' }, 'Click a line of the network to see the sentences that prove it, with their articles. Click a person, country or organization to draw its own links.'),
    );
  }

  private renderTimeline(): void {
    const v = this.view;
    if (!v) return;
    const box = byId('timeline');
    const chart = timelineChart(v.events, (e) => {
      const li = document.getElementById(eventDOMID(e.id));
      li?.scrollIntoView({ block: 'center' });
      li?.focus();
    });
    clear(
      box,
      v.events.length === 0 ? h('p', { class: 'muted' }, 'No dated meeting or statement in this range.') : '',
      chart ?? '',
      h('p', { class: 'legend' },
        h('span', { class: 'mark-key mark-meeting' }), ' meeting ',
        h('span', { class: 'mark-key mark-planned' }), ' planned ',
        h('span', { class: 'mark-key mark-statement' }), ' statement',
      ),
      timelineList(v.events),
      v.nextCursor
        ? h('p', null, `Showing ${v.events.length} of ${v.totalEvents} events. `, h('button', { type: 'button', onclick: () => void this.more() }, 'Load more'))
        : '',
    );
  }

  private async more(): Promise<void> {
    const v = this.view;
    if (!v || !v.nextCursor) return;
    try {
      const page = await q.timeline(v.centre.id, v.range, v.nextCursor);
      if (this.view !== v) return;
      v.events.push(...page.events);
      v.nextCursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      v.net.add({ actor: v.centre, encounters: [], statements: page.events.filter((e): e is Statement => e.__typename === 'Statement'), roles: [] }, 0);
      this.graph.render(v.net);
      clear(byId('facts'), factsList(v.centre, v.encounters, this.statements(), v.centre.roles ?? [], (o) => this.showEdgeWith(o)));
      this.renderTimeline();
    } catch (e) {
      this.fail(e, this.state);
    }
  }

  // expand draws a node's own links, in the open range.
  private async expand(id: string): Promise<void> {
    const v = this.view;
    if (!v) return;
    const node = v.net.nodes.get(id);
    if (!node) return;
    const open = h('button', { type: 'button', onclick: () => this.navigate({ ...this.state, actor: node.actor.name }) }, `Open ${node.actor.name}`);
    if (node.depth === 0 || node.expanded) {
      clear(this.evidence, h('h3', { id: 'evidence-title' }, node.actor.name), h('p', { class: 'muted' }, node.depth === 0 ? 'The open actor.' : 'Its links are drawn.'), node.depth === 0 ? '' : open);
      return;
    }
    clear(this.evidence, h('h3', { id: 'evidence-title' }, node.actor.name), h('p', { role: 'status' }, `Drawing the links of ${node.actor.name}…`));
    try {
      const [actor, encounters, page] = await Promise.all([
        q.actor(id),
        q.encounters(id, v.range),
        q.timeline(id, v.range, null),
      ]);
      if (this.view !== v) return;
      const before = v.net.nodes.size;
      const left = v.net.add(
        {
          actor: node.actor,
          encounters,
          statements: page.events.filter((e): e is Statement => e.__typename === 'Statement'),
          roles: (actor?.roles ?? []) as Role[],
        },
        EXPAND_NODES,
      );
      this.graph.render(v.net);
      const added = v.net.nodes.size - before;
      clear(
        this.evidence,
        h('h3', { id: 'evidence-title' }, node.actor.name),
        h('p', null, `${plural('meeting counterpart', encounters.length)}; ${added ? `${plural('actor', added)} added to the drawing` : 'no new actor to draw'}${left ? ` (${left} more in its own view)` : ''}.`),
        open,
      );
    } catch (e) {
      clear(this.evidence, h('h3', { id: 'evidence-title' }, node.actor.name), h('p', { class: 'status-error' }, `Its links could not be loaded: ${e instanceof Error ? e.message : String(e)}.`), open);
    }
  }

  private names(): Map<string, ActorRef> {
    const m = new Map<string, ActorRef>();
    for (const n of this.view?.net.nodes.values() ?? []) m.set(n.actor.id, n.actor);
    return m;
  }

  private showEdge(e: NetEdge): void {
    this.graph.select(e.id);
    clear(this.evidence, edgePanel(e, this.names(), (a) => this.navigate({ ...this.state, actor: a.name })));
    this.evidence.focus({ preventScroll: true });
  }

  // showEdgeWith shows the meetings edge between the open actor and another.
  private showEdgeWith(other: ActorRef): void {
    const v = this.view;
    if (!v) return;
    const edges = v.net.edgesBetween(v.centre.id, other.id);
    const e = edges.find((x) => x.kind === 'MET') ?? edges[0];
    if (!e) {
      clear(this.evidence, h('h3', { id: 'evidence-title' }, other.name), h('p', { class: 'muted' }, `${other.name} is not drawn: the graph shows the ${FIRST_NODES} most linked actors.`));
    } else {
      this.showEdge(e);
    }
    byId('network').scrollIntoView({ block: 'start' });
  }
}

new App();
