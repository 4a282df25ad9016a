<?php
/**
 * Plugin Name:       Politely
 * Description:       Notices when a reader's ad blocker stopped the ads, and asks — politely, once, dismissibly — for support or for allowlisting the site.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Politely contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       politely
 * Domain Path:       /languages
 *
 * @package Politely
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version: the same as the Politely release whose files are in assets/. */
define( 'POLITELY_VERSION', '0.2.0' );

/** The plugin's main file. */
define( 'POLITELY_FILE', __FILE__ );

/** The one option row that holds every setting (an array). */
define( 'POLITELY_OPTION', 'politely_settings' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/admin.php';
require_once __DIR__ . '/includes/frontend.php';

add_action( 'init', 'politely_load_textdomain' );

/**
 * Loads the plugin's translations (languages/politely-<locale>.mo, or WordPress.org's).
 */
function politely_load_textdomain() {
	load_plugin_textdomain( 'politely', false, dirname( plugin_basename( POLITELY_FILE ) ) . '/languages' );
}
