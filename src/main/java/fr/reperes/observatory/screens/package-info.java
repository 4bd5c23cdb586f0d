/** The observatory's pages: the indicators by source, and one indicator's chart, table, summary and definition. */
@NullMarked
package fr.reperes.observatory.screens;

import org.jspecify.annotations.NullMarked;
