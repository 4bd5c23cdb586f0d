/** An observatory table as a reader is shown it: the one model the data table, chart, summary and exports read. */
@NullMarked
package fr.reperes.observatory.shown;

import org.jspecify.annotations.NullMarked;
