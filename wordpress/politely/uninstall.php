<?php
/**
 * Uninstall: removes the plugin's only option. Readers' "Not now" and page-view counts live in
 * their own browsers (localStorage), never on the site.
 *
 * @package Politely
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'politely_settings' );

if ( is_multisite() ) {
	$politely_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $politely_sites as $politely_site_id ) {
		switch_to_blog( $politely_site_id );
		delete_option( 'politely_settings' );
		restore_current_blog();
	}
}
