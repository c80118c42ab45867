# syntax=docker/dockerfile:1
#
# One image per deployable, from the runnable jar Maven built (the Spring Boot way: the jar's
# layers, so that a new build of the application changes only the last, small layer).
#
#   ./mvnw -B -ntp package -DskipTests
#   docker build --build-arg MODULE=plan-service --build-arg PORT=8081 -t congdoan/plan-service:0.1.0-SNAPSHOT .
#
# MODULE is the Maven module (identity-provider with PORT=9000, plan-service, outreach-service,
# reporting-service, notification-service, and portal with PORT=8080); PORT its HTTP port. Actuator
# (health, info, metrics) answers on the management port, PORT + 1000 (MANAGEMENT_SERVER_PORT).
# docs/operations.md says more.

# Eclipse Temurin 25 JRE on Ubuntu 24.04 (the JDK the build and the tests run on), by exact tag
# and digest. To move to a newer patch: docker buildx imagetools inspect eclipse-temurin:<tag>
ARG JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble@sha256:fbcf915c585659b30eb766ada4d6d7cfc9ec1040bf521e95bf61b10a25af73db

FROM ${JRE_IMAGE} AS layers
ARG MODULE
WORKDIR /build
COPY ${MODULE}/target/${MODULE}-*-exec.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM ${JRE_IMAGE}
ARG MODULE
ARG PORT=8080
LABEL org.opencontainers.image.title="${MODULE}" \
      org.opencontainers.image.description="Công đoàn plan platform: ${MODULE}" \
      org.opencontainers.image.licenses="Proprietary"
# a fixed, unprivileged user (Kubernetes' runAsNonRoot checks the numeric id)
RUN groupadd --system --gid 10001 congdoan \
 && useradd --system --uid 10001 --gid congdoan --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin congdoan
WORKDIR /app
# least often changed first
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
COPY --chmod=755 deploy/image/readiness-check /usr/local/bin/readiness-check
USER 10001:10001
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
# the readiness probe group (/actuator/health/readiness on the management port), as Kubernetes asks it (the identity
# provider, without Actuator, is checked by docker-compose.yml's own healthcheck)
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 CMD ["readiness-check"]
# SIGTERM starts Spring's graceful shutdown (requests finish, consumers stop, the outbox drains)
STOPSIGNAL SIGTERM
# Heap from the container's memory limit, leaving a quarter for metaspace, threads and buffers;
# an OutOfMemoryError ends the process so that the orchestrator restarts it. Add JVM options
# with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:InitialRAMPercentage=50.0", "-XX:+ExitOnOutOfMemoryError", \
            "-Djava.io.tmpdir=/tmp", "org.springframework.boot.loader.launch.JarLauncher"]
