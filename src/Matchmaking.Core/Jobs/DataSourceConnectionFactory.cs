using Hangfire.PostgreSql;
using Npgsql;

namespace Matchmaking.Core.Jobs;

/// <summary>Hangfire's storage takes its connections from the application's one <see cref="NpgsqlDataSource"/>.</summary>
internal sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
}
