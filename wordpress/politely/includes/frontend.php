<?php
/**
 * The front end: whether a page gets Politely, and its script tag.
 *
 * The loader, assets/politely.js, is enqueued from the plugin's own folder (first-party), with
 * the prompt file, assets/politely-prompt.js, beside it; async, in the footer. Its settings are
 * `data-*` attributes of its tag, built here and escaped when printed: through the
 * `wp_script_attributes` filter where WordPress builds enqueued tags from attributes (6.3 and
 * later), and by rewriting the printed tag in `script_loader_tag` before that.
 *
 * @package Politely
 */

defined( 'ABSPATH' ) || exit;

/** The script handle; WordPress prints the tag with id="politely-js". */
const POLITELY_HANDLE = 'politely';

add_action( 'wp_enqueue_scripts', 'politely_enqueue_script' );
add_filter( 'wp_script_attributes', 'politely_filter_script_attributes' );
add_filter( 'script_loader_tag', 'politely_filter_script_loader_tag', 10, 2 );

/**
 * Whether the admin opened this page with ?politely-preview (see the settings page's link).
 *
 * @return bool
 */
function politely_is_admin_preview() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only: shows a labelled preview to an administrator.
	return isset( $_GET['politely-preview'] ) && current_user_can( 'manage_options' );
}

/**
 * Whether this page view gets Politely at all. Never for logged-in users with an excluded role
 * (except an administrator's preview); then `politely_should_load` has the last word.
 *
 * @return bool
 */
function politely_should_load() {
	$settings = politely_get_settings();
	$load     = ! is_admin() && ! is_feed() && ! is_embed() && ! is_customize_preview();

	if ( $load && is_user_logged_in() && ! politely_is_admin_preview() ) {
		$user = wp_get_current_user();
		if ( array_intersect( (array) $user->roles, $settings['excluded_roles'] ) ) {
			$load = false;
		}
	}

	/**
	 * Filters whether Politely loads on this page view: return false to keep it off (a paid
	 * article, a subscriber of your membership or paywall plugin). Runs on `wp_enqueue_scripts`,
	 * once the query and the current user are known.
	 *
	 * @since 0.2.0
	 *
	 * @param bool  $load     Whether Politely loads. False for excluded roles.
	 * @param array $settings The plugin's settings.
	 */
	return (bool) apply_filters( 'politely_should_load', $load, $settings );
}

/**
 * Enqueues the loader from the plugin's folder, in the footer, when this page view gets it.
 */
function politely_enqueue_script() {
	if ( ! politely_should_load() ) {
		return;
	}
	// No loading strategy is registered: WordPress 6.3+ would add a data-wp-strategy attribute,
	// which the loader would report as unknown. The tag gets `async` from our attributes instead.
	wp_enqueue_script( POLITELY_HANDLE, plugins_url( 'assets/politely.js', POLITELY_FILE ), array(), POLITELY_VERSION, true );
}

/**
 * The loader's attributes, unescaped: `async`, `data-politely`, and a `data-*` attribute for
 * each setting that is not empty or its default. A value of true or '' is a bare attribute.
 *
 * @return array<string, string|bool>
 */
function politely_script_attributes() {
	$settings = politely_get_settings();
	$attrs    = array(
		'async'         => true,
		'data-politely' => '',
	);

	if ( '' !== $settings['support_url'] ) {
		$attrs['data-support-url'] = esc_url_raw( $settings['support_url'], array( 'http', 'https' ) );
	}
	if ( 'banner' !== $settings['mode'] ) {
		$attrs['data-mode'] = $settings['mode'];
		if ( 'inline' === $settings['mode'] && '' !== $settings['target'] ) {
			$attrs['data-target'] = $settings['target'];
		}
	}
	foreach ( array( 'title', 'message', 'cta' ) as $key ) {
		if ( '' !== $settings[ $key ] ) {
			$attrs[ 'data-' . $key ] = $settings[ $key ];
		}
	}
	if ( '' !== $settings['accent'] ) {
		$attrs['data-accent'] = $settings['accent'];
	}
	if ( 7 !== (int) $settings['dismiss_days'] ) {
		$attrs['data-dismiss-days'] = (string) (int) $settings['dismiss_days'];
	}
	if ( 1 !== (int) $settings['min_pageviews'] ) {
		$attrs['data-min-pageviews'] = (string) (int) $settings['min_pageviews'];
	}
	if ( $settings['require_consent'] ) {
		$attrs['data-require-consent'] = '';
	}
	// ?politely-preview (and ?politely-debug) work for administrators only.
	if ( current_user_can( 'manage_options' ) ) {
		$attrs['data-preview-param'] = '';
	}
	// The prompt file, versioned like the loader: after an update, no browser pairs a cached
	// prompt file of the previous release with the new loader.
	$attrs['data-prompt-src'] = add_query_arg( 'ver', POLITELY_VERSION, plugins_url( 'assets/politely-prompt.js', POLITELY_FILE ) );

	/**
	 * Filters the CSP nonce of Politely's script tag. Return the nonce your Content Security
	 * Policy (or your security plugin) uses for this response; the loader also gives it to the
	 * prompt's fallback stylesheet.
	 *
	 * @since 0.2.0
	 *
	 * @param string $nonce The nonce; '' for none.
	 */
	$nonce = apply_filters( 'politely_script_nonce', '' );
	if ( is_string( $nonce ) && '' !== $nonce ) {
		$attrs['nonce'] = $nonce;
	}

	/**
	 * Filters the attributes of Politely's script tag, unescaped (they are escaped when printed):
	 * add any of the loader's `data-*` options the settings page does not offer.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string|bool> $attrs    Attribute name => value; true or '' for a bare attribute.
	 * @param array                      $settings The plugin's settings.
	 */
	return (array) apply_filters( 'politely_script_attributes', $attrs, $settings );
}

/**
 * WordPress 6.3 and later: adds the attributes to the attributes WordPress builds the tag from
 * (it escapes them).
 *
 * @param array $attributes The script tag's attributes.
 * @return array
 */
function politely_filter_script_attributes( $attributes ) {
	if ( ! is_array( $attributes ) || ! isset( $attributes['id'] ) || POLITELY_HANDLE . '-js' !== $attributes['id'] ) {
		return $attributes;
	}
	foreach ( politely_script_attributes() as $name => $value ) {
		if ( false !== $value && null !== $value ) {
			$attributes[ $name ] = $value;
		}
	}
	return $attributes;
}

/**
 * Before WordPress 6.3: adds the attributes, escaped, to the printed tag. Leaves a tag that
 * already has them (6.3 and later) as it is.
 *
 * @param string $tag    The printed tag(s) of the handle.
 * @param string $handle The script handle.
 * @return string
 */
function politely_filter_script_loader_tag( $tag, $handle ) {
	if ( POLITELY_HANDLE !== $handle || ! is_string( $tag ) || false !== strpos( $tag, 'data-politely' ) ) {
		return $tag;
	}
	$html = '';
	foreach ( politely_script_attributes() as $name => $value ) {
		if ( true === $value || '' === $value ) {
			$html .= ' ' . esc_attr( $name );
		} elseif ( is_string( $value ) ) {
			$html .= ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
		}
	}
	// The loader's own tag, the one with a src (not an inline script printed before or after it).
	$rewritten = preg_replace_callback(
		'/<script\b(?=[^>]*\ssrc=)/',
		function () use ( $html ) {
			return '<script' . $html;
		},
		$tag,
		1
	);
	return null === $rewritten ? $tag : $rewritten;
}
