// The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, PHP's built-in server: see
// harness/wordpress.ts), driven through its real admin UI in Chromium: the zip built from the
// current dist/ is uploaded through Plugins → Add New → Upload Plugin and activated, Settings →
// Politely is filled in and saved (invalid values first: refused, with a message), then a
// published post with an AdSense slot is read in fresh contexts: under EasyList the prompt
// appears, from the second page view on (minimum page views: 2), with the configured support URL
// and texts; without a blocker it never does; a logged-in editor, whose role is excluded, does
// not even get the script tag; a paywall's `politely_should_load` filter takes it off a paid
// post. A `<script>` typed into the title comes back escaped in the page and in the admin form,
// and never runs; the settings refuse a user without manage_options and a request without the
// form's nonce. The tag's attributes are checked on both of WordPress's paths (the
// `wp_script_attributes` filter of 6.3+, `script_loader_tag` before it) with a CSP nonce, and a
// security plugin's nonce-based policy lets the loader and the prompt run. Finally the plugin is
// deleted through the admin UI and its option is gone. `php -l` passes on every PHP file of
// wordpress/, and WordPress's debug.log names no file of the plugin.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import {
  VERDICT_RECORDER,
  adsenseScript,
  adsenseSlot,
  firstVerdict,
  launchChromium,
  openPage,
  useBrowser,
  type Condition,
} from './harness';
import { phpString, startWordPress, wordPressRequirements, type WordPress } from './harness/wordpress';
import { buildWordPressZip } from '../../scripts/wordpress-zip.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const suite = useBrowser(launchChromium);
let wp: WordPress;
let zip: ReturnType<typeof buildWordPressZip>;
let admin: BrowserContext;
let post: { id: number; url: string };

const timings: Record<string, number> = {};
const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
};

beforeAll(async () => {
  zip = await timed('zip', async () => buildWordPressZip());
  wp = await timed('WordPress up (MariaDB, install, php -S)', startWordPress);
  // A published post, written as an editor writes one with an AdSense block (an HTML block).
  const content = [
    '<!-- wp:paragraph --><p>The city council voted on Tuesday to rebuild the old tram depot as a public library.</p><!-- /wp:paragraph -->',
    `<!-- wp:html -->${adsenseScript(suite.server)}<div id="slot-mid">${adsenseSlot()}</div><!-- /wp:html -->`,
    '<!-- wp:paragraph --><p>Work is to start in the spring, and the library should open two years later.</p><!-- /wp:paragraph -->',
  ].join('\n');
  post = JSON.parse(
    await wp.php(`kses_remove_filters();
$id = wp_insert_post( array( 'post_title' => 'Council backs the tram depot library', 'post_content' => ${phpString(content)}, 'post_status' => 'publish', 'post_author' => 1 ), true );
if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
echo wp_json_encode( array( 'id' => $id, 'url' => get_permalink( $id ) ) );`),
  );
  admin = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await wp?.close();
  console.log(`[wordpress] timings (ms): ${JSON.stringify(timings)}`);
});

/** Every dialog a page opens (a `<script>` that ran would open one), dismissed. */
function dialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d: Dialog) => {
    seen.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return seen;
}

async function logIn(context: BrowserContext, user: { user: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', user.user);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return page;
}

/** The loader's tags on a page: every script whose src is the plugin's politely.js. */
const loaderTags = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script[src*="/politely.js"]')].map((s) => ({
      attrs: Object.fromEntries([...s.attributes].map((a) => [a.name, a.value])),
      inBody: document.body.contains(s),
    })),
  );

/** A reader's page of the post under a condition, with politely:verdict recorded. */
async function readPost(condition: Condition, query = '') {
  const t = await openPage(suite.browser, condition);
  await t.page.addInitScript(VERDICT_RECORDER.replace(/<\/?script>/g, ''));
  const shown = dialogs(t.page);
  const response = await t.page.goto(post.url + query);
  return { ...t, shown, html: (await response?.text()) ?? '' };
}

const prompt = (page: Page) => page.locator('[data-politely-prompt]');

const TITLE = '<script>alert(1)</script>';
const MESSAGE = 'Our reporting is paid for by ads & readers like you. "Thank you."';
const CTA = 'Become a member';
const support = () => `${wp.url}/support/?from=politely&campaign=adblock`;

describe('the WordPress plugin in a real WordPress 6.1', () => {
  it('php -l passes on every PHP file of wordpress/', async () => {
    const files = readdirSync(join(ROOT, 'wordpress'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.php'))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const { php } = await wordPressRequirements();
    for (const file of files) {
      const { stdout } = await run(php, ['-d', 'error_reporting=-1', '-l', file]);
      expect(stdout, relative(ROOT, file)).toMatch(/^No syntax errors detected/);
    }
  });

  it('the zip holds the plugin under politely/, with every script-tag file of dist/ in assets/', () => {
    expect(zip.files).toEqual(
      expect.arrayContaining(['politely/politely.php', 'politely/uninstall.php', 'politely/readme.txt', 'politely/languages/politely.pot']),
    );
    expect(zip.files).toEqual(expect.arrayContaining(['politely/assets/politely.js', 'politely/assets/politely-prompt.js']));
    expect(zip.files.every((f) => f.startsWith('politely/'))).toBe(true);
    expect(zip.files.filter((f) => /\.(map|mjs|cjs|ts)$/.test(f))).toEqual([]);
  });

  it('installs from the zip through Plugins → Add New → Upload Plugin, and activates', async () => {
    const page = await timed('log in + upload + activate', async () => {
      const page = await logIn(admin, wp.admin);
      await page.goto(`${wp.url}/wp-admin/plugin-install.php`);
      await page.click('a.upload-view-toggle');
      await page.setInputFiles('#pluginzip', zip.path);
      await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
      await expect.poll(() => page.textContent('.wrap')).toContain('Plugin installed successfully.');
      await Promise.all([page.waitForURL(/plugins\.php/), page.click('.wrap a.button-primary[href*="action=activate"]')]);
      return page;
    });
    expect(await page.textContent('#message')).toContain('Plugin activated.');
    const row = page.locator('tr[data-slug="politely"]');
    expect(await row.getAttribute('class')).toMatch(/\bactive\b/);
    expect(await row.textContent()).toContain('Version 0.2.0');
    // Installed where WordPress installs plugins, with the loader files beside the PHP.
    const files = readdirSync(join(wp.root, 'wp-content/plugins/politely/assets'));
    expect(files).toEqual(expect.arrayContaining(['politely.js', 'politely-prompt.js']));
    // Activation needed no code: with the defaults, a reader's page already has the tag.
    const reader = await suite.browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(post.url);
    const tags = await loaderTags(readerPage);
    expect(tags).toHaveLength(1);
    expect(tags[0].attrs).toHaveProperty('async', '');
    expect(Object.keys(tags[0].attrs).filter((k) => k.startsWith('data-'))).toEqual(['data-politely', 'data-prompt-src']);
    await reader.close();
    await page.close();
  });

  it('Settings → Politely refuses invalid values, with a message, and keeps the previous ones', async () => {
    const page = await admin.newPage();
    const shown = dialogs(page);
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=politely`);
    expect(await page.textContent('h1')).toBe('Politely');
    // Server-side validation, as a crafted request would meet it: the browser's own checks off.
    await page.evaluate(() => document.querySelector('form[action$="options.php"]')!.setAttribute('novalidate', ''));
    await page.fill('#politely-support_url', 'javascript:alert(1)');
    await page.fill('#politely-accent', 'red;background:url(x)');
    await page.fill('#politely-dismiss_days', '99999');
    await page.fill('#politely-min_pageviews', '1.5');
    await page.selectOption('#politely-mode', 'inline');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    const errors = await page.locator('.notice-error').allTextContents();
    expect(errors.join('\n')).toMatch(/support page must be an http/);
    expect(errors.join('\n')).toMatch(/accent colour must be a hex colour/);
    expect(errors.join('\n')).toMatch(/Days to remember "Not now" must be a whole number from 0 to 3650/);
    expect(errors.join('\n')).toMatch(/Page views before the prompt must be a whole number from 1 to 10000/);
    expect(await page.locator('.notice-warning').allTextContents()).toEqual([expect.stringMatching(/Inline placement needs a target/)]);
    expect(await page.locator('#setting-error-settings_updated').count()).toBe(0);
    expect(await page.inputValue('#politely-support_url')).toBe('');
    expect(await page.inputValue('#politely-accent')).toBe('');
    expect(await page.inputValue('#politely-dismiss_days')).toBe('7');
    expect(await page.inputValue('#politely-min_pageviews')).toBe('1');
    expect(shown).toEqual([]);
    await page.close();
  });

  it('Settings → Politely saves every field typed into the admin form', async () => {
    const page = await admin.newPage();
    const shown = dialogs(page);
    await timed('fill + save settings', async () => {
      await page.goto(`${wp.url}/wp-admin/options-general.php?page=politely`);
      await page.fill('#politely-support_url', support());
      await page.selectOption('#politely-mode', 'corner');
      await page.fill('#politely-target', '#slot-mid');
      await page.fill('#politely-accent', '#8a1538');
      await page.fill('#politely-title', TITLE);
      await page.fill('#politely-message', MESSAGE);
      await page.fill('#politely-cta', CTA);
      await page.fill('#politely-dismiss_days', '30');
      await page.fill('#politely-min_pageviews', '2');
      await page.check('input[name="politely_settings[excluded_roles][]"][value="editor"]');
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    });
    expect(await page.textContent('#setting-error-settings_updated')).toContain('Settings saved.');
    expect(await page.locator('.notice-error, .notice-warning').count()).toBe(0);
    // One option row, holding exactly the settings the plugin uses.
    const stored = JSON.parse(await wp.php("echo wp_json_encode( get_option( 'politely_settings' ) );"));
    expect(stored).toEqual({
      support_url: support(),
      mode: 'corner',
      target: '#slot-mid',
      title: TITLE,
      message: MESSAGE,
      cta: CTA,
      accent: '#8a1538',
      dismiss_days: 30,
      min_pageviews: 2,
      require_consent: false,
      excluded_roles: ['editor'],
    });
    expect(
      await wp.php('global $wpdb; echo $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->options WHERE option_name LIKE \'%politely%\'" );'),
    ).toBe('1');
    expect(shown).toEqual([]);
    await page.close();
  });

  it("the settings need manage_options and the form's nonce", async () => {
    const title = () => wp.php("echo get_option( 'politely_settings' )['title'];");
    /** Posts the settings form from a page of the user's, without the form's nonce. */
    const forge = (page: Page) =>
      page.evaluate(async () => {
        const body = new URLSearchParams({ option_page: 'politely', action: 'update', 'politely_settings[title]': 'Forged' });
        return (await fetch('/wp-admin/options.php', { method: 'POST', body, redirect: 'manual' })).status;
      });
    // The administrator, without the nonce: WordPress refuses the request, nothing is saved.
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/`);
    expect(await forge(page)).toBe(403);
    expect(await title()).toBe(TITLE);
    await page.close();
    // An editor (no manage_options): no settings page, and options.php refuses the option.
    const editor = await suite.browser.newContext();
    const editorPage = await logIn(editor, wp.editor);
    expect(await editorPage.locator('#adminmenu a[href="options-general.php?page=politely"]').count()).toBe(0);
    const response = await editorPage.goto(`${wp.url}/wp-admin/options-general.php?page=politely`);
    expect(response?.status()).toBe(403);
    expect(await editorPage.textContent('body')).toContain('Sorry, you are not allowed to access this page.');
    expect(await forge(editorPage)).toBe(403);
    expect(await title()).toBe(TITLE);
    await editor.close();
  });

  it('a <script> typed into the title comes back escaped in the admin form, and never runs', async () => {
    const page = await admin.newPage();
    const shown = dialogs(page);
    const response = await page.goto(`${wp.url}/wp-admin/options-general.php?page=politely`);
    const html = (await response?.text()) ?? '';
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain(TITLE);
    expect(html).toContain('&quot;Thank you.&quot;</textarea>');
    expect(await page.inputValue('#politely-title')).toBe(TITLE);
    expect(await page.inputValue('#politely-message')).toBe(MESSAGE);
    expect(await page.inputValue('#politely-support_url')).toBe(support());
    expect(await page.isChecked('input[name="politely_settings[excluded_roles][]"][value="editor"]')).toBe(true);
    expect(await page.isChecked('input[name="politely_settings[excluded_roles][]"][value="administrator"]')).toBe(false);
    expect(shown).toEqual([]);
    await page.close();
  });

  it('under EasyList, the post shows the prompt from the second page view, with the support URL and texts', async () => {
    const t = await timed('EasyList: two page views', () => readPost('easylist'));
    // The tag: the plugin's own folder (first-party), async, in the footer, the settings escaped.
    const tags = await loaderTags(t.page);
    expect(tags).toHaveLength(1);
    const { attrs, inBody } = tags[0];
    expect(inBody).toBe(true);
    expect(attrs.src).toBe(`${wp.url}/wp-content/plugins/politely/assets/politely.js?ver=0.2.0`);
    expect(attrs).toMatchObject({
      async: '',
      'data-politely': '',
      'data-support-url': support(),
      'data-mode': 'corner',
      'data-title': TITLE,
      'data-message': MESSAGE,
      'data-cta': CTA,
      'data-accent': '#8a1538',
      'data-dismiss-days': '30',
      'data-min-pageviews': '2',
      'data-prompt-src': `${wp.url}/wp-content/plugins/politely/assets/politely-prompt.js?ver=0.2.0`,
    });
    // Only what differs from the defaults, and no preview switch for readers.
    for (const absent of ['data-target', 'data-require-consent', 'data-preview-param', 'nonce']) expect(attrs).not.toHaveProperty(absent);
    expect(t.html).toContain(' data-title="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(t.html).not.toContain(TITLE);
    expect(t.html).toContain(
      ' data-support-url="http://news.politely-press.com:' + wp.port + '/support/?from=politely&amp;campaign=adblock"',
    );
    // The first page view: blocked, but held back by "minimum page views: 2".
    expect((await firstVerdict(t.page)).blocked).toBe(true);
    await t.page.waitForTimeout(800);
    expect(await prompt(t.page).count()).toBe(0);
    // The second: the prompt, with the configured link and texts (as text, never as HTML).
    const prompts: string[] = [];
    t.page.on('request', (r) => r.url().includes('politely-prompt.js') && prompts.push(r.url()));
    await t.page.reload();
    await prompt(t.page).locator('a[href]').first().waitFor({ timeout: 15_000 });
    const link = prompt(t.page).getByRole('link', { name: CTA });
    expect(await link.getAttribute('href')).toBe(support());
    expect(await prompt(t.page).getByRole('heading').first().textContent()).toBe(TITLE);
    expect(await t.page.evaluate(() => document.querySelector('[data-politely-prompt]')!.shadowRoot!.textContent)).toContain(MESSAGE);
    expect(prompts).toEqual([`${wp.url}/wp-content/plugins/politely/assets/politely-prompt.js?ver=0.2.0`]);
    expect(t.shown).toEqual([]);
    expect(t.errors).toEqual([]);
    // No "[politely] … is not an option" or other warning: every attribute is one the loader reads.
    expect(t.console.filter((m) => m.includes('[politely]'))).toEqual([]);
    await t.context.close();
  });

  it('without a blocker, the post never shows the prompt, and ?politely-preview is not for readers', async () => {
    for (const query of ['', '?politely-preview']) {
      const t = await readPost('none', query);
      expect(await loaderTags(t.page)).toHaveLength(1);
      // Two page views, so that "minimum page views" is not what holds it back.
      await t.page.reload();
      const verdict = await firstVerdict(t.page);
      expect(verdict.blocked).toBe(false);
      await t.page.waitForTimeout(1000);
      expect(await prompt(t.page).count(), query).toBe(0);
      expect(t.errors).toEqual([]);
      await t.context.close();
    }
  });

  it('a logged-in editor (role excluded) gets no script tag at all; the administrator gets it, with the preview', async () => {
    const editor = await suite.browser.newContext();
    const page = await logIn(editor, wp.editor);
    const response = await page.goto(post.url);
    expect(await page.locator('body.single').count()).toBe(1);
    expect(await loaderTags(page)).toEqual([]);
    expect((await response?.text()) ?? '').not.toContain('/plugins/politely/');
    await editor.close();

    // The administrator's role is not excluded: the tag, with the preview switch (admins only).
    const settings = await admin.newPage();
    await settings.goto(`${wp.url}/wp-admin/options-general.php?page=politely`);
    const [preview] = await Promise.all([admin.waitForEvent('page'), settings.click('#politely-preview-link')]);
    await preview.waitForLoadState();
    expect(preview.url()).toBe(`${wp.url}/?politely-preview=1`);
    const tags = await loaderTags(preview);
    expect(tags).toHaveLength(1);
    expect(tags[0].attrs).toHaveProperty('data-preview-param', '');
    // No blocker here: the preview shows the prompt anyway, labelled "Preview".
    await prompt(preview).getByRole('region').getByText('Preview', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await prompt(preview).getByRole('link', { name: CTA }).getAttribute('href')).toBe(support());
    await preview.close();
    await settings.close();
  });

  it('politely_should_load lets a paywall plugin keep it off a paid post', async () => {
    await wp.php(
      `file_put_contents( WPMU_PLUGIN_DIR . '/paywall.php', ${phpString(`<?php
// A paywall plugin's use of the filter: no prompt on posts tagged "paid".
add_filter( 'politely_should_load', function ( $load ) {
	return $load && ! ( is_singular() && has_tag( 'paid' ) );
} );
`)} );`,
    );
    const paid = JSON.parse(
      await wp.php(`$id = wp_insert_post( array( 'post_title' => 'Members only: the budget in detail', 'post_content' => '<!-- wp:paragraph --><p>For members.</p><!-- /wp:paragraph -->', 'post_status' => 'publish', 'post_author' => 1, 'tags_input' => array( 'paid' ) ) );
echo wp_json_encode( array( 'url' => get_permalink( $id ) ) );`),
    );
    const reader = await suite.browser.newContext();
    const page = await reader.newPage();
    await page.goto(paid.url);
    expect(await page.locator('body.single').count()).toBe(1);
    expect(await loaderTags(page)).toEqual([]);
    await page.goto(post.url);
    expect(await loaderTags(page)).toHaveLength(1);
    await reader.close();
    await wp.php("unlink( WPMU_PLUGIN_DIR . '/paywall.php' );");
  });

  it("the tag's attributes are the same through wp_script_attributes (6.3+) and script_loader_tag (6.1), with a CSP nonce", async () => {
    const out = JSON.parse(
      await wp.php(`add_filter( 'politely_script_nonce', function () { return 'rig-nonce-"&<1'; } );
add_filter( 'option_politely_settings', function ( $settings ) { $settings['require_consent'] = true; return $settings; } );
wp();
do_action( 'wp_enqueue_scripts' );
// WordPress 6.1's own printing of the enqueued script: the tag as a string, then script_loader_tag.
ob_start();
wp_print_scripts( 'politely' );
$printed = ob_get_clean();
// WordPress 6.3+: the tag built from attributes, through wp_script_attributes, then script_loader_tag.
$src = add_query_arg( 'ver', POLITELY_VERSION, wp_scripts()->registered['politely']->src );
$modern = wp_get_script_tag( array( 'src' => $src, 'id' => 'politely-js' ) );
$modern_then_tag = apply_filters( 'script_loader_tag', $modern, 'politely', $src );
$other = apply_filters( 'script_loader_tag', wp_get_script_tag( array( 'src' => 'https://example.com/x.js', 'id' => 'other-js' ) ), 'other', 'https://example.com/x.js' );
echo wp_json_encode( compact( 'printed', 'modern', 'modern_then_tag', 'other' ) );`),
    ) as Record<'printed' | 'modern' | 'modern_then_tag' | 'other', string>;
    const page = await suite.browser.newPage();
    const parse = (html: string) =>
      page.evaluate((h) => {
        const t = document.createElement('template');
        t.innerHTML = h;
        return [...t.content.querySelectorAll('script')].map((s) => Object.fromEntries([...s.attributes].map((a) => [a.name, a.value])));
      }, html);
    const [printed] = await parse(out.printed);
    const [modern] = await parse(out.modern);
    await page.close();
    const { type: _type, ...printedAttrs } = printed;
    const { type: _type2, ...modernAttrs } = modern;
    expect(modernAttrs).toEqual(printedAttrs);
    expect(printedAttrs).toMatchObject({
      id: 'politely-js',
      async: '',
      'data-politely': '',
      'data-require-consent': '',
      nonce: 'rig-nonce-"&<1',
      'data-title': TITLE,
    });
    // Each attribute once (the HTML parser would hide a duplicate), and 6.3+ leaves the built tag alone.
    for (const html of [out.printed, out.modern]) {
      for (const name of ['async', 'data-politely', 'data-title', 'nonce'])
        expect(html.match(new RegExp(`\\s${name}(?=[\\s>=])`, 'g')), name).toHaveLength(1);
      expect(html).not.toContain(TITLE);
    }
    expect(out.modern_then_tag).toBe(out.modern);
    expect(out.other).not.toContain('data-');
  });

  it('under a nonce-based Content Security Policy, the nonce from politely_script_nonce lets the loader and the prompt run', async () => {
    // A security plugin's part: a fresh nonce per response, in the header and from the filter.
    await wp.php(
      `file_put_contents( WPMU_PLUGIN_DIR . '/csp.php', ${phpString(`<?php
// A security plugin's use of the filter: a nonce-based policy with 'strict-dynamic'.
$GLOBALS['rig_csp_nonce'] = base64_encode( random_bytes( 16 ) );
add_action( 'send_headers', function () {
	if ( ! is_admin() ) {
		header( "Content-Security-Policy: script-src 'nonce-" . $GLOBALS['rig_csp_nonce'] . "' 'strict-dynamic'" );
	}
} );
add_filter( 'politely_script_nonce', function () {
	return $GLOBALS['rig_csp_nonce'];
} );
// Chrome ignores the nonce of a script tag with "<script" in an attribute (a defence against
// markup injection, documented in docs/wordpress.md), as in the title saved above: a plain one.
add_filter( 'option_politely_settings', function ( $settings ) {
	$settings['title'] = 'Ads keep our journalism free';
	return $settings;
} );
`)} );`,
    );
    try {
      const t = await openPage(suite.browser, 'easylist');
      await t.page.addInitScript(
        "window.__csp=[];document.addEventListener('securitypolicyviolation',function(e){window.__csp.push(e.blockedURI+' '+e.effectiveDirective)});",
      );
      const response = await t.page.goto(post.url);
      const policy = response?.headers()['content-security-policy'] ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeTruthy();
      const [tag] = await loaderTags(t.page);
      // The attribute is hidden from the DOM once the browser has used it; the property keeps it.
      expect(await t.page.evaluate(() => (document.getElementById('politely-js') as HTMLScriptElement).nonce)).toBe(nonce);
      expect(tag.attrs).toHaveProperty('nonce');
      await t.page.reload(); // the second page view (minimum page views: 2)
      await prompt(t.page).getByRole('link', { name: CTA }).waitFor({ timeout: 15_000 });
      // The policy is real: WordPress's own inline scripts and the ad without the nonce were refused…
      const refused: string[] = await t.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect(refused.length).toBeGreaterThan(0);
      // …and nothing of Politely's.
      expect(refused.filter((r) => r.includes('/plugins/politely/'))).toEqual([]);
      expect(t.errors).toEqual([]);
      await t.context.close();
    } finally {
      await wp.php("unlink( WPMU_PLUGIN_DIR . '/csp.php' );");
    }
  });

  it('WordPress logged no notice, warning or error from the plugin', () => {
    const lines = wp.debugLog().split('\n');
    expect(lines.filter((l) => /wp-content\/plugins\/politely\/|politely_/.test(l))).toEqual([]);
  });

  it('deleting the plugin through the admin UI runs uninstall.php: its option is gone', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/plugins.php`);
    await Promise.all([page.waitForURL(/plugins\.php\?deactivate=true/), page.click('tr[data-slug="politely"] .deactivate a')]);
    // WordPress asks "Are you sure you want to delete Politely and its data?", then deletes it.
    const asked: string[] = [];
    page.once('dialog', (d) => (asked.push(d.message()), d.accept()));
    const deleted = page.waitForResponse(
      (r) => r.url().includes('admin-ajax.php') && /action=delete-plugin/.test(r.request().postData() ?? ''),
    );
    await page.click('tr[data-slug="politely"] .delete a');
    expect(await (await deleted).json()).toMatchObject({ success: true });
    expect(asked).toEqual([expect.stringContaining('Politely')]);
    expect(await wp.php("var_export( get_option( 'politely_settings', 'gone' ) );")).toBe("'gone'");
    expect(readdirSync(join(wp.root, 'wp-content/plugins'))).not.toContain('politely');
    await page.close();
  });
});
