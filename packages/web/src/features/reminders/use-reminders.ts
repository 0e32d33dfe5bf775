import { useCallback, useEffect, useState } from 'react';
import type { NotificationDto } from '@mend/core';
import { useSession } from '../../app/session.tsx';

/** The signed-in person's reminders, refreshed when one arrives live. Nothing is stored on the device. */
export function useReminders() {
  const { api, snapshot, notificationsTick, refreshNotifications } = useSession();
  const [reminders, setReminders] = useState<NotificationDto[]>([]);
  const ready = snapshot.phase === 'unlocked' && snapshot.user?.recoveryConfirmed === true;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    api
      .listNotifications()
      .then(({ notifications }) => {
        if (current) setReminders(notifications);
      })
      // A list that cannot load now loads on the next reminder or visit.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, ready, notificationsTick]);

  const markRead = useCallback(
    async (id: string) => {
      await api.markNotificationRead(id);
      refreshNotifications();
    },
    [api, refreshNotifications],
  );

  return { reminders: ready ? reminders : [], unread: ready ? reminders.filter((r) => r.readAt === null).length : 0, markRead };
}
