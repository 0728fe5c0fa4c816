/**
 * Places companies and centres on the map at their municipality. Several entries in one place
 * sit on a small ring around it, in a fixed order, so no marker hides another and every build
 * draws the same map.
 */
import { findMunicipality, municipalityKey } from './municipalities.ts';

export interface MapEntry {
  id: string;
  kind: 'company' | 'centre';
  name: string;
  href: string;
  municipality: string;
  country: 'IT' | 'CH';
}

export interface PlacedEntry extends MapEntry {
  x: number;
  y: number;
}

export interface PlacedGroup {
  municipality: string;
  country: 'IT' | 'CH';
  x: number;
  y: number;
  /** Radius of the ring the members sit on (0 for one member). */
  radius: number;
  /** Where the municipality's name is written: anchor point and alignment, clear of other names and markers. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  members: PlacedEntry[];
}

export interface Placement {
  groups: PlacedGroup[];
  /** Entries whose municipality has no coordinates or lies outside the map. */
  unplaced: MapEntry[];
}

/** Centre of one marker to the next on a ring, in map pixels. */
export const MARKER_SPACING = 15;

const byKindThenName = (a: MapEntry, b: MapEntry) =>
  a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'it') || a.id.localeCompare(b.id);

export function ringRadius(count: number): number {
  if (count <= 1) return 0;
  return Math.max(MARKER_SPACING * 0.75, (count * MARKER_SPACING) / (2 * Math.PI));
}

export interface LabelOptions {
  width: number;
  height: number;
  /** The largest size the names are drawn at, in map units: labels are kept apart at that size. */
  fontSize: number;
}

export function placeEntries(
  entries: readonly MapEntry[],
  project: (lon: number, lat: number) => [number, number] | undefined,
  options: LabelOptions = { width: 600, height: 600, fontSize: 14 },
): Placement {
  const unplaced: MapEntry[] = [];
  const groups = new Map<
    string,
    { municipality: string; country: 'IT' | 'CH'; x: number; y: number; members: MapEntry[] }
  >();
  for (const entry of entries) {
    const place = findMunicipality(entry.municipality, entry.country);
    const point = place ? project(place.lon, place.lat) : undefined;
    if (!place || !point) {
      unplaced.push(entry);
      continue;
    }
    const key = municipalityKey(place.name, place.country);
    const group = groups.get(key) ?? {
      municipality: place.name,
      country: place.country,
      x: point[0],
      y: point[1],
      members: [],
    };
    group.members.push(entry);
    groups.set(key, group);
  }

  const list = [...groups.values()].sort((a, b) => a.municipality.localeCompare(b.municipality, 'it'));
  const round = (value: number) => Math.round(value * 10) / 10;
  const placed = list.map((group) => {
    const members = [...group.members].sort(byKindThenName);
    const radius = ringRadius(members.length);
    return {
      municipality: group.municipality,
      country: group.country,
      x: round(group.x),
      y: round(group.y),
      radius: round(radius),
      members: members.map((member, index) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * index) / members.length;
        return {
          ...member,
          x: round(group.x + radius * Math.cos(angle)),
          y: round(group.y + radius * Math.sin(angle)),
        };
      }),
    };
  });
  const labels = placeLabels(placed, options);
  return {
    unplaced: unplaced.sort(byKindThenName),
    groups: placed.map((group, index) => ({ ...group, label: labels[index]! })),
  };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Names go right of their group if they can, else left, below, above or diagonally: the spot that
 * covers least of the names already placed and of the other groups' markers, inside the map
 * (the first such spot in that order on a tie). Widths are estimated from the number of
 * characters, generously, at the largest font size the map uses.
 */
export function placeLabels(
  groups: readonly { municipality: string; x: number; y: number; radius: number }[],
  { width, height, fontSize }: LabelOptions,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] {
  const markerBoxes: Box[] = groups.map((group) => {
    const reach = group.radius + 8;
    return { left: group.x - reach, right: group.x + reach, top: group.y - reach, bottom: group.y + reach };
  });
  const taken: Box[] = [];
  const gap = 6;
  return groups.map((group, index) => {
    const textWidth = group.municipality.length * fontSize * 0.62;
    const reach = group.radius + 8 + gap;
    const side = fontSize * 0.35;
    const candidates = [
      { x: group.x + reach, y: group.y + side, anchor: 'start' as const },
      { x: group.x - reach, y: group.y + side, anchor: 'end' as const },
      { x: group.x, y: group.y + reach + fontSize * 0.8, anchor: 'middle' as const },
      { x: group.x, y: group.y - reach, anchor: 'middle' as const },
      { x: group.x + reach, y: group.y + side - fontSize, anchor: 'start' as const },
      { x: group.x + reach, y: group.y + side + fontSize, anchor: 'start' as const },
      { x: group.x - reach, y: group.y + side - fontSize, anchor: 'end' as const },
      { x: group.x - reach, y: group.y + side + fontSize, anchor: 'end' as const },
    ];
    const boxOf = (spot: (typeof candidates)[number]): Box => {
      const left =
        spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - textWidth : spot.x - textWidth / 2;
      return { left, right: left + textWidth, top: spot.y - fontSize * 0.8, bottom: spot.y + fontSize * 0.25 };
    };
    const area = (a: Box, b: Box) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
      Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    // How much a spot covers: other names, other markers, and whatever sticks out of the map.
    const cost = (box: Box) => {
      const clipped =
        Math.max(0, -box.left) +
        Math.max(0, box.right - width) +
        Math.max(0, -box.top) +
        Math.max(0, box.bottom - height);
      return (
        clipped * fontSize * 4 +
        taken.reduce((sum, other) => sum + area(box, other), 0) +
        markerBoxes.reduce((sum, other, otherIndex) => sum + (otherIndex === index ? 0 : area(box, other) * 2), 0)
      );
    };
    const chosen = candidates
      .map((spot, order) => ({ spot, order, cost: cost(boxOf(spot)) }))
      .sort((a, b) => a.cost - b.cost || a.order - b.order)[0]!.spot;
    taken.push(boxOf(chosen));
    return { x: Math.round(chosen.x * 10) / 10, y: Math.round(chosen.y * 10) / 10, anchor: chosen.anchor };
  });
}
