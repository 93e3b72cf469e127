using Dapper;
using Matchmaking.Core.ReferenceData;
using Npgsql;

namespace Matchmaking.Core.Database;

public static class DatabaseSetup
{
    /// <summary>Dapper maps snake_case columns onto PascalCase members.</summary>
    public static void ConfigureDapper()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    /// <summary>Migrates the schema and loads the reference data; safe to run from several processes at once.</summary>
    public static async Task PrepareAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ConfigureDapper();
        await new Migrator(dataSource).MigrateAsync(cancellationToken);
        await new ReferenceDataSeeder(dataSource).SeedAsync(cancellationToken);
    }
}
