#!/usr/bin/env bash
# Adds an EF Core migration for both databases. The model is one (Data/MassageDbContext.cs and
# Data/Configurations); each database keeps its own migrations, in Data/Migrations/Sqlite and
# Data/Migrations/Postgres, and the app applies the configured one's on start.
# Usage: scripts/add-migration.sh NameOfTheChange
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh NameOfTheChange}"

dotnet tool restore >/dev/null
dotnet build src/MassageRoutines.Web >/dev/null

# Design time builds the app's host, which registers the configured database's context; nothing connects.
add() {
  local provider="$1" connection="$2"
  Database__Provider="$provider" ConnectionStrings__MassageRoutines="$connection" \
    dotnet ef migrations add "$name" --no-build --project src/MassageRoutines.Web \
      --context "${provider}MassageDbContext" \
      --output-dir "Data/Migrations/$provider"
}
add Sqlite "Data Source=data/massageroutines.db"
add Postgres "Host=localhost;Database=massageroutines"

# The app starts on a compiled model, which a model change makes stale.
scripts/optimize-model.sh
