/**
 * PushEvent is one push or delete as a timeline shows it. `groupingKey` is
 * what the path named (empty when the path itself was invalid); `error` is
 * the response body of a rejected request.
 */
export interface PushEvent {
  readonly kind: 'push' | 'delete';
  readonly method: 'PUT' | 'POST' | 'DELETE';
  readonly groupingKey: Readonly<Record<string, string>>;
  readonly tMs: number;
  readonly ok: boolean;
  readonly status: number;
  readonly error?: string;
}

/** EVENT_CAPACITY is how many events the ring keeps; older ones are overwritten. */
export const EVENT_CAPACITY = 500;

/** EventRing is a bounded buffer of the most recent events. */
export interface EventRing {
  readonly items: PushEvent[];
  /** Index of the oldest item once the ring is full. */
  next: number;
  /** Events ever recorded, so a reader can tell how many it missed. */
  total: number;
}

export function newEventRing(): EventRing {
  return { items: [], next: 0, total: 0 };
}

export function recordEvent(ring: EventRing, e: PushEvent, capacity = EVENT_CAPACITY): void {
  ring.total++;
  if (ring.items.length < capacity) {
    ring.items.push(e);
    return;
  }
  ring.items[ring.next] = e;
  ring.next = (ring.next + 1) % capacity;
}

/** eventsOldestFirst lists the kept events in the order they happened. */
export function eventsOldestFirst(ring: EventRing): PushEvent[] {
  return [...ring.items.slice(ring.next), ...ring.items.slice(0, ring.next)];
}
