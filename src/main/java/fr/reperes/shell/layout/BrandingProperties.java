package fr.reperes.shell.layout;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param theme folder of {@code themes/} holding the département's CSS, logo and name
 */
@ConfigurationProperties("reperes")
record BrandingProperties(String theme) {}
