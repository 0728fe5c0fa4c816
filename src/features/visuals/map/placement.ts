/**
 * Places companies and centres on the map at their municipality. Several entries in one place
 * sit on a small ring around it, in a fixed order, so no marker hides another and every build
 * draws the same map.
 */
import { placeLabels, type LabelOptions, type LabelSpot } from '../figure/labels.ts';
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
  /** Where the municipality's name is written, clear of other names and markers. */
  label: LabelSpot;
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
  const labels = placeLabels(
    placed.map((group) => ({ name: group.municipality, x: group.x, y: group.y, radius: group.radius })),
    options,
  );
  return {
    unplaced: unplaced.sort(byKindThenName),
    groups: placed.map((group, index) => ({ ...group, label: labels[index]! })),
  };
}
