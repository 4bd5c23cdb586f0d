package fr.reperes.autonomy.request;

import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeasureTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accompagnement jeune majeur's dates are those of the contracts: the measures page shows the period they cover,
 * the contract card the current one, both read from {@code young_adult_contract}.
 */
@Component
class ContractTerms implements MeasureTerms {

    private final JdbcClient jdbc;

    ContractTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MeasureKind kind() {
        return MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR;
    }

    @Override
    public Optional<Term> termOf(long youngPersonId) {
        List<Term> found = new ArrayList<>(1);
        jdbc.sql("SELECT MIN(starts_on) AS starts_on, MAX(ends_on) AS ends_on FROM young_adult_contract "
                        + "WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(rs -> {
                    LocalDate starts = rs.getObject("starts_on", LocalDate.class);
                    LocalDate ends = rs.getObject("ends_on", LocalDate.class);
                    if (starts != null && ends != null) {
                        found.add(new Term(starts, ends));
                    }
                });
        return found.stream().findFirst();
    }
}
