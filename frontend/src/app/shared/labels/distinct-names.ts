/** Something a list names: an id, its name, and where it is when known. */
export interface Named {
  id: string;
  name: string;
  place?: string | null;
}

/**
 * Tells apart items that share a name, so that two "Centre technique municipal" are not read as one: a shared name
 * gets its place after it ("Centre technique municipal (Fives)"), or its id when the place does not tell them apart
 * ("Centre social Hellemmes (LIL-SOC-008)"). Unique names are left as they are. Returns the label of each id.
 */
export function distinctNames(items: readonly Named[]): Map<string, string> {
  const byName = new Map<string, Named[]>();
  for (const item of items) {
    const same = byName.get(item.name) ?? [];
    if (!same.some((other) => other.id === item.id)) same.push(item);
    byName.set(item.name, same);
  }
  const labels = new Map<string, string>();
  for (const [name, same] of byName) {
    const places = same.map((item) => item.place ?? '');
    const placesTellApart = places.every((place) => place !== '') && new Set(places).size === same.length;
    for (const item of same)
      labels.set(item.id, same.length === 1 ? name : `${name} (${placesTellApart ? item.place : item.id})`);
  }
  return labels;
}

/** The rows with their name made distinct (see distinctNames). */
export function withDistinctNames<T>(
  rows: readonly T[],
  read: (row: T) => Named,
  write: (row: T, name: string) => T,
): T[] {
  const labels = distinctNames(rows.map(read));
  return rows.map((row) => {
    const { id, name } = read(row);
    const label = labels.get(id) ?? name;
    return label === name ? row : write(row, label);
  });
}
