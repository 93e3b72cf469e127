using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.ReferenceData;

/// <summary>Loads the shipped reference data into the database; idempotent, so every start may run it.</summary>
public sealed class ReferenceDataSeeder(NpgsqlDataSource dataSource)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var data = ReferenceDataSet.Load();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var m in data.Members)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO member_cities (city, city_key, country, country_code, creative_field, year_designated)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (city_key, country_code, creative_field)
                DO UPDATE SET city = excluded.city, country = excluded.country, year_designated = excluded.year_designated
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = m.City });
            command.Parameters.Add(new NpgsqlParameter { Value = CityNames.Key(m.City) });
            command.Parameters.Add(new NpgsqlParameter { Value = m.Country });
            command.Parameters.Add(new NpgsqlParameter { Value = m.CountryCode });
            command.Parameters.Add(new NpgsqlParameter { Value = m.Field.DisplayName() });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)m.YearDesignated ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }

        foreach (var r in data.Regions)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO region_countries (country_code, country, region) VALUES ($1, $2, $3)
                ON CONFLICT (country_code) DO UPDATE SET country = excluded.country, region = excluded.region
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = r.CountryCode });
            command.Parameters.Add(new NpgsqlParameter { Value = r.Country });
            command.Parameters.Add(new NpgsqlParameter { Value = r.Region });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await batch.DisposeAsync();
        await transaction.CommitAsync(cancellationToken);
    }
}
