# One image recipe for every stage, built from the repository root:
#   docker build --build-arg SERVICE=Clean -t newspipe-clean .
# (docker-compose.yml builds the four services this way.)
ARG SERVICE=Store

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN dotnet publish services/${SERVICE}/Newspipe.${SERVICE}.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 SERVICE_ASSEMBLY=Newspipe.${SERVICE}.dll
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --retries=20 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["sh", "-c", "exec dotnet \"$SERVICE_ASSEMBLY\""]
