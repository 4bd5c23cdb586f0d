/** The observatory's charts, drawn by JFreeChart as accessible SVG from the table shown beside them. */
@NullMarked
package fr.reperes.observatory.charts;

import org.jspecify.annotations.NullMarked;
