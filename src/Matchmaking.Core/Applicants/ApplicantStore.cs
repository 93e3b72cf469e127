using Dapper;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.Applicants;

public sealed class ApplicantStore(NpgsqlDataSource dataSource, CallStore calls, Embeddings.EmbeddingJobs embeddings, TimeProvider time)
{
    public async Task<ImportOutcome> ImportAsync(int year, ParsedBatch<ApplicantProfile> batch, string actor, CancellationToken cancellationToken)
    {
        await calls.RequireAsync(year, cancellationToken);
        var now = time.GetUtcNow();
        var outcome = await ImportWriter.WriteAsync(dataSource, year, "applicants", batch, actor, now,
            async (connection, transaction, a) =>
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO applicants (call_year, id, city, country_code, creative_field, languages, submitted_at, needs, profile,
                                        previous_calls, contact_email, source, created_at, updated_at)
                VALUES (@year, @Id, @City, @CountryCode, @Field, @Languages, @SubmittedAt, @Needs, @Profile, @PreviousCalls,
                        @ContactEmail, @source, @now, @now)
                ON CONFLICT (call_year, id) DO UPDATE SET city = excluded.city, country_code = excluded.country_code,
                    creative_field = excluded.creative_field, languages = excluded.languages, submitted_at = excluded.submitted_at,
                    needs = excluded.needs, profile = excluded.profile, previous_calls = excluded.previous_calls,
                    contact_email = coalesce(excluded.contact_email, applicants.contact_email), source = excluded.source, updated_at = excluded.updated_at
                """, new
            {
                year, a.Id, a.City, a.CountryCode, Field = a.Field.DisplayName(), Languages = a.Languages.ToArray(), SubmittedAt = a.SubmittedAt.ToUniversalTime(),
                a.Needs, a.Profile, PreviousCalls = a.PreviousCalls.ToArray(), a.ContactEmail, source = batch.Source, now,
            }, transaction, cancellationToken: cancellationToken));
                await Notifications.ContactStore.SetAsync(connection, transaction, Notifications.Recipient.ApplicantCity(a.City), a.ContactEmail, now, cancellationToken);
            },
            a => a.Id, cancellationToken);
        embeddings.AfterImport(year, outcome.Accepted);
        return outcome;
    }

    public async Task<IReadOnlyList<ApplicantProfile>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApplicantRow>(new CommandDefinition("""
            SELECT id, city, country_code, creative_field, languages, submitted_at, needs, profile, previous_calls, contact_email
            FROM applicants WHERE call_year = @year ORDER BY id
            """, new { year }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToProfile()).ToList();
    }

    private sealed class ApplicantRow
    {
        public string Id { get; init; } = "";
        public string City { get; init; } = "";
        public string CountryCode { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public string[] Languages { get; init; } = [];
        public DateTime SubmittedAt { get; init; }
        public string Needs { get; init; } = "";
        public string Profile { get; init; } = "";
        public int[] PreviousCalls { get; init; } = [];
        public string? ContactEmail { get; init; }

        public ApplicantProfile ToProfile() => new()
        {
            Id = Id,
            City = City,
            CountryCode = CountryCode.Trim(),
            Field = CreativeFields.Parse(CreativeField),
            Languages = Languages,
            SubmittedAt = new DateTimeOffset(DateTime.SpecifyKind(SubmittedAt, DateTimeKind.Utc)),
            Needs = Needs,
            Profile = Profile,
            PreviousCalls = PreviousCalls,
            ContactEmail = ContactEmail,
        };
    }
}
