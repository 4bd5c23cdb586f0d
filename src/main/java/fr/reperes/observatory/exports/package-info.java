/** The observatory's tables as files: CSV and ODS as shown, and the open-data file with its data dictionary. */
@NullMarked
package fr.reperes.observatory.exports;

import org.jspecify.annotations.NullMarked;
