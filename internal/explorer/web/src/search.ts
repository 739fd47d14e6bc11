// The search box: a combobox (WAI-ARIA 1.2 pattern) whose suggestions come
// from the search query and list aliases too, so "Putin" finds Vladimir
// Putin and shows why.
import { h, clear } from './dom';
import { KIND_COLORS } from './graph';
import { kindLabel } from './format';
import { search } from './queries';
import type { Actor } from './queries';

export class SearchBox {
  private items: Actor[] = [];
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | null = null;

  constructor(
    private input: HTMLInputElement,
    private list: HTMLUListElement,
    form: HTMLFormElement,
    private status: HTMLElement,
    private onChoose: (ref: string) => void,
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = this.active >= 0 ? this.items[this.active] : null;
      const ref = chosen ? chosen.name : input.value.trim();
      this.close();
      if (ref) this.onChoose(ref);
    });
  }

  set(value: string): void {
    this.input.value = value;
    this.close();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.suggest(), 150);
  }

  private async suggest(): Promise<void> {
    const text = this.input.value.trim();
    this.pending?.abort();
    if (text.length < 2) {
      this.close();
      return;
    }
    const ctl = new AbortController();
    this.pending = ctl;
    try {
      const items = await search(text, ctl.signal);
      if (ctl.signal.aborted) return;
      this.show(items, text);
    } catch (e) {
      if (ctl.signal.aborted) return;
      this.items = [];
      clear(this.list, h('li', { class: 'no-match', role: 'presentation' }, 'Suggestions are unavailable: the server did not answer.'));
      this.open();
    }
  }

  private show(items: Actor[], text: string): void {
    this.items = items;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (items.length === 0) {
      clear(this.list, h('li', { class: 'no-match', role: 'presentation' }, `No actor starts with “${text}”.`));
      this.status.textContent = 'No suggestions.';
      this.open();
      return;
    }
    const lower = text.toLowerCase();
    clear(
      this.list,
      items.map((a, i) => {
        // Aliases that match what was typed first: they explain the hit.
        const aliases = [...a.aliases].sort(
          (x, y) => Number(y.toLowerCase().includes(lower)) - Number(x.toLowerCase().includes(lower)),
        );
        return h(
          'li',
          {
            id: `suggestion-${i}`,
            role: 'option',
            'aria-selected': 'false',
            class: 'suggestion',
            onmousedown: (e: Event) => {
              e.preventDefault();
              this.choose(i);
            },
          },
          h('span', { class: 'kind-dot', 'aria-hidden': 'true', style: `background:${KIND_COLORS[a.kind] ?? '#777'}` }),
          h('span', { class: 'name' }, a.name),
          h('span', { class: 'kind' }, kindLabel(a.kind)),
          aliases.length ? h('span', { class: 'aliases' }, 'also ' + aliases.slice(0, 3).join(', ')) : '',
        );
      }),
    );
    this.status.textContent = `${items.length} suggestion${items.length === 1 ? '' : 's'}; use the up and down arrows to choose.`;
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private move(delta: number): void {
    if (this.items.length === 0) return;
    if (this.list.hidden) this.open();
    this.active = (this.active + delta + this.items.length) % this.items.length;
    this.list.querySelectorAll('[role=option]').forEach((el, i) => {
      el.setAttribute('aria-selected', String(i === this.active));
      if (i === this.active) el.scrollIntoView({ block: 'nearest' });
    });
    this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
  }

  private choose(i: number): void {
    const a = this.items[i];
    if (!a) return;
    this.input.value = a.name;
    this.close();
    this.onChoose(a.name);
  }

  private key(e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(-1);
        break;
      case 'Escape':
        this.close();
        break;
    }
  }
}
