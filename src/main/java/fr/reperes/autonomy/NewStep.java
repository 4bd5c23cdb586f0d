package fr.reperes.autonomy;

import java.time.LocalDate;

public record NewStep(AutonomyDomain domain, String title, LocalDate dueOn, String helper, Long partnerId) {}
