/**
 * The projet d'accès à l'autonomie attached to a PPE version, and how it is written.
 */
@NullMarked
package fr.reperes.autonomy.project;

import org.jspecify.annotations.NullMarked;
