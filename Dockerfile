# syntax=docker/dockerfile:1
# Image du portail Repères : construction Maven puis exécution sur un JRE, en utilisateur non root.

# --- Étape 1 : construction -------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY . .
# Le cache Maven survit d'une construction à l'autre (BuildKit). Le frontend Vaadin est le bundle précompilé :
# ni Node ni npm ne sont nécessaires.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -DskipTests package \
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
