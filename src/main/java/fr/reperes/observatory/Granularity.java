package fr.reperes.observatory;

/** The period a figure covers: a month, a quarter of the calendar year, or a calendar year. */
public enum Granularity {
    MONTH,
    QUARTER,
    YEAR;

    public String key() {
        return "observatory.granularity." + name();
    }
}
