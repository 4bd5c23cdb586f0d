# syntax=docker/dockerfile:1
# Image du portail Repères : construction Maven puis exécution sur un JRE, en utilisateur non root.

# --- Étape 1 : construction -------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY . .
# Les caches Maven et Vaadin (Node/npm) survivent d'une construction à l'autre (BuildKit).
# -Pproduction : profil Vaadin habituel (bundle frontend de production) ; tant que le pom
# n'a pas ce profil, Maven 3.9 se contente d'un avertissement.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    --mount=type=cache,target=/root/.npm \
    mvn -B -ntp -Pproduction -DskipTests package \
 && jar="$(ls target/*.jar | grep -v -e '-sources' -e '-javadoc' -e '-plain' | head -n 1)" \
 && test -n "$jar" \
 && cp "$jar" /build/app.jar

# --- Étape 2 : exécution ----------------------------------------------------
FROM eclipse-temurin:21-jre
RUN groupadd --system reperes \
 && useradd --system --gid reperes --home-dir /app --shell /usr/sbin/nologin reperes \
 && mkdir -p /app/data \
 && chown -R reperes:reperes /app
WORKDIR /app
COPY --from=build --chown=reperes:reperes /build/app.jar /app/app.jar
USER reperes
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.security.egd=file:/dev/./urandom -Dfile.encoding=UTF-8"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
