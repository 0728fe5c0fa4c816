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
import { placeLabels, type LabelSpot } from '../figure/labels.ts';
import type { CollaborationGraph, NetworkNode } from './graph.ts';

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  /** Where the name (`label`) is written, clear of the other names and nodes (see figure/labels.ts). */
  labelSpot: LabelSpot;
}

/** The size the names are drawn at, in drawing units (see CollaborationNetwork.astro). */
export const NODE_FONT_SIZE = 14;
/** Half the size of a node's mark (a centre's circle has a radius of 11, a company's square is 18 wide). */
const NODE_REACH = 13;

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
  // placeLabels keeps names this far (the radius plus 9) from every node's centre.
  const labels = placeLabels(
    points.map(({ node, x, y }) => ({ name: node.label, x, y, radius: NODE_REACH - 9 })),
    { width, height, fontSize: NODE_FONT_SIZE },
  );
  const placed = new Map<string, PlacedNode>();
  points.forEach(({ node, x, y }, index) => {
    placed.set(node.key, { ...node, x: round(x), y: round(y), labelSpot: labels[index]! });
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
