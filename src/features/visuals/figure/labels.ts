/**
 * Names written next to the marks of a drawing (the map's places, the network's nodes), kept
 * clear of each other and of the marks: a greedy placement, with leader lines for the names that
 * must move away from their mark to find room. Sizes are estimated from the number of characters.
 */
export interface LabelOptions {
  width: number;
  height: number;
  /** The largest size the names are drawn at, in map units: labels are kept apart at that size. */
  fontSize: number;
  /** Boxes the names must keep clear of, besides the marks: e.g. the map's own labels. */
  obstacles?: readonly Box[];
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface LabelSpot {
  /** Where the text is written: anchor point (on the baseline) and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A line from the group to its name, when the name had to move away to find room. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * The box a name takes, estimated generously from its number of characters (the map's names are
 * bold, up to 0.62 em a character on average; `spacing` adds letter spacing in em).
 */
export function textBox(spot: Pick<LabelSpot, 'x' | 'y' | 'anchor'>, text: string, fontSize: number, spacing = 0): Box {
  const width = text.length * fontSize * (0.62 + spacing);
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { left, right: left + width, top: spot.y - fontSize * 0.8, bottom: spot.y + fontSize * 0.25 };
}

export function overlapArea(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

/** Whether a straight segment passes through a box (Liang–Barsky clipping). */
export function segmentCrosses(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let from = 0;
  let to = 1;
  for (const [p, q] of [
    [-dx, segment.x1 - box.left],
    [dx, box.right - segment.x1],
    [-dy, segment.y1 - box.top],
    [dy, box.bottom - segment.y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from >= to) return false;
  }
  return true;
}

/** Directions tried around a group, in order of preference: right, left, below, above, then between. */
const DIRECTIONS = [0, 180, 90, 270, 330, 30, 210, 150, 300, 60, 240, 120, 345, 15, 195, 165, 315, 45, 225, 135].map(
  (degrees) => (degrees * Math.PI) / 180,
);
/** How far a name may move from its group (in steps of half a line), with a leader line past the first. */
const RINGS = 24;

/**
 * Names go right of their group if there is room, else left, below, above or diagonally; when
 * none of those is free, one line further out, and so on, with a leader line back to the group.
 * A spot is free when its box covers no name already placed, no marker of any group, none of the
 * `obstacles` (the map's own labels), no leader line already drawn, and stays inside the map, and
 * when its own leader line crosses no other name or marker. The most crowded groups choose first;
 * if no spot is free, the one that covers least is taken, a leader line across a marker counting
 * least of all.
 */
export function placeLabels(
  groups: readonly { name: string; x: number; y: number; radius: number }[],
  { width, height, fontSize, obstacles = [] }: LabelOptions,
): LabelSpot[] {
  const markerBoxes: Box[] = groups.map((group) => {
    const reach = group.radius + 9;
    return { left: group.x - reach, right: group.x + reach, top: group.y - reach, bottom: group.y + reach };
  });
  const taken: Box[] = [];
  const leaders: Segment[] = [];
  const gap = 5;
  const lineHeight = fontSize * 1.05;
  const round = (value: number) => Math.round(value * 10) / 10;
  // The most crowded groups choose first, while there is room near them; then by name.
  const crowding = groups.map(
    (group) => groups.filter((other) => Math.hypot(other.x - group.x, other.y - group.y) < fontSize * 6).length,
  );
  const order = groups
    .map((_, index) => index)
    .sort((a, b) => crowding[b]! - crowding[a]! || groups[a]!.name.localeCompare(groups[b]!.name, 'it') || a - b);
  const spots: LabelSpot[] = [];
  for (const index of order) spots[index] = placeOne(groups[index]!, index);
  return spots;

  function placeOne(group: (typeof groups)[number], index: number): LabelSpot {
    const text = group.name;
    const crossings = (leader: Segment | undefined) =>
      leader
        ? [...taken, ...obstacles, ...markerBoxes.filter((_, other) => other !== index)].filter((box) =>
            segmentCrosses(leader, box),
          ).length
        : 0;
    const cost = (box: Box, leader: Segment | undefined) => {
      const outside =
        Math.max(0, -box.left) +
        Math.max(0, box.right - width) +
        Math.max(0, -box.top) +
        Math.max(0, box.bottom - height);
      return (
        outside * fontSize * 4 +
        taken.reduce((sum, other) => sum + overlapArea(box, other) * 3, 0) +
        obstacles.reduce((sum, other) => sum + overlapArea(box, other) * 2, 0) +
        markerBoxes.reduce((sum, other) => sum + overlapArea(box, other) * 2, 0) +
        leaders.filter((other) => segmentCrosses(other, box)).length * fontSize * 20 +
        // A leader line across a marker or a name is a fault, but a lesser one than covering it.
        crossings(leader) * 0.001
      );
    };
    let best: { spot: LabelSpot; box: Box; cost: number } | undefined;
    search: for (let ring = 0; ring < RINGS; ring += 1) {
      const distance = group.radius + 9 + gap + (ring * lineHeight) / 2;
      for (const angle of DIRECTIONS) {
        const cos = Math.cos(angle);
        const sin = Math.sin(angle);
        const px = group.x + distance * cos;
        const py = group.y + distance * sin;
        const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
        // The box's near side (or corner) touches the point; the text sits on its baseline.
        const top = sin > 0.3 ? py : sin < -0.3 ? py - lineHeight : py - lineHeight / 2;
        const spot: LabelSpot = { x: px, y: top + fontSize * 0.8, anchor };
        const box = textBox(spot, text, fontSize);
        const leader =
          ring === 0
            ? undefined
            : {
                x1: group.x + (group.radius + 8) * cos,
                y1: group.y + (group.radius + 8) * sin,
                x2: Math.min(Math.max(group.x, box.left), box.right),
                y2: Math.min(Math.max(group.y, box.top), box.bottom),
              };
        const spotCost = cost(box, leader);
        if (!best || spotCost < best.cost) best = { spot: leader ? { ...spot, leader } : spot, box, cost: spotCost };
        if (spotCost === 0) break search;
      }
    }
    taken.push(best!.box);
    const { spot } = best!;
    if (spot.leader) leaders.push(spot.leader);
    return {
      x: round(spot.x),
      y: round(spot.y),
      anchor: spot.anchor,
      ...(spot.leader && {
        leader: {
          x1: round(spot.leader.x1),
          y1: round(spot.leader.y1),
          x2: round(spot.leader.x2),
          y2: round(spot.leader.y2),
        },
      }),
    };
  }
}
