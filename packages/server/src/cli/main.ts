import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config/config.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { runMigrations } from './migrate.ts';

const program = new Command()
  .name('mend')
  .description('Operate a Mend server. Settings come from environment variables (see .env.example).')
  .showHelpAfterError();

program
  .command('serve')
  .description('run the server (migrates the database first)')
  .action(async () => {
    const { serve } = await import('../main.ts');
    await serve(loadConfig());
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => runMigrations(loadConfig()));

program
  .command('backup')
  .argument('<file>', 'where to write the backup (SQLite); must not exist yet')
  .description('online, consistent backup of the SQLite database (prints the pg_dump command for PostgreSQL)')
  .action(async (file: string) => backupDatabase(loadConfig(), file));

program
  .command('restore')
  .argument('<file>', 'a backup made by `mend backup`')
  .option('--force', 'replace the current database even if it exists or a server may be using it')
  .description('restore a SQLite backup into the data directory')
  .action(async (file: string, options: { force?: boolean }) => restoreDatabase(loadConfig(), file, { force: options.force === true }));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`mend: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
