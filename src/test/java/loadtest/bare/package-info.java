/**
 * The bare Vaadin application the load driver measures beside the portal: the same Spring Boot, Vaadin and Tomcat
 * versions, one route, one button, nothing else. Outside {@code fr.reperes}, so that neither the portal's component
 * scan nor its module checks see it.
 */
@NullMarked
package loadtest.bare;

import org.jspecify.annotations.NullMarked;
