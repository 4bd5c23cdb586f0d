/** The livret d'accueil offered on a family's home, its acknowledgement on the référent's page, and the reminder. */
@NullMarked
package fr.reperes.content.offers;

import org.jspecify.annotations.NullMarked;
