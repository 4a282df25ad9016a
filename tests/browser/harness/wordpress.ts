// A real WordPress for tests/browser/wordpress.test.ts: Debian's `wordpress` package (6.1) and its
// Twenty Twenty-Three theme, copied into .tmp/ with a wp-config.php of our own (Debian's reads
// /etc/wordpress/, which the tests never touch); Debian's MariaDB with a private datadir and a
// private socket (no TCP port, no system service); PHP's built-in web server on a free loopback
// port. The site's address is a real-looking host name, http://news.politely-press.com:<port>:
// Chromium maps every host to loopback (--host-resolver-rules), and EasyList switches its
// generic hiding off on localhost.
//
// WordPress itself is offline here: a must-use plugin of the rig answers every outgoing HTTP
// request of WordPress's (update checks, the plugin directory, news) with an error, and mail
// is not sent. Nothing else is changed: the plugin under test is installed through the admin UI.
//
// Nothing skips: without php, php-mysql, mariadb or wordpress, startWordPress() throws with the
// apt-get line to run.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The packages the WordPress rig needs. */
export const WORDPRESS_INSTALL =
  'apt-get update && apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql';

/** The site's host name. */
export const WP_HOST = 'news.politely-press.com';

/** Where Debian's WordPress is (override with WORDPRESS_PATH). */
const SOURCE = process.env.WORDPRESS_PATH || '/usr/share/wordpress';
const ROOT = resolve(import.meta.dirname, '../../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A PHP single-quoted string literal of `s`. */
export const phpString = (s: string): string => `'${s.replace(/[\\']/g, (c) => '\\' + c)}'`;

/** Runs a command; resolves with its stdout, rejects with its stderr. */
function run(command: string, args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<string> {
  return new Promise((done, fail) => {
    execFile(command, args, { cwd: options.cwd, timeout: options.timeout ?? 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}\n${stdout}`));
      else done(stdout);
    });
  });
}

const first = (...paths: string[]) => paths.find((p) => existsSync(p));

/** The programs the rig needs, or an error naming what to install. */
export async function wordPressRequirements(): Promise<{ php: string; mariadbd: string; installDb: string }> {
  const missing = (what: string) => new Error(`${what} Install it: ${WORDPRESS_INSTALL}`);
  const php = process.env.PHP_PATH || first('/usr/bin/php', '/usr/local/bin/php');
  if (!php) throw missing('PHP (php-cli) was not found.');
  const modules = await run(php, ['-m']);
  if (!/^mysqli$/m.test(modules)) throw missing(`PHP's mysqli extension (php-mysql) is not loaded by ${php}.`);
  const mariadbd = first('/usr/sbin/mariadbd', '/usr/sbin/mysqld');
  const installDb = first('/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db');
  if (!mariadbd || !installDb) throw missing('MariaDB (mariadb-server) was not found.');
  if (!existsSync(join(SOURCE, 'wp-includes/version.php'))) throw missing(`WordPress was not found in ${SOURCE} (the wordpress package).`);
  if (!existsSync(join(SOURCE, 'wp-content/themes/twentytwentythree/theme.json'))) {
    throw missing(
      `WordPress's default theme Twenty Twenty-Three was not found in ${SOURCE}/wp-content/themes (wordpress-theme-twentytwentythree).`,
    );
  }
  return { php, mariadbd, installDb };
}

/** A free TCP port on loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** A long-running process in its own process group, its output in a log file. */
function daemon(command: string, args: string[], log: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  const fd = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  closeSync(fd);
  return child;
}

/** Stops a daemon and everything it forked: SIGTERM to its group, SIGKILL after 10 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {}
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  // php -S workers and mysqld_safe-style children share the group: make sure none is left.
  signal('SIGKILL');
}

/** GET on the PHP server with the site's Host header; resolves with the status. */
function probe(port: number, path: string): Promise<number> {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `${WP_HOST}:${port}` }, timeout: 5000 }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', () => done(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** A running WordPress. */
export interface WordPress {
  /** The site's address, without a trailing slash: `http://news.politely-press.com:<port>`. */
  url: string;
  port: number;
  /** The WordPress folder (ABSPATH). */
  root: string;
  /** The administrator's and the editor's log-ins. */
  admin: { user: string; password: string };
  editor: { user: string; password: string };
  /** Runs PHP with WordPress loaded (as the command line: no user logged in); resolves with its output. */
  php(code: string): Promise<string>;
  /** WordPress's debug.log (PHP notices, warnings, deprecations), '' when nothing was logged. */
  debugLog(): string;
  /** Stops PHP and MariaDB and removes every file of the rig. */
  close(): Promise<void>;
}

const MU_PLUGIN = `<?php
/**
 * The test rig's must-use plugin: WordPress is offline here (no update checks, no plugin
 * directory, no news, no mail), so that nothing waits for a network that is not there.
 */
add_filter( 'pre_http_request', function () {
	return new WP_Error( 'politely_rig_offline', 'The test rig is offline.' );
} );
add_filter( 'pre_wp_mail', '__return_true' );
add_filter( 'admin_email_check_interval', '__return_zero' );
`;

// The router for PHP's built-in server: existing files and folders as they are, anything else
// through WordPress's index.php (pretty permalinks, the REST API).
const ROUTER = `<?php
$politely_rig_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $politely_rig_path && file_exists( $_SERVER['DOCUMENT_ROOT'] . $politely_rig_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`;

/**
 * Starts MariaDB and PHP, installs WordPress (the command-line way: wp_install()), and creates an
 * editor. If anything fails, what was started is stopped before the error is thrown.
 */
export async function startWordPress(): Promise<WordPress> {
  const { php, mariadbd, installDb } = await wordPressRequirements();
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp/wordpress-'));
  // A Unix socket's path is limited to ~107 bytes: the socket lives in a short folder of its own.
  const socketDir = mkdtempSync(join(tmpdir(), 'politely-db-'));
  const socket = join(socketDir, 'mysqld.sock');
  const root = join(dir, 'wordpress');
  const children: ChildProcess[] = [];
  // If the test process dies without closing the rig, MariaDB and PHP die with it.
  const onExit = () => {
    for (const child of children) {
      try {
        if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
  };
  process.once('exit', onExit);
  const close = async () => {
    process.off('exit', onExit);
    await Promise.all(children.map(stop));
    rmSync(dir, { recursive: true, force: true });
    rmSync(socketDir, { recursive: true, force: true });
  };
  try {
    // The database: a private datadir, root without a password, no networking.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    await run(installDb, [
      '--no-defaults',
      ...asRoot,
      `--datadir=${join(dir, 'db')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const db = daemon(
      mariadbd,
      [
        '--no-defaults',
        ...asRoot,
        `--datadir=${join(dir, 'db')}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${join(dir, 'mariadb.log')}`,
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=16M',
      ],
      join(dir, 'mariadb.out'),
    );
    children.push(db);
    const connect = `$db = @new mysqli( 'localhost', 'root', '', '', 0, ${phpString(socket)} );`;
    for (let i = 0; ; i++) {
      if (db.exitCode !== null)
        throw new Error(`MariaDB exited (${db.exitCode}):\n${readFileSync(join(dir, 'mariadb.log'), 'utf8').slice(-2000)}`);
      try {
        await run(php, [
          '-r',
          `${connect} if ( $db->connect_errno ) exit( 1 ); $db->query( 'CREATE DATABASE IF NOT EXISTS wordpress' ) || exit( 2 );`,
        ]);
        break;
      } catch (e) {
        if (i > 150) throw new Error(`MariaDB did not answer on ${socket} within 30 s`, { cause: e });
        await sleep(200);
      }
    }

    // WordPress: Debian's files, our wp-config.php, the rig's must-use plugin.
    cpSync(SOURCE, root, { recursive: true, dereference: true });
    rmSync(join(root, 'wp-config.php'));
    rmSync(join(root, '.htaccess'), { force: true });
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    mkdirSync(join(root, 'wp-content/uploads'), { recursive: true });
    writeFileSync(join(root, 'wp-content/mu-plugins/politely-test-rig.php'), MU_PLUGIN);
    writeFileSync(join(dir, 'router.php'), ROUTER);
    const port = await freePort();
    const url = `http://${WP_HOST}:${port}`;
    const salts = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    const constants: Record<string, string | boolean> = {
      DB_NAME: 'wordpress',
      DB_USER: 'root',
      DB_PASSWORD: '',
      DB_HOST: `localhost:${socket}`,
      DB_CHARSET: 'utf8mb4',
      DB_COLLATE: '',
      ...Object.fromEntries(salts.map((k) => [k, randomBytes(24).toString('hex')])),
      WP_HOME: url,
      WP_SITEURL: url,
      // Notices and warnings go to debug.log, which the test reads; none is shown on a page.
      WP_DEBUG: true,
      WP_DEBUG_LOG: join(dir, 'debug.log'),
      WP_DEBUG_DISPLAY: false,
      FS_METHOD: 'direct',
      DISABLE_WP_CRON: true,
      AUTOMATIC_UPDATER_DISABLED: true,
      WP_HTTP_BLOCK_EXTERNAL: true,
    };
    const define = ([k, v]: [string, string | boolean]) => `define( '${k}', ${typeof v === 'boolean' ? String(v) : phpString(v)} );`;
    writeFileSync(
      join(root, 'wp-config.php'),
      [
        '<?php',
        "// The test rig's configuration (tests/browser/harness/wordpress.ts).",
        ...Object.entries(constants).map(define),
        "$table_prefix = 'wp_';",
        "if ( ! defined( 'ABSPATH' ) ) {",
        "\tdefine( 'ABSPATH', __DIR__ . '/' );",
        '}',
        "require_once ABSPATH . 'wp-settings.php';",
        '',
      ].join('\n'),
    );

    // PHP on the command line, with WordPress loaded, as if for a request to the site.
    let scripts = 0;
    const prelude = [
      '<?php',
      `$_SERVER['HTTP_HOST'] = ${phpString(`${WP_HOST}:${port}`)};`,
      `$_SERVER['SERVER_NAME'] = ${phpString(WP_HOST)};`,
      `$_SERVER['SERVER_PORT'] = '${port}';`,
      "$_SERVER['REQUEST_URI'] = '/';",
      "$_SERVER['REQUEST_METHOD'] = 'GET';",
    ].join('\n');
    const cli = async (code: string, installing = false) => {
      const file = join(dir, `cli-${++scripts}.php`);
      const load = `${installing ? "define( 'WP_INSTALLING', true );\n" : ''}require ${phpString(join(root, 'wp-load.php'))};`;
      writeFileSync(file, `${prelude}\n${load}\n${code}\n`);
      return run(php, [file], { cwd: root });
    };

    const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
    const editor = { user: 'editor', password: randomBytes(12).toString('hex') };
    await cli(
      [
        "require_once ABSPATH . 'wp-admin/includes/upgrade.php';",
        `$result = wp_install( 'The Politely Press', ${phpString(admin.user)}, 'admin@politely-press.com', false, '', ${phpString(admin.password)} );`,
        "if ( is_wp_error( $result ) || empty( $result['user_id'] ) ) { fwrite( STDERR, print_r( $result, true ) ); exit( 1 ); }",
      ].join('\n'),
      true,
    );
    const editorId = await cli(
      `$id = wp_insert_user( array( 'user_login' => ${phpString(editor.user)}, 'user_pass' => ${phpString(editor.password)}, 'user_email' => 'editor@politely-press.com', 'role' => 'editor', 'display_name' => 'Eda Editor' ) );
if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
echo $id;`,
    );
    if (!/^\d+$/.test(editorId.trim())) throw new Error(`creating the editor failed: ${editorId}`);

    // The web server: PHP's own, a few workers (the admin loads many files at once).
    const server = daemon(php, ['-S', `127.0.0.1:${port}`, '-t', root, join(dir, 'router.php')], join(dir, 'php-server.log'), {
      PHP_CLI_SERVER_WORKERS: '4',
    });
    children.push(server);
    for (let i = 0; (await probe(port, '/wp-login.php')) !== 200; i++) {
      if (server.exitCode !== null)
        throw new Error(`php -S exited (${server.exitCode}):\n${readFileSync(join(dir, 'php-server.log'), 'utf8')}`);
      if (i > 150) throw new Error(`WordPress did not answer on port ${port} within 30 s`);
      await sleep(200);
    }

    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    return { url, port, root, admin, editor, php: (code) => cli(code), debugLog, close };
  } catch (e) {
    await close();
    throw e;
  }
}
