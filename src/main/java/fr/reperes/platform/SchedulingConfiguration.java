package fr.reperes.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Reminders run on a schedule, except in tests, which call them directly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "reperes.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
