package fr.reperes.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled    load the demo département on first start
 * @param population how many generated young people besides the personas
 */
@ConfigurationProperties("reperes.demo-data")
record DemoDataProperties(boolean enabled, int population) {}
