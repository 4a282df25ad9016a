<?php
/**
 * The settings: their defaults, reading them, and validating them on save.
 *
 * Every setting lives in one option row, `politely_settings` (an array), registered with the
 * Settings API. Empty or default values are stored as such and are not printed on the page: the
 * loader's own defaults (and its translated texts) apply.
 *
 * @package Politely
 */

defined( 'ABSPATH' ) || exit;

/** Longest stored text, in characters, per text setting. */
const POLITELY_TEXT_LENGTHS = array(
	'title'   => 120,
	'message' => 400,
	'cta'     => 60,
);

/**
 * The settings and their defaults. Only these keys are ever stored.
 *
 * @return array<string, mixed>
 */
function politely_defaults() {
	return array(
		'support_url'     => '',
		'mode'            => 'banner',
		'target'          => '',
		'title'           => '',
		'message'         => '',
		'cta'             => '',
		'accent'          => '',
		'dismiss_days'    => 7,
		'min_pageviews'   => 1,
		'require_consent' => false,
		'excluded_roles'  => array(),
	);
}

/**
 * The placements the prompt offers, by the value of `data-mode`.
 *
 * @return array<string, string> Value => label.
 */
function politely_modes() {
	return array(
		'banner' => __( 'Banner at the bottom of the window', 'politely' ),
		'modal'  => __( 'Dialog in the middle of the window', 'politely' ),
		'corner' => __( 'Card in a corner', 'politely' ),
		'inline' => __( 'Inline, inside an element of the page', 'politely' ),
	);
}

/**
 * The stored settings, completed with the defaults.
 *
 * @return array<string, mixed>
 */
function politely_get_settings() {
	$defaults = politely_defaults();
	$stored   = get_option( POLITELY_OPTION, array() );
	if ( ! is_array( $stored ) ) {
		$stored = array();
	}
	return array_merge( $defaults, array_intersect_key( $stored, $defaults ) );
}

add_action( 'admin_init', 'politely_register_setting' );

/**
 * Registers the option with the Settings API: options.php checks the nonce and the
 * `manage_options` capability, then saves what politely_sanitize_settings() returns.
 */
function politely_register_setting() {
	register_setting(
		'politely',
		POLITELY_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'politely_sanitize_settings',
			'default'           => politely_defaults(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * One submitted value as a string ('' when missing or not a string: a crafted form).
 *
 * @param array  $input The submitted settings.
 * @param string $key   The setting.
 * @return string
 */
function politely_input( $input, $key ) {
	return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
}

/**
 * A text the prompt shows, as plain text: valid UTF-8, one line, no control characters, at
 * most `$length` characters. Angle brackets stay as typed: Politely renders texts as text,
 * never as HTML, and every output escapes them.
 *
 * @param string $text   The submitted text.
 * @param int    $length The longest text kept.
 * @return string
 */
function politely_sanitize_plain_text( $text, $length ) {
	$text = wp_check_invalid_utf8( $text );
	$text = preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text );
	$text = trim( preg_replace( '/\s+/u', ' ', (string) $text ) );
	return mb_substr( $text, 0, $length );
}

/**
 * Reports a rejected value on the settings page.
 *
 * @param string $field   The setting.
 * @param string $message What was wrong and what was kept.
 * @param string $type    'error' or 'warning'.
 */
function politely_settings_error( $field, $message, $type = 'error' ) {
	// The first save runs the sanitisation twice (update_option, then add_option): one message.
	foreach ( get_settings_errors( POLITELY_OPTION ) as $error ) {
		if ( 'politely-' . $field === $error['code'] && $message === $error['message'] ) {
			return;
		}
	}
	add_settings_error( POLITELY_OPTION, 'politely-' . $field, $message, $type );
}

/**
 * Validates and sanitises the submitted settings. A value that is not valid is reported and the
 * previous one kept; unknown keys are dropped. Idempotent: WordPress may run it twice on the
 * first save.
 *
 * @param mixed $input The submitted settings (already unslashed by options.php).
 * @return array<string, mixed> The settings to store.
 */
function politely_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = politely_get_settings();
	$out      = politely_defaults();

	// The support page: an http(s) URL, or a path on this site.
	$url = politely_input( $input, 'support_url' );
	if ( '' !== $url ) {
		$clean = esc_url_raw( $url, array( 'http', 'https' ) );
		if ( '' === $clean ) {
			politely_settings_error( 'support_url', __( 'The support page must be an http:// or https:// address (or a path on this site, like /support/). The previous value was kept.', 'politely' ) );
			$clean = $previous['support_url'];
		}
		$out['support_url'] = $clean;
	}

	// The placement: one of the modes.
	$mode = politely_input( $input, 'mode' );
	if ( '' !== $mode ) {
		if ( array_key_exists( $mode, politely_modes() ) ) {
			$out['mode'] = $mode;
		} else {
			politely_settings_error( 'mode', __( 'Unknown placement. The previous one was kept.', 'politely' ) );
			$out['mode'] = $previous['mode'];
		}
	}

	// The inline target: a CSS selector (the browser checks it; an invalid one shows a banner).
	$target = sanitize_text_field( politely_input( $input, 'target' ) );
	if ( preg_match( '/[{};]/', $target ) ) {
		politely_settings_error( 'target', __( 'The target must be a CSS selector, like #ad-slot or .article .ad. The previous one was kept.', 'politely' ) );
		$target = $previous['target'];
	}
	$out['target'] = mb_substr( $target, 0, 200 );
	if ( 'inline' === $out['mode'] && '' === $out['target'] ) {
		politely_settings_error( 'target', __( 'Inline placement needs a target: until you set one, the prompt shows as a banner.', 'politely' ), 'warning' );
	}

	// The texts: plain text, one line each.
	foreach ( POLITELY_TEXT_LENGTHS as $key => $length ) {
		$out[ $key ] = politely_sanitize_plain_text( politely_input( $input, $key ), $length );
	}

	// The accent colour: a hex colour.
	$accent = politely_input( $input, 'accent' );
	if ( '' !== $accent ) {
		$clean = sanitize_hex_color( $accent );
		if ( ! $clean ) {
			politely_settings_error( 'accent', __( 'The accent colour must be a hex colour, like #8a1538. The previous one was kept.', 'politely' ) );
			$clean = $previous['accent'];
		}
		$out['accent'] = $clean;
	}

	// The numbers: whole, in range; empty means the default.
	$numbers = array(
		'dismiss_days'  => array(
			0,
			3650,
			/* translators: %1$d: the smallest value, %2$d: the largest. */
			__( 'Days to remember "Not now" must be a whole number from %1$d to %2$d. The previous value was kept.', 'politely' ),
		),
		'min_pageviews' => array(
			1,
			10000,
			/* translators: %1$d: the smallest value, %2$d: the largest. */
			__( 'Page views before the prompt must be a whole number from %1$d to %2$d. The previous value was kept.', 'politely' ),
		),
	);
	foreach ( $numbers as $key => list( $min, $max, $message ) ) {
		$raw = politely_input( $input, $key );
		if ( '' === $raw ) {
			continue;
		}
		$number = filter_var(
			$raw,
			FILTER_VALIDATE_INT,
			array(
				'options' => array(
					'min_range' => $min,
					'max_range' => $max,
				),
			)
		);
		if ( false === $number ) {
			politely_settings_error( $key, sprintf( $message, $min, $max ) );
			$number = $previous[ $key ];
		}
		$out[ $key ] = absint( $number );
	}

	// Consent: a checkbox.
	$out['require_consent'] = ! empty( $input['require_consent'] );

	// Excluded roles: only roles that exist.
	$roles = isset( $input['excluded_roles'] ) && is_array( $input['excluded_roles'] ) ? $input['excluded_roles'] : array();
	$roles = array_map( 'sanitize_key', array_filter( $roles, 'is_string' ) );

	$out['excluded_roles'] = array_values( array_intersect( array_keys( wp_roles()->get_names() ), $roles ) );

	return $out;
}
