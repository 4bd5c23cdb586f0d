/**
 * The load driver: virtual users that speak Vaadin's protocol over HTTP as a browser does (OpenID Connect sign-in,
 * bootstrap, init, router navigation, clicks, field values and grid pages), the persona journeys, and the report
 * that puts the portal beside a bare Vaadin application ({@code ./mvnw -Pload test}, README.md "Charge").
 */
@NullMarked
package fr.reperes.load;

import org.jspecify.annotations.NullMarked;
