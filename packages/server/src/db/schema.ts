/**
 * The database as Kysely sees it. Instants are ISO-8601 text on SQLite and timestamptz on PostgreSQL
 * (read back as Date by pg); booleans are 0/1 on SQLite; codecs in each repository convert.
 */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  salt: string;
  kdf: string;
  auth_hash: string;
  recovery_hash: string;
  wrapped_account_key: string;
  recovery_wrapped_account_key: string;
  identity_public_key: string;
  sealed_identity_secret_key: string;
  is_recovery_confirmed: number | boolean;
  created_at: string | Date;
  updated_at: string | Date;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  secret_hash: string;
  device: string;
  created_at: string | Date;
  last_seen_at: string | Date;
  expires_at: string | Date;
}

export interface CouplesTable {
  id: string;
  status: string;
  next_shared_seq: number | string;
  created_at: string | Date;
  archived_at: string | Date | null;
}

export interface CoupleMembersTable {
  couple_id: string;
  user_id: string;
  role: string;
  sealed_couple_key: string;
  next_own_seq: number | string;
  joined_at: string | Date;
  left_at: string | Date | null;
}

export interface InvitesTable {
  id: string;
  couple_id: string;
  inviter_id: string;
  proof_hash: string;
  sealed_couple_key: string;
  created_at: string | Date;
  expires_at: string | Date;
  used_at: string | Date | null;
  used_by: string | null;
  revoked_at: string | Date | null;
}

export interface RecordsTable {
  id: string;
  couple_id: string;
  author_id: string;
  kind: string;
  visibility: string;
  metadata: string | unknown;
  sealed: string | null;
  version: number;
  own_seq: number | string;
  shared_seq: number | string | null;
  unique_key: string | null;
  target_id: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  deleted_at: string | Date | null;
}

export interface RecordNoncesTable {
  nonce: string;
  couple_id: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  dedupe_key: string;
  payload: string | unknown;
  run_at: string | Date;
  status: string;
  attempts: number;
  locked_until: string | Date | null;
  last_error: string | null;
  created_at: string | Date;
  finished_at: string | Date | null;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  couple_id: string;
  kind: string;
  subject_id: string;
  occurrence: string;
  dedupe_key: string;
  created_at: string | Date;
  read_at: string | Date | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  couples: CouplesTable;
  couple_members: CoupleMembersTable;
  invites: InvitesTable;
  records: RecordsTable;
  record_nonces: RecordNoncesTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
}
