/**
 * Technical ground every module stands on and none owns: the application's clock and scheduling, translations,
 * dates in words, bounded uploads, the input-error type, retries of durable events and the production settings check.
 * It depends on no other module and owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package fr.reperes.platform;
