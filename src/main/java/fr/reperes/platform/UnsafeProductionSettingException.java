package fr.reperes.platform;

/** A development service is on the classpath of an application started under the production profile. */
class UnsafeProductionSettingException extends RuntimeException {

    private final String developmentClass;
    private final String why;

    UnsafeProductionSettingException(String developmentClass, String why) {
        super("Refusing to start under the production profile with " + developmentClass + " on the classpath: " + why);
        this.developmentClass = developmentClass;
        this.why = why;
    }

    String developmentClass() {
        return developmentClass;
    }

    String why() {
        return why;
    }
}
