/**
 * Lays the collaboration graph out with d3-force at build time. The simulation is run for a
 * fixed number of ticks from d3's deterministic start (phyllotaxis positions and its seeded
 * random source), on nodes in a fixed order, so two builds of the same content draw the same
 * picture.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { CollaborationGraph, NetworkNode } from './graph.ts';

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  /** Where the name is written (its middle and baseline): below the node, or above when that would cover another name. */
  labelX: number;
  labelY: number;
}

/** Rough width of a bold 14-unit label: enough to keep names apart and inside the drawing. */
export function labelWidth(label: string): number {
  return label.length * 8.2;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: { company: PlacedNode; centre: PlacedNode; stories: string[] }[];
}

export const ITERATIONS = 400;

type SimNode = SimulationNodeDatum & { key: string };

/** Room around the drawing for node labels, in drawing units. */
const PADDING_Y = 36;

/** A landscape drawing for wide screens, a portrait one for phones. */
export const networkShapes = {
  wide: { width: 720, height: (nodes: number) => Math.min(900, Math.max(320, 140 + nodes * 26)) },
  narrow: { width: 360, height: (nodes: number) => Math.min(1400, Math.max(420, 160 + nodes * 44)) },
} as const;

export function layoutNetwork(graph: CollaborationGraph, shape: keyof typeof networkShapes = 'wide'): NetworkLayout {
  const { width } = networkShapes[shape];
  const height = Math.round(networkShapes[shape].height(graph.nodes.length));
  const PADDING_X = width / 7;
  const simNodes: SimNode[] = graph.nodes.map((node) => ({ key: node.key }));
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((edge) => ({
    source: `company:${edge.company}`,
    target: `centre:${edge.centre}`,
  }));
  const simulation = forceSimulation(simNodes)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((node) => node.key)
        .distance(110),
    )
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide(52))
    // Pull harder across the drawing's short side, so the graph takes the drawing's shape.
    .force('x', forceX(0).strength(0.06 * (height / width)))
    .force('y', forceY(0).strength(0.06 * (width / height)))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(ITERATIONS);

  // Fit into the drawing, keeping proportions.
  const xs = simNodes.map((node) => node.x ?? 0);
  const ys = simNodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const scale = Math.min((width - 2 * PADDING_X) / spanX, (height - 2 * PADDING_Y) / spanY, 1.6);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const round = (value: number) => Math.round(value * 10) / 10;

  const placed = new Map<string, PlacedNode>();
  const labels: { left: number; right: number; top: number; bottom: number }[] = [];
  const overlaps = (box: (typeof labels)[number]) =>
    labels.some(
      (other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom,
    );
  graph.nodes.forEach((node, index) => {
    const sim = simNodes[index]!;
    const x = offsetX + ((sim.x ?? 0) - minX) * scale;
    const y = offsetY + ((sim.y ?? 0) - minY) * scale;
    const half = labelWidth(node.label) / 2;
    const labelX = Math.min(Math.max(x, half + 2), width - half - 2);
    const box = (baseline: number) => ({
      left: labelX - half,
      right: labelX + half,
      top: baseline - 14,
      bottom: baseline + 4,
    });
    const below = y + 30;
    const above = y - 18;
    const labelY = overlaps(box(below)) && !overlaps(box(above)) ? above : below;
    labels.push(box(labelY));
    placed.set(node.key, { ...node, x: round(x), y: round(y), labelX: round(labelX), labelY: round(labelY) });
  });
  return {
    width,
    height,
    nodes: [...placed.values()],
    edges: graph.edges.map((edge) => ({
      company: placed.get(`company:${edge.company}`)!,
      centre: placed.get(`centre:${edge.centre}`)!,
      stories: edge.stories,
    })),
  };
}
