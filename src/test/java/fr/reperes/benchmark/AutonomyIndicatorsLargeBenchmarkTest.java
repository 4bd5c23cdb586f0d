package fr.reperes.benchmark;

import org.springframework.test.context.TestPropertySource;

/**
 * The same figures for a large département (10,000 young people), where monthly cells are big enough to
 * show more than the demo's 2,000 allow. Its own database: the population differs. Writes
 * target/autonomy-indicators-10000.md.
 */
@TestPropertySource(properties = "reperes.demo-data.population=10000")
class AutonomyIndicatorsLargeBenchmarkTest extends AutonomyIndicatorsBenchmarkTest {

    @Override
    String reportFile() {
        return "target/autonomy-indicators-10000.md";
    }
}
