/**
 * A survey's results: the authors' page (filters, charts and tables, exports, moderation of free texts, publishing
 * with the département's response), the page given back to those asked, and the CRIP's mail for a text that reveals
 * a danger. Every number shown or exported has passed the small-cell rule.
 */
@NullMarked
package fr.reperes.participation.surveys.results;

import org.jspecify.annotations.NullMarked;
