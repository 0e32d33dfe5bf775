import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createRecordRequestSchema,
  deleteRecordQuerySchema,
  idSchema,
  listRecordsQuerySchema,
  listRecordsResponseSchema,
  recordDtoSchema,
  updateRecordRequestSchema,
} from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import { requireActor } from '../../http/session-cookie.ts';
import { createRecord, deleteRecord, listRecords, updateRecord } from './records.service.ts';

const coupleParams = z.strictObject({ coupleId: idSchema });
const recordParams = z.strictObject({ coupleId: idSchema, recordId: idSchema });

export function registerRecordsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/couples/:coupleId/records', { schema: { params: coupleParams, querystring: listRecordsQuerySchema, response: { 200: listRecordsResponseSchema } } }, (req) =>
    listRecords({ actorId: requireActor(req).userId, coupleId: req.params.coupleId, ...req.query }, deps),
  );

  r.post('/couples/:coupleId/records', { schema: { params: coupleParams, body: createRecordRequestSchema, response: { 201: recordDtoSchema } } }, async (req, reply) => {
    const record = await createRecord({ actorId: requireActor(req).userId, coupleId: req.params.coupleId, input: req.body }, deps);
    return reply.status(201).send(record);
  });

  r.put('/couples/:coupleId/records/:recordId', { schema: { params: recordParams, body: updateRecordRequestSchema, response: { 200: recordDtoSchema } } }, (req) =>
    updateRecord({ actorId: requireActor(req).userId, ...req.params, input: req.body }, deps),
  );

  r.delete('/couples/:coupleId/records/:recordId', { schema: { params: recordParams, querystring: deleteRecordQuerySchema, response: { 200: recordDtoSchema } } }, (req) =>
    deleteRecord({ actorId: requireActor(req).userId, ...req.params, expectedVersion: req.query.expectedVersion }, deps),
  );
}
