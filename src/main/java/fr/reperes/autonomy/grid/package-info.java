/**
 * The young person's autonomy space: the self-assessment grid, the steps with the département's partners.
 */
@NullMarked
package fr.reperes.autonomy.grid;

import org.jspecify.annotations.NullMarked;
