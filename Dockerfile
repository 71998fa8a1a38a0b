# MassageRoutines: build with the SDK, run on the slim ASP.NET runtime as a non-root user.
#   docker build -t massage-routines .
#   docker run -p 8080:8080 -v massage-data:/data massage-routines
#   docker run --rm -v massage-data:/data massage-routines create-coach --email E --password P
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MassageRoutines.Engine/MassageRoutines.Engine.csproj src/MassageRoutines.Engine/
COPY src/MassageRoutines.Web/MassageRoutines.Web.csproj src/MassageRoutines.Web/
RUN dotnet restore src/MassageRoutines.Web/MassageRoutines.Web.csproj
COPY seeds/ seeds/
COPY src/ src/
# Publishing compiles ahead of time (ReadyToRun) for this platform, restoring what that needs.
RUN dotnet publish src/MassageRoutines.Web/MassageRoutines.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
# On SQLite (the default) the database, cookie keys included, lives on the /data volume; with
# Database__Provider=Postgres everything is in PostgreSQL (compose.yaml).
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__MassageRoutines="Data Source=/data/massageroutines.db"
USER $APP_UID
# Probes: GET /healthz (alive) and /healthz/ready (database reachable); the image has no curl.
EXPOSE 8080
ENTRYPOINT ["dotnet", "MassageRoutines.Web.dll"]
