package fr.reperes.autonomy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewStep(
        AutonomyDomain domain,
        String title,
        @Nullable LocalDate dueOn,
        @Nullable String helper,
        @Nullable Long partnerId) {}
