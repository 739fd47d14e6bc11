// Draws the Network with cytoscape.js: colours by actor kind, edge width
// by the number of links, the open actor in the middle and each hop on a
// ring around it.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Network, NetEdge } from './model';

export const KIND_COLORS: Record<string, string> = {
  PERSON: '#1f6fb4',
  COUNTRY: '#2e8b57',
  ORGANIZATION: '#c06a10',
};

export const EDGE_COLORS: Record<string, string> = {
  MET: '#4a4a4a',
  SAID_ABOUT: '#8e44ad',
  HOLDS_ROLE: '#16808a',
};

export interface GraphEvents {
  onNode(id: string): void;
  onEdge(edge: NetEdge): void;
}

export class GraphView {
  private cy: Core;
  private net: Network | null = null;

  constructor(container: HTMLElement, private events: GraphEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            label: 'data(label)',
            'font-size': 11,
            'font-family': 'system-ui, sans-serif',
            color: '#1b1b1b',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            width: 'data(size)',
            height: 'data(size)',
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node[kind = "COUNTRY"]', style: { shape: 'round-rectangle' } },
        { selector: 'node[kind = "ORGANIZATION"]', style: { shape: 'round-hexagon' } },
        { selector: 'node.centre', style: { 'font-weight': 'bold', 'font-size': 13, 'border-color': '#111111', 'border-width': 3 } },
        { selector: 'node.expanded', style: { 'border-color': '#555555', 'border-style': 'double', 'border-width': 4 } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'curve-style': 'bezier',
            opacity: 0.75,
          },
        },
        { selector: 'edge[kind != "MET"]', style: { 'target-arrow-shape': 'triangle', 'line-style': 'dashed' } },
        { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
      ],
    });
    // A handle for debugging and for the browser tests, which need the
    // drawn positions of nodes and edges to click them.
    (window as unknown as { explorerGraph: Core }).explorerGraph = this.cy;
    this.cy.on('tap', 'node', (e) => this.events.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => {
      const edge = this.net?.edges.get(e.target.id());
      if (edge) this.events.onEdge(edge);
    });
    // Pointer cursor over clickable elements.
    this.cy.on('mouseover', 'node, edge', () => (container.style.cursor = 'pointer'));
    this.cy.on('mouseout', 'node, edge', () => (container.style.cursor = ''));
  }

  render(net: Network): void {
    this.net = net;
    // The container may have been hidden (size 0) when cytoscape started.
    this.cy.resize();
    const degree = new Map<string, number>();
    for (const e of net.edges.values()) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + e.links.length);
      degree.set(e.target, (degree.get(e.target) ?? 0) + e.links.length);
    }
    const els: ElementDefinition[] = [];
    for (const n of net.nodes.values()) {
      const d = degree.get(n.actor.id) ?? 0;
      els.push({
        group: 'nodes',
        data: {
          id: n.actor.id,
          label: n.actor.name,
          kind: n.actor.kind,
          depth: n.depth,
          color: KIND_COLORS[n.actor.kind] ?? '#777777',
          size: n.depth === 0 ? 46 : Math.min(20 + 4 * Math.sqrt(d), 44),
        },
        classes: [n.depth === 0 ? 'centre' : '', n.expanded && n.depth > 0 ? 'expanded' : ''].join(' ').trim(),
      });
    }
    for (const e of net.edges.values()) {
      els.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          kind: e.kind,
          weight: e.links.length,
          // Width grows with the number of meetings (statements, roles),
          // slower once there are many.
          width: Math.min(1.5 + 2 * Math.log2(1 + e.links.length) * 1.4, 14),
          color: EDGE_COLORS[e.kind],
        },
      });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(els);
    });
    const maxDepth = Math.max(0, ...[...net.nodes.values()].map((n) => n.depth));
    this.cy
      .layout({
        name: 'concentric',
        concentric: (n: cytoscape.NodeSingular) => maxDepth - Number(n.data('depth')),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        animate: false,
        fit: true,
        padding: 24,
      } as cytoscape.ConcentricLayoutOptions)
      .run();
    // A few nodes would be fitted at a giant zoom: keep labels readable.
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }

  select(edgeID: string | null): void {
    this.cy.elements().unselect();
    if (edgeID) this.cy.getElementById(edgeID).select();
  }

  resize(): void {
    this.cy.resize();
    this.cy.fit(undefined, 24);
  }
}
