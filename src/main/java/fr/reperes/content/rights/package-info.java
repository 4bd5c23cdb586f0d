/**
 * "Mes droits": the pages of the département's rights guide (its RIGHTS book) that apply to the reader, chosen by
 * the code's rules (measures in force, age, role); pages the département added are shown to all.
 */
@NullMarked
package fr.reperes.content.rights;

import org.jspecify.annotations.NullMarked;
