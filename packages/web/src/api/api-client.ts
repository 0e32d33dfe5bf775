import type { z } from 'zod';
import {
  coupleDtoSchema,
  couplesListResponseSchema,
  inviteDtoSchema,
  listRecordsResponseSchema,
  meResponseSchema,
  openInviteResponseSchema,
  recordDtoSchema,
  recoveryStartResponseSchema,
  saltResponseSchema,
  sessionListResponseSchema,
  type acceptInviteRequestSchema,
  type changePasswordRequestSchema,
  type confirmRecoveryRequestSchema,
  type createCoupleRequestSchema,
  type createInviteRequestSchema,
  type createRecordRequestSchema,
  type deleteAccountRequestSchema,
  type loginRequestSchema,
  type openInviteRequestSchema,
  type recoveryCompleteRequestSchema,
  type recoveryStartRequestSchema,
  type signUpRequestSchema,
  type updateRecordRequestSchema,
  notificationListResponseSchema,
} from '@mend/core';
import { apiRoot, createRequester, type FetchLike, type ResponseSchema } from './http.ts';

type In<S extends z.ZodType> = z.input<S>;

export type Me = z.output<typeof meResponseSchema>;
export type Couple = z.output<typeof coupleDtoSchema>;
export type Member = Couple['members'][number];
export type RecordDto = z.output<typeof recordDtoSchema>;
export type ListRecords = z.output<typeof listRecordsResponseSchema>;
export type SessionInfo = z.output<typeof sessionListResponseSchema>['sessions'][number];
export type OpenedInvite = z.output<typeof openInviteResponseSchema>;
export type KeyBundle = Me['keys'];

const healthSchema: ResponseSchema<{ status: string }> = {
  safeParse: (value) =>
    typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string'
      ? { success: true, data: { status: (value as { status: string }).status } }
      : { success: false },
};

const id = (value: string) => encodeURIComponent(value);

export interface ApiClientOptions {
  /** '' in the browser (same origin); an origin such as http://localhost:3000 from Node. */
  baseUrl: string;
  /** In Node, pass a fetch that keeps the session cookie between calls. */
  fetch: FetchLike;
}

/** A typed client for every endpoint in docs/api.md. No DOM APIs: it also runs in Node. */
export function createApiClient({ baseUrl, fetch }: ApiClientOptions) {
  const request = createRequester({ baseUrl, fetch });
  const root = apiRoot(baseUrl);

  return {
    /** The URL of the couple's Server-Sent Events stream (opened by vault/live.ts in the browser). */
    eventsUrl: (coupleId: string) => `${root}/couples/${id(coupleId)}/events`,
    health: () => request({ method: 'GET', path: '/healthz', schema: healthSchema }),

    // auth
    salt: (body: { email: string }) => request({ method: 'POST', path: '/auth/salt', body, schema: saltResponseSchema }),
    signUp: (body: In<typeof signUpRequestSchema>) => request({ method: 'POST', path: '/auth/signup', body, schema: meResponseSchema }),
    logIn: (body: In<typeof loginRequestSchema>) => request({ method: 'POST', path: '/auth/login', body, schema: meResponseSchema }),
    logOut: () => request({ method: 'POST', path: '/auth/logout', schema: null }),
    me: () => request({ method: 'GET', path: '/auth/me', schema: meResponseSchema }),
    confirmRecovery: (body: In<typeof confirmRecoveryRequestSchema>) =>
      request({ method: 'POST', path: '/auth/recovery/confirm', body, schema: null }),
    changePassword: (body: In<typeof changePasswordRequestSchema>) => request({ method: 'POST', path: '/auth/password', body, schema: null }),
    recoverStart: (body: In<typeof recoveryStartRequestSchema>) =>
      request({ method: 'POST', path: '/auth/recover/start', body, schema: recoveryStartResponseSchema }),
    recoverComplete: (body: In<typeof recoveryCompleteRequestSchema>) =>
      request({ method: 'POST', path: '/auth/recover/complete', body, schema: meResponseSchema }),
    deleteAccount: (body: In<typeof deleteAccountRequestSchema>) => request({ method: 'POST', path: '/auth/account/delete', body, schema: null }),
    listSessions: () => request({ method: 'GET', path: '/auth/sessions', schema: sessionListResponseSchema }),
    endSession: (sessionId: string) => request({ method: 'DELETE', path: `/auth/sessions/${id(sessionId)}`, schema: null }),
    endOtherSessions: () => request({ method: 'POST', path: '/auth/sessions/revoke-others', schema: null }),

    // couples and invitations
    listCouples: () => request({ method: 'GET', path: '/couples', schema: couplesListResponseSchema }),
    createCouple: (body: In<typeof createCoupleRequestSchema>) => request({ method: 'POST', path: '/couples', body, schema: coupleDtoSchema }),
    leaveCouple: (coupleId: string) => request({ method: 'POST', path: `/couples/${id(coupleId)}/leave`, schema: coupleDtoSchema }),
    createInvite: (coupleId: string, body: In<typeof createInviteRequestSchema>) =>
      request({ method: 'POST', path: `/couples/${id(coupleId)}/invites`, body, schema: inviteDtoSchema }),
    revokeInvite: (coupleId: string, inviteId: string) =>
      request({ method: 'DELETE', path: `/couples/${id(coupleId)}/invites/${id(inviteId)}`, schema: null }),
    openInvite: (inviteId: string, body: In<typeof openInviteRequestSchema>) =>
      request({ method: 'POST', path: `/invites/${id(inviteId)}/open`, body, schema: openInviteResponseSchema }),
    acceptInvite: (inviteId: string, body: In<typeof acceptInviteRequestSchema>) =>
      request({ method: 'POST', path: `/invites/${id(inviteId)}/accept`, body, schema: coupleDtoSchema }),

    // records
    listRecords: (coupleId: string, cursor: { mine: number; shared: number }) =>
      request({
        method: 'GET',
        path: `/couples/${id(coupleId)}/records?mine=${cursor.mine}&shared=${cursor.shared}`,
        schema: listRecordsResponseSchema,
      }),
    createRecord: (coupleId: string, body: In<typeof createRecordRequestSchema>) =>
      request({ method: 'POST', path: `/couples/${id(coupleId)}/records`, body, schema: recordDtoSchema }),
    updateRecord: (coupleId: string, recordId: string, body: In<typeof updateRecordRequestSchema>) =>
      request({ method: 'PUT', path: `/couples/${id(coupleId)}/records/${id(recordId)}`, body, schema: recordDtoSchema }),
    deleteRecord: (coupleId: string, recordId: string, expectedVersion: number) =>
      request({
        method: 'DELETE',
        path: `/couples/${id(coupleId)}/records/${id(recordId)}?expectedVersion=${expectedVersion}`,
        schema: recordDtoSchema,
      }),

    // notifications (a person's own; kinds and ids only)
    listNotifications: () => request({ method: 'GET', path: '/notifications', schema: notificationListResponseSchema }),
    markNotificationRead: (notificationId: string) => request({ method: 'POST', path: `/notifications/${id(notificationId)}/read`, schema: null }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
