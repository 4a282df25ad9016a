<?php
/**
 * Settings → Politely: the settings page (Settings API), its fields, and the link to it on the
 * Plugins screen.
 *
 * @package Politely
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'politely_add_settings_page' );
add_action( 'admin_init', 'politely_add_settings_fields' );
add_filter( 'plugin_action_links_' . plugin_basename( POLITELY_FILE ), 'politely_plugin_action_links' );

/**
 * Adds Settings → Politely, for users who can manage options.
 */
function politely_add_settings_page() {
	add_options_page(
		__( 'Politely', 'politely' ),
		__( 'Politely', 'politely' ),
		'manage_options',
		'politely',
		'politely_render_settings_page'
	);
}

/**
 * A "Settings" link beside "Deactivate" on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function politely_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=politely' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'politely' ) . '</a>' );
	return $links;
}

/**
 * The sections and fields of the settings page.
 */
function politely_add_settings_fields() {
	$sections = array(
		'politely_support'   => __( 'Support', 'politely' ),
		'politely_placement' => __( 'Placement', 'politely' ),
		'politely_texts'     => __( 'Texts', 'politely' ),
		'politely_frequency' => __( 'How often', 'politely' ),
		'politely_audience'  => __( 'Who sees it', 'politely' ),
	);
	foreach ( $sections as $id => $title ) {
		add_settings_section( $id, $title, 'politely_render_section', 'politely' );
	}

	$fields = array(
		array( 'support_url', __( 'Support page', 'politely' ), 'politely_support', 'url' ),
		array( 'mode', __( 'Placement', 'politely' ), 'politely_placement', 'mode' ),
		array( 'target', __( 'Inline target', 'politely' ), 'politely_placement', 'text' ),
		array( 'accent', __( 'Accent colour', 'politely' ), 'politely_placement', 'color' ),
		array( 'title', __( 'Title', 'politely' ), 'politely_texts', 'text' ),
		array( 'message', __( 'Message', 'politely' ), 'politely_texts', 'textarea' ),
		array( 'cta', __( 'Button', 'politely' ), 'politely_texts', 'text' ),
		array( 'dismiss_days', __( 'Days to remember "Not now"', 'politely' ), 'politely_frequency', 'number' ),
		array( 'min_pageviews', __( 'Page views before the prompt', 'politely' ), 'politely_frequency', 'number' ),
		array( 'require_consent', __( 'Consent', 'politely' ), 'politely_audience', 'consent' ),
		array( 'excluded_roles', __( 'Never for logged-in', 'politely' ), 'politely_audience', 'roles' ),
	);
	foreach ( $fields as list( $key, $label, $section, $type ) ) {
		add_settings_field(
			'politely-' . $key,
			$label,
			'politely_render_field',
			'politely',
			$section,
			array(
				'key'       => $key,
				'type'      => $type,
				'label_for' => 'roles' === $type ? null : 'politely-' . $key,
			)
		);
	}
}

/**
 * The introduction of each section.
 *
 * @param array $section The section: id, title, callback.
 */
function politely_render_section( $section ) {
	$intros = array(
		'politely_support'   => __( 'Readers whose ad blocker stopped the ads see a short prompt: a link to your support page, and help to allowlist the site. Readers without a blocker never see it.', 'politely' ),
		'politely_texts'     => __( 'Leave a text empty to use Politely\'s own, in the reader\'s language (ten languages are built in). A text you enter here is shown to every reader, whatever their language.', 'politely' ),
		'politely_frequency' => __( '"Not now" is remembered in the reader\'s browser, never on your server.', 'politely' ),
	);
	if ( isset( $intros[ $section['id'] ] ) ) {
		echo '<p>' . esc_html( $intros[ $section['id'] ] ) . '</p>';
	}
}

/**
 * One field of the settings page. Every value is escaped for the attribute or element it is
 * printed in.
 *
 * @param array $args The field: key, type, label_for.
 */
function politely_render_field( $args ) {
	$settings = politely_get_settings();
	$key      = $args['key'];
	$value    = $settings[ $key ];
	$id       = 'politely-' . $key;
	$name     = POLITELY_OPTION . '[' . $key . ']';

	switch ( $args['type'] ) {
		case 'url':
			printf(
				'<input type="url" id="%1$s" name="%2$s" value="%3$s" class="regular-text code" placeholder="%4$s" />',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_url( $value ),
				esc_attr( home_url( '/support/' ) )
			);
			politely_field_description( __( 'Your subscription, membership or donation page. Without one, the prompt only asks to allowlist the site.', 'politely' ) );
			break;

		case 'mode':
			printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( politely_modes() as $mode => $label ) {
				printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $mode ), selected( $value, $mode, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;

		case 'text':
			$placeholders = array(
				'target' => '#ad-slot',
				'title'  => __( 'Ads keep our journalism free', 'politely' ),
				'cta'    => __( 'Support us', 'politely' ),
			);
			printf(
				'<input type="text" id="%1$s" name="%2$s" value="%3$s" class="regular-text" placeholder="%4$s" />',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value ),
				esc_attr( $placeholders[ $key ] )
			);
			if ( 'target' === $key ) {
				politely_field_description( __( 'For inline placement: a CSS selector of the element(s) the prompt is rendered into, such as an ad slot\'s wrapper.', 'politely' ) );
			}
			break;

		case 'textarea':
			printf(
				'<textarea id="%1$s" name="%2$s" rows="3" class="large-text" placeholder="%3$s">%4$s</textarea>',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr__( 'It looks like ads aren\'t loading. Please support us or allowlist this site.', 'politely' ),
				esc_textarea( $value )
			);
			break;

		case 'color':
			printf(
				'<input type="text" id="%1$s" name="%2$s" value="%3$s" class="small-text code" placeholder="#0b57d0" pattern="#([0-9a-fA-F]{3}){1,2}" maxlength="7" />',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value )
			);
			politely_field_description( __( 'The support button\'s colour, as a hex colour (white text sits on it).', 'politely' ) );
			break;

		case 'number':
			$ranges = array(
				'dismiss_days'  => array( 0, 3650, 7, __( 'Days a reader\'s "Not now" is remembered. 0 remembers it for that page view only.', 'politely' ) ),
				'min_pageviews' => array( 1, 10000, 1, __( 'Show the prompt from the reader\'s Nth page view on.', 'politely' ) ),
			);
			list( $min, $max, $default, $help ) = $ranges[ $key ];
			printf(
				'<input type="number" id="%1$s" name="%2$s" value="%3$s" min="%4$d" max="%5$d" step="1" class="small-text" placeholder="%6$d" />',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( (string) $value ),
				(int) $min,
				(int) $max,
				(int) $default
			);
			politely_field_description( $help );
			break;

		case 'consent':
			printf(
				'<label><input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s /> %4$s</label>',
				esc_attr( $id ),
				esc_attr( $name ),
				checked( $value, true, false ),
				esc_html__( 'Wait for the reader\'s consent before checking anything', 'politely' )
			);
			politely_field_description( __( 'For sites with a consent tool: Politely does nothing until the reader consents through your IAB TCF v2 consent tool (or your code calls Politely.consent()).', 'politely' ) );
			break;

		case 'roles':
			echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Never for logged-in users with these roles', 'politely' ) . '</legend>';
			foreach ( wp_roles()->get_names() as $role => $role_name ) {
				printf(
					'<label><input type="checkbox" name="%1$s[]" value="%2$s"%3$s /> %4$s</label><br />',
					esc_attr( $name ),
					esc_attr( $role ),
					checked( in_array( $role, $value, true ), true, false ),
					esc_html( translate_user_role( $role_name ) )
				);
			}
			echo '</fieldset>';
			politely_field_description( __( 'Logged-in users with a checked role never get Politely: your editors, or the subscribers of a membership plugin. Their pages do not even load the script.', 'politely' ) );
			break;
	}
}

/**
 * The help line under a field.
 *
 * @param string $text The help.
 */
function politely_field_description( $text ) {
	echo '<p class="description">' . esc_html( $text ) . '</p>';
}

/**
 * Settings → Politely.
 */
function politely_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'politely' ), 403 );
	}
	$preview = add_query_arg( 'politely-preview', '1', home_url( '/' ) );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php
			settings_fields( 'politely' );
			do_settings_sections( 'politely' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Preview', 'politely' ); ?></h2>
		<p>
			<?php esc_html_e( 'Without an ad blocker, nobody sees the prompt. To see it with the saved settings, open any page of your site with ?politely-preview at the end of its address (it works for you, as an administrator, and is labelled "Preview"):', 'politely' ); ?>
		</p>
		<p>
			<a class="button" id="politely-preview-link" href="<?php echo esc_url( $preview ); ?>" target="_blank" rel="noopener"><?php esc_html_e( 'Preview on the home page', 'politely' ); ?></a>
		</p>
	</div>
	<?php
}
