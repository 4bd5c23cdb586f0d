/** The authors' pages for building surveys: the list, the editor, the phone-width preview. */
@NullMarked
package fr.reperes.participation.surveys.building;

import org.jspecify.annotations.NullMarked;
