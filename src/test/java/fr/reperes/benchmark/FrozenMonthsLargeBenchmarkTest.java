package fr.reperes.benchmark;

import org.springframework.test.context.TestPropertySource;

/** The same counting for a large département (10,000 young people). Writes target/frozen-months-10000.md. */
@TestPropertySource(properties = "reperes.demo-data.population=10000")
class FrozenMonthsLargeBenchmarkTest extends FrozenMonthsBenchmarkTest {

    @Override
    String reportFile() {
        return "target/frozen-months-10000.md";
    }
}
