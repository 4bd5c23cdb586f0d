/** The lexique: the département's GLOSSARY book as a list of words, and the words explained under every page. */
@NullMarked
package fr.reperes.content.glossary;

import org.jspecify.annotations.NullMarked;
