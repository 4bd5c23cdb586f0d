/** The yearly report's content and its two files, the PDF and the accessible HTML, written from the pages' tables. */
@NullMarked
package fr.reperes.observatory.reports;

import org.jspecify.annotations.NullMarked;
