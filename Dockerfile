# Build and run OpsDashboard.Web. Used by docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ARG TARGETARCH
COPY . .
# ReadyToRun: the app's code is compiled ahead of time for the image's architecture, so a restart reaches /healthz
# about 1 s sooner (docs/benchmarks.md, "ReadyToRun"). The image's own runtime runs it (not self-contained).
RUN dotnet publish src/OpsDashboard.Web -c Release -a $TARGETARCH --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "OpsDashboard.Web.dll"]
