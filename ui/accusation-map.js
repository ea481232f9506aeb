// The accusation map: who accuses whom, drawn as a small SVG graph (parties
// on an ellipse, an arrow from accuser to accused), for an analysis with two
// or more accusations. Every node and edge is a focusable role="button"
// (Enter, Space or a click calls onSelect like the panel's buttons); the
// figure carries a text alternative (a group label and a visually hidden
// list). createElementNS and textContent only: no analysis text is parsed.

import { findEntity, truncate } from './describe.js';

const SVG = 'http://www.w3.org/2000/svg';
const UNNAMED = 'unnamed';
const WIDTH = 360;
const BOX_H = 30;
let mapCount = 0;

const asArray = (v) => (Array.isArray(v) ? v : []);
const times = (n) => `${n} time${n === 1 ? '' : 's'}`;

/**
 * The graph of an analysis's accusations: {nodes, edges}. Nodes
 * [{id, label, entityId, accuses, accused, speaks}] in order of first
 * appearance (accuser before accused); an accuser or accused that is null
 * (or no entity) is the one shared node {id: 'unnamed', entityId: null}.
 * Edges [{from, to, accusations: [ids], label}]: one per accuser → accused
 * pair, label the first accusation's charge, truncated.
 */
export function accusationGraph(analysis) {
  const speakers = new Set(asArray(analysis?.quotes).map((q) => q?.speaker));
  const nodes = new Map();
  const edges = new Map();
  const nodeOf = (id) => {
    const entity = findEntity(analysis, id);
    const key = entity ? entity.id : UNNAMED;
    if (!nodes.has(key)) {
      nodes.set(key, {
        id: key, label: entity ? entity.name || 'Unknown' : 'not named', entityId: entity ? entity.id : null,
        accuses: 0, accused: 0, speaks: entity ? speakers.has(entity.id) : false,
      });
    }
    return nodes.get(key);
  };
  for (const a of asArray(analysis?.accusations)) {
    const from = nodeOf(a?.accuser);
    const to = nodeOf(a?.accused);
    from.accuses += 1;
    to.accused += 1;
    const key = `${from.id}\u0000${to.id}`;
    if (!edges.has(key)) edges.set(key, { from: from.id, to: to.id, accusations: [], label: truncate(a?.charge?.text, 60) });
    edges.get(key).accusations.push(a?.id);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** "Dana Whitfield accuses the port authority: hiding the cost overruns…" */
export function edgeLabel(edge, nodesById) {
  const n = edge.accusations.length;
  const who = `${nodesById.get(edge.from).label} accuses ${nodesById.get(edge.to).label}`;
  return n === 1 ? `${who}: ${edge.label}` : `${who} ${times(n)}, first: ${edge.label}`;
}

/** "the port authority: accused 1 time, never quoted" */
export function nodeLabel(node) {
  const parts = [];
  if (node.accuses) parts.push(`accuses ${times(node.accuses)}`);
  if (node.accused) parts.push(`accused ${times(node.accused)}`);
  if (node.entityId) parts.push(node.speaks ? 'quoted' : 'never quoted');
  return `${node.label}: ${parts.join(', ')}`;
}

function svg(tag, attributes = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text != null) node.textContent = text;
  return node;
}

function focusable(g, label, select) {
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', label);
  g.append(svg('title', {}, label));
  g.addEventListener('click', select);
  g.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select();
  });
}

// Where the line from a box's centre towards (tx, ty) leaves the box.
function border(p, tx, ty, w, gap = 3) {
  const dx = tx - p.x;
  const dy = ty - p.y;
  const t = Math.min(dx ? (w / 2 + gap) / Math.abs(dx) : Infinity, dy ? (BOX_H / 2 + gap) / Math.abs(dy) : Infinity);
  return { x: p.x + dx * t, y: p.y + dy * t };
}

const r1 = (v) => Math.round(v * 10) / 10;

// The path of an edge: straight, or bent to its left when the reverse edge
// exists (so the two directions do not overlap), or a loop for a self-edge.
function edgePath(a, b, bent, w) {
  if (a === b) {
    const top = a.y - BOX_H / 2;
    return { d: `M${r1(a.x - 12)},${r1(top)} C${r1(a.x - 34)},${r1(top - 34)} ${r1(a.x + 34)},${r1(top - 34)} ${r1(a.x + 12)},${r1(top - 3)}`, mid: { x: a.x, y: top - 26 } };
  }
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const bend = bent ? 26 : 0;
  const c = { x: (a.x + b.x) / 2 + ((b.y - a.y) / len) * bend, y: (a.y + b.y) / 2 - ((b.x - a.x) / len) * bend };
  const s = border(a, c.x, c.y, w, 0);
  const e = border(b, c.x, c.y, w);
  return { d: `M${r1(s.x)},${r1(s.y)} Q${r1(c.x)},${r1(c.y)} ${r1(e.x)},${r1(e.y)}`, mid: { x: (s.x + 2 * c.x + e.x) / 4, y: (s.y + 2 * c.y + e.y) / 4 } };
}

/**
 * Draws the accusation map of `analysis` into `container` (replacing its
 * content) when it has two or more accusations; otherwise empties it.
 * Returns the <figure>, or null when nothing is drawn. options.onSelect(item):
 * an edge gives its first accusation, a node its entity (the unnamed node its
 * first accusation).
 */
export function renderAccusationMap(container, analysis, { onSelect } = {}) {
  const accusations = asArray(analysis?.accusations);
  container.replaceChildren();
  if (accusations.length < 2) return null;
  const { nodes, edges } = accusationGraph(analysis);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const n = nodes.length;
  // An ellipse; from five parties on, narrower boxes, a taller ellipse and a
  // start off the vertical axis, so that no two boxes share a row.
  const w = n <= 4 ? 132 : n <= 6 ? 108 : 92;
  const ry = n <= 2 ? 36 : n <= 4 ? 62 : 25 * n;
  const height = 2 * ry + BOX_H + 40;
  const step = (2 * Math.PI) / n;
  const at = new Map(nodes.map((node, i) => {
    const angle = n === 2 ? Math.PI * i : -Math.PI / 2 + (n >= 5 ? step / 4 : 0) + step * i;
    const x = WIDTH / 2 + (WIDTH / 2 - w / 2 - 4) * Math.cos(angle);
    return [node.id, { x, y: height / 2 + 6 + (n === 1 ? 10 : ry * Math.sin(angle)) }];
  }));
  const marker = `saywho-map-arrow-${++mapCount}`;
  const summary = `Accusation map: ${accusations.length} accusations between ${n} parties`;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'saywho-map-svg', role: 'group', 'aria-label': summary });
  const defs = svg('defs');
  const arrow = svg('marker', { id: marker, viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse' });
  arrow.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'saywho-map-arrow' }));
  defs.append(arrow);
  root.append(defs);
  const pairs = new Set(edges.map((e) => `${e.from}\u0000${e.to}`));
  const first = (id) => accusations.find((a) => a?.id === id);
  for (const edge of edges) {
    const { d, mid } = edgePath(at.get(edge.from), at.get(edge.to), pairs.has(`${edge.to}\u0000${edge.from}`), w);
    const g = svg('g', {
      class: 'saywho-map-edge', 'data-from': edge.from, 'data-to': edge.to, 'data-accusations': edge.accusations.join(' '),
    });
    g.append(svg('path', { d, class: 'saywho-map-hit' }), svg('path', { d, class: 'saywho-map-line', 'marker-end': `url(#${marker})` }));
    if (edge.accusations.length > 1) g.append(svg('text', { x: r1(mid.x), y: r1(mid.y - 4), class: 'saywho-map-count', 'text-anchor': 'middle' }, `×${edge.accusations.length}`));
    focusable(g, edgeLabel(edge, byId), () => onSelect?.(first(edge.accusations[0])));
    root.append(g);
  }
  for (const node of nodes) {
    const p = at.get(node.id);
    const g = svg('g', {
      class: `saywho-map-node${node.entityId ? '' : ' saywho-map-unnamed'}${node.speaks ? ' saywho-map-speaks' : ''}`,
      'data-entity': node.entityId ?? '', 'data-node': node.id,
    });
    g.append(
      svg('rect', { x: r1(p.x - w / 2), y: r1(p.y - BOX_H / 2), width: w, height: BOX_H, rx: 6 }),
      svg('text', { x: r1(p.x), y: r1(p.y + 4), 'text-anchor': 'middle' }, truncate(node.label, Math.floor(w / 8))),
    );
    const item = node.entityId ? findEntity(analysis, node.entityId)
      : accusations.find((a) => !findEntity(analysis, a?.accuser) || !findEntity(analysis, a?.accused));
    focusable(g, nodeLabel(node), () => onSelect?.(item));
    root.append(g);
  }
  const figure = document.createElement('figure');
  figure.className = 'saywho-map';
  const list = document.createElement('ul');
  list.className = 'saywho-visually-hidden';
  for (const edge of edges) {
    const li = document.createElement('li');
    li.textContent = `${byId.get(edge.from).label} accuses ${byId.get(edge.to).label} (${edge.accusations.length})`;
    list.append(li);
  }
  const caption = document.createElement('figcaption');
  caption.className = 'saywho-map-caption';
  caption.textContent = 'Who accuses whom. Filled: quoted in the text; dashed: not named.';
  figure.append(root, list, caption);
  container.append(figure);
  return figure;
}
