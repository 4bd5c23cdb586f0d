/**
 * Repères, the portal of young people in child-welfare care and their families: one Spring Modulith module per
 * capability (see each module's package-info).
 */
@NullMarked
package fr.reperes;

import org.jspecify.annotations.NullMarked;
