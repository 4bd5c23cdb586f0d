package fr.reperes;

import org.springframework.boot.SpringApplication;

/** The portal with its development services: {@code ./mvnw spring-boot:test-run} (see README.md). */
public class TestReperesApplication {

    public static void main(String[] args) {
        SpringApplication.from(ReperesApplication::main)
                .with(DevServicesConfiguration.class)
                .run(args);
    }
}
