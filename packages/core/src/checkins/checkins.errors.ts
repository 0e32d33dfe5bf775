import { createErrorFactory } from '../shared/errors.ts';

export const checkinNotToday = createErrorFactory({
  code: 'checkins.not_today',
  userMessage: 'A check-in can be written or edited only on its own day. Today is a new page.',
});
export const checkinDayChanged = createErrorFactory({ code: 'checkins.day_changed', userMessage: 'A check-in stays on the day it was written.' });
