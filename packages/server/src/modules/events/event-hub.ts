import { EventEmitter } from 'node:events';

/**
 * Tells open pages that something they may see changed. Events carry no content and no ids, only a
 * topic — `sync` (entries changed: pull them), `couple` (someone joined or left: reload the space) or
 * `notifications` (a reminder arrived for this person) —
 * and go only to the people allowed to see the change (a private entry wakes only its author's other
 * devices). In-process: several instances need a shared bus later.
 */
export type EventTopic = 'sync' | 'couple' | 'notifications';

export interface EventHub {
  notify(input: { coupleId: string; userIds: string[]; topic?: EventTopic }): void;
  subscribe(input: { coupleId: string; userId: string }, listener: (topic: EventTopic) => void): () => void;
}

export function createEventHub(): EventHub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const channel = (coupleId: string, userId: string) => `${coupleId}:${userId}`;
  return {
    notify: ({ coupleId, userIds, topic = 'sync' }) => {
      for (const userId of new Set(userIds)) emitter.emit(channel(coupleId, userId), topic);
    },
    subscribe: ({ coupleId, userId }, listener) => {
      emitter.on(channel(coupleId, userId), listener);
      return () => emitter.off(channel(coupleId, userId), listener);
    },
  };
}
