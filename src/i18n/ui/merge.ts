type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
/** The areas' keys as one object type (an intersection of many types reads badly in errors). */
type Merged<Areas> = { [Key in keyof Intersection<Areas>]: Intersection<Areas>[Key] };

/** One language's dictionary from its areas; a key defined in two areas is a mistake, not an override. */
export function mergeAreas<Areas extends Record<string, object>>(areas: Areas): Merged<Areas[keyof Areas]> {
  const merged: Record<string, unknown> = {};
  for (const [area, strings] of Object.entries(areas)) {
    for (const [key, value] of Object.entries(strings)) {
      if (key in merged) throw new Error(`Interface text "${key}" is defined twice (again in "${area}")`);
      merged[key] = value;
    }
  }
  return merged as Merged<Areas[keyof Areas]>;
}
