package fr.reperes.shell;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param theme        folder of {@code themes/} holding the département's CSS, logo and name
 * @param quickExitUrl neutral page "Quitter rapidement" replaces the portal with
 */
@ConfigurationProperties("reperes")
record BrandingProperties(String theme, String quickExitUrl) {
}
