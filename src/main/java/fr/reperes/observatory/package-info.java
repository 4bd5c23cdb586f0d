/**
 * The département's observatory (ODPE): figures about young people and families, always as protected aggregates.
 * Every figure passes {@link fr.reperes.platform.suppression.SmallCellSuppression} before anyone reads it, and a
 * month once published is frozen ({@link fr.reperes.observatory.publication.PublishedFigures}).
 * <p>
 * Tables: observatory_publication, observatory_published_cell, observatory_figure_unit, observatory_figure_cell,
 * observatory_counted_month, observatory_monthly_count, observatory_report,
 * observatory_report_indicator.
 */
@ApplicationModule(
        displayName = "Observatory",
        allowedDependencies = {"access", "identity", "platform", "platform :: suppression", "shell"})
@NullMarked
package fr.reperes.observatory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
