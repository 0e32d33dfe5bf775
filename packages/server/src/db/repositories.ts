import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';
import type { DatabaseHandle, Dialect } from './database.ts';
import { createUsersRepository } from '../modules/auth/users.repository.ts';
import { createSessionsRepository } from '../modules/auth/sessions.repository.ts';
import { createCouplesRepository } from '../modules/couples/couples.repository.ts';
import { createInvitesRepository } from '../modules/invites/invites.repository.ts';
import { createRecordsRepository } from '../modules/records/records.repository.ts';
import { createJobsRepository } from '../jobs/jobs.repository.ts';
import { createNotificationsRepository } from '../modules/notifications/notifications.repository.ts';

function bind(db: Kysely<Database> | Transaction<Database>, dialect: Dialect) {
  return {
    users: createUsersRepository({ db, dialect }),
    sessions: createSessionsRepository({ db }),
    couples: createCouplesRepository({ db }),
    invites: createInvitesRepository({ db }),
    records: createRecordsRepository({ db }),
    jobs: createJobsRepository({ db, dialect }),
    notifications: createNotificationsRepository({ db }),
  };
}
export type Repositories = ReturnType<typeof bind>;

export interface Store {
  repos: Repositories;
  /**
   * Runs `work` in one transaction with repositories bound to it. Keep it short and free of slow
   * awaits (hashing, network): on SQLite every other request waits for it.
   */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

export function createStore(handle: DatabaseHandle): Store {
  return {
    repos: bind(handle.db, handle.dialect),
    transaction: (work) => handle.db.transaction().execute((trx) => work(bind(trx, handle.dialect))),
  };
}
