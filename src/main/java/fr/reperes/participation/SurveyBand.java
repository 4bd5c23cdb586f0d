package fr.reperes.participation;

import java.util.Optional;

/**
 * The age bands a survey is worded for, each a variant of the same questions mapped to the same indicators; parents
 * are a band of their own. A young person answers the variant of their age today.
 */
public enum SurveyBand {
    CHILD_8_11(8, 11),
    TEEN_12_15(12, 15),
    YOUNG_16_21(16, 21),
    PARENTS(-1, -1);

    private final int youngest;
    private final int oldest;

    SurveyBand(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    /** The band of a young person of this age, if any survey band holds them (none under 8 or over 21). */
    public static Optional<SurveyBand> forAge(int age) {
        for (SurveyBand band : values()) {
            if (band != PARENTS && band.youngest <= age && age <= band.oldest) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    public boolean young() {
        return this != PARENTS;
    }

    /** Younger children answer scales with faces (and their text alternatives). */
    public boolean faces() {
        return this == CHILD_8_11;
    }

    /** The SQL that names the band of a young person born on {@code birthDate} on {@code :today}, or NULL. */
    static String sqlOf(String birthDate) {
        StringBuilder sql = new StringBuilder("(CASE");
        for (SurveyBand band : values()) {
            if (band.young()) {
                sql.append(" WHEN TIMESTAMPDIFF(YEAR, ")
                        .append(birthDate)
                        .append(", :today) BETWEEN ")
                        .append(band.youngest)
                        .append(" AND ")
                        .append(band.oldest)
                        .append(" THEN '")
                        .append(band.name())
                        .append('\'');
            }
        }
        return sql.append(" END)").toString();
    }
}
