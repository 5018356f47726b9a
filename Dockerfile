# Build: docker build -t fivenines .   (docker-compose.yml does this for you)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY bin bin
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/
COPY feedback/pom.xml feedback/
COPY content/pom.xml content/
COPY api/pom.xml api/
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN ./mvnw -B -q -DskipTests -Dcli.aot.skip=true package && java -Djarmode=tools -jar api/target/fivenines.jar extract --destination /app

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home fivenines && mkdir /data && chown fivenines /data
USER fivenines
WORKDIR /app
COPY --from=build /app /app
ENV FIVENINES_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/fivenines.jar"]
