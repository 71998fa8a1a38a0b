#!/usr/bin/env bash
# Regenerates the compiled EF Core models the app starts on (Data/CompiledModels/Sqlite and /Postgres),
# one per database's context. Run it after any change to the model (Data/MassageDbContext.cs,
# Data/Configurations, an entity): tests/MassageRoutines.Web.Tests/Data/CompiledModelTests fails until
# then. scripts/add-migration.sh runs it too.
# Usage: scripts/optimize-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
dotnet build src/MassageRoutines.Web >/dev/null

# As for migrations, design time builds the app's host for the configured database; nothing connects.
optimize() {
  local provider="$1" connection="$2"
  rm -rf "src/MassageRoutines.Web/Data/CompiledModels/$provider"
  Database__Provider="$provider" ConnectionStrings__MassageRoutines="$connection" \
    dotnet ef dbcontext optimize --no-build --project src/MassageRoutines.Web \
      --context "${provider}MassageDbContext" \
      --output-dir "Data/CompiledModels/$provider" \
      --namespace "MassageRoutines.Web.Data.CompiledModels.$provider"
}
optimize Sqlite "Data Source=data/massageroutines.db"
optimize Postgres "Host=localhost;Database=massageroutines"
