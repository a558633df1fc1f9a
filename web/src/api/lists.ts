// Lists come as a paged envelope ({items, page, size, total}) or, for a few older endpoints, as a bare array; the
// contract is moving all of them to the envelope. This reads either, typed by the generated schema.
type ItemOf<D> = D extends readonly (infer T)[] ? T : D extends { items?: readonly (infer T)[] } ? T : never;

export function itemsOf<D>(data: D): ItemOf<D>[] {
  if (Array.isArray(data)) return data as ItemOf<D>[];
  const items = (data as { items?: unknown[] } | null | undefined)?.items;
  return (items ?? []) as ItemOf<D>[];
}

export function totalOf(data: unknown, fallback: number): number {
  const total = (data as { total?: number } | null | undefined)?.total;
  return typeof total === 'number' ? total : fallback;
}
