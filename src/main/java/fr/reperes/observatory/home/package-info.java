/** The observatory's part of its readers' home: what changed most since last month. */
@NullMarked
package fr.reperes.observatory.home;

import org.jspecify.annotations.NullMarked;
