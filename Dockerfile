# Gaitway on Payara Micro. Build:  docker build -t gaitway .
# Run:    docker run -p 8080:8080 -v gaitway-data:/opt/payara/gaitway-data gaitway
# Configuration is by environment variables (see README.md), e.g. -e GAITWAY_DB_URL=...
# Behind a TLS-terminating proxy: -e GAITWAY_TRUST_PROXY=true -e GAITWAY_BASE_URL=https://<public address> makes the
# session cookie __Host-JSESSIONID and always Secure (the proxy must then serve https only).

# --- Stage 1: build the WAR (the tests and the format check run in CI, not here; exec.skip leaves out the
# uber jar and its class-data archive, which only the README's run command uses: this image runs the WAR) ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# the Maven wrapper fetches the Maven version the project names (.mvn/wrapper/maven-wrapper.properties)
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY templates templates
COPY webapp webapp
COPY docker docker
RUN ./mvnw -B -DskipTests -Dspotless.check.skip=true -Dexec.skip=true package \
    && javac --release 17 -d probe docker/HealthProbe.java \
    && javac --release 17 -d tools src/main/java/app/gaitway/shared/backup/RestoreBackup.java

# --- Stage 2: the runtime ---
FROM payara/micro:6.2025.10-jdk17

# The data directory: the H2 database and the audit key (audit-hmac.key). Back up both.
USER root
RUN mkdir -p /opt/payara/gaitway-data && chown payara:payara /opt/payara/gaitway-data
USER payara
ENV GAITWAY_DATA_DIR=/opt/payara/gaitway-data
VOLUME /opt/payara/gaitway-data

# ROOT.war: served at "/" (payara-web.xml also sets the context root).
COPY --from=build --chown=payara:payara /build/target/ROOT.war /opt/payara/deployments/ROOT.war
COPY --from=build --chown=payara:payara /build/probe/HealthProbe.class /opt/payara/probe/
# The restore command (JDK only), for restoring a backup with this image: see "Backups" in README.md.
COPY --from=build --chown=payara:payara /build/tools /opt/payara/tools
# Server settings applied before boot (the same file is bundled into target/gaitway.jar).
COPY --chown=payara:payara src/main/payara/pre-boot-commands.txt /opt/payara/pre-boot-commands.txt
# The JVM options the README's run command uses (heap, collector, limits; each explained in the file). The image's
# entrypoint puts $JVM_ARGS unquoted on its java command line, after its own -XX:MaxRAMPercentage and -Xss, so the
# file's -Xmx wins over the percentage, and java reads "@file" arguments itself.
COPY --chown=payara:payara src/main/payara/jvm-options.txt /opt/payara/jvm-options.txt
ENV JVM_ARGS="@/opt/payara/jvm-options.txt"

EXPOSE 8080

# java is certainly in the image (it runs Payara); curl and wget may not be.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["java", "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "/opt/payara/probe", "HealthProbe", "http://localhost:8080/health/ready"]

# The image's entrypoint runs "java ... -jar payara-micro.jar" with these arguments.
CMD ["--nocluster", "--disablephonehome", "--prebootcommandfile", "/opt/payara/pre-boot-commands.txt", "--deploymentDir", "/opt/payara/deployments"]
