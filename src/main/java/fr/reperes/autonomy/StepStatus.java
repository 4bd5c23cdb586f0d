package fr.reperes.autonomy;

public enum StepStatus {
    TODO,
    IN_PROGRESS,
    DONE
}
