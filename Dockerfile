# One image for the web host, the workers and the CLI.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Matchmaking.Web -c Release -o /app/web && dotnet publish src/Matchmaking.Cli -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Call dates are Europe/Paris local times: the time zone database must be there. The engine's lexicon is read from
# Debian's FreeDict (GPL-2+) and WordNet packages at run time; the image carries them with their copyright files.
RUN apt-get update && apt-get install -y --no-install-recommends tzdata dict-freedict-fra-eng dict-freedict-eng-fra wordnet-base \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/web ./
COPY --from=build /app/cli ./cli
ENV Urls=http://0.0.0.0:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "Matchmaking.Web.dll"]
