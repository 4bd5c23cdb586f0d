package fr.reperes.autonomy;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the département's partner directory (the demo's today). */
@Service
public class AutonomyImport {

    private final JdbcTemplate jdbc;

    AutonomyImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewPartner(String kind, String name, String helpsWith, String address, String hours, String phone) {
    }

    @Transactional
    public void partners(long departementId, List<NewPartner> partners) {
        jdbc.batchUpdate("INSERT INTO partner (departement_id, kind, name, helps_with, address, hours, phone) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                partners.stream().map(p -> new Object[] {departementId, p.kind(), p.name(), p.helpsWith(),
                        p.address(), p.hours(), p.phone()}).toList());
    }
}
