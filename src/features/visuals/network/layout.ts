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
  /** Where the name is written (its middle and baseline): below the node, else above, right or left, wherever it covers least. */
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

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function overlapArea(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}

/** Room around the drawing for node labels, in drawing units. */
const PADDING_Y = 36;

/** A landscape drawing for wide screens, a portrait one for phones. */
export const networkShapes = {
  wide: (nodes: number) => {
    const width = Math.min(1040, Math.max(720, 480 + nodes * 16));
    return { width, height: Math.round(width * 0.62) };
  },
  narrow: (nodes: number) => ({ width: 360, height: Math.min(1400, Math.max(420, 160 + nodes * 40)) }),
} as const;

export function layoutNetwork(graph: CollaborationGraph, shape: keyof typeof networkShapes = 'wide'): NetworkLayout {
  const { width, height } = networkShapes[shape](graph.nodes.length);
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

  // Stretch to fill the drawing: each axis on its own, so phones get a tall picture and wide
  // screens a wide one (who is linked to whom is what matters, not the exact distances).
  const xs = simNodes.map((node) => node.x ?? 0);
  const ys = simNodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const scaleX = Math.min((width - 2 * PADDING_X) / spanX, 3);
  const scaleY = Math.min((height - 2 * PADDING_Y) / spanY, 3);
  const offsetX = (width - spanX * scaleX) / 2;
  const offsetY = (height - spanY * scaleY) / 2;
  const round = (value: number) => Math.round(value * 10) / 10;

  const points = graph.nodes.map((node, index) => {
    const sim = simNodes[index]!;
    return { node, x: offsetX + ((sim.x ?? 0) - minX) * scaleX, y: offsetY + ((sim.y ?? 0) - minY) * scaleY };
  });
  const nodeBoxes: Box[] = points.map(({ x, y }) => ({ left: x - 13, right: x + 13, top: y - 13, bottom: y + 13 }));
  const taken: Box[] = [];
  const placed = new Map<string, PlacedNode>();
  points.forEach(({ node, x, y }, index) => {
    const half = labelWidth(node.label) / 2;
    const spots = [
      { x, y: y + 30 },
      { x, y: y - 18 },
      { x: x + 18 + half, y: y + 5 },
      { x: x - 18 - half, y: y + 5 },
    ].map((spot) => ({ x: Math.min(Math.max(spot.x, half + 2), width - half - 2), y: spot.y }));
    const boxOf = (spot: { x: number; y: number }): Box => ({
      left: spot.x - half,
      right: spot.x + half,
      top: spot.y - 14,
      bottom: spot.y + 4,
    });
    // The spot that covers least of the names already written and of the other nodes; below on a tie.
    const cost = (box: Box) =>
      taken.reduce((sum, other) => sum + overlapArea(box, other), 0) +
      nodeBoxes.reduce(
        (sum, other, other_index) => sum + (other_index === index ? 0 : overlapArea(box, other) * 2),
        0,
      ) +
      (box.top < 0 || box.bottom > height ? 10_000 : 0);
    const best = spots
      .map((spot, order) => ({ spot, order, cost: cost(boxOf(spot)) }))
      .sort((a, b) => a.cost - b.cost || a.order - b.order)[0]!.spot;
    taken.push(boxOf(best));
    placed.set(node.key, { ...node, x: round(x), y: round(y), labelX: round(best.x), labelY: round(best.y) });
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
