using Dapper;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.Mentors;

public sealed class MentorStore(NpgsqlDataSource dataSource, CallStore calls, Embeddings.EmbeddingJobs embeddings, TimeProvider time)
{
    public async Task<ImportOutcome> ImportAsync(int year, ParsedBatch<MentorOffer> batch, string actor, CancellationToken cancellationToken)
    {
        await calls.RequireAsync(year, cancellationToken);
        var outcome = await ImportWriter.WriteAsync(dataSource, year, "mentors", batch, actor, time.GetUtcNow(),
            (connection, transaction, m) => UpsertAsync(connection, transaction, year, m, batch.Source, time.GetUtcNow(), cancellationToken),
            m => m.Id, cancellationToken);
        embeddings.AfterImport(year, outcome.Accepted);
        return outcome;
    }

    public async Task<MentorOffer?> GetAsync(int year, string id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MentorRow>(new CommandDefinition(
            Select + " WHERE call_year = @year AND id = @id", new { year, id }, cancellationToken: cancellationToken));
        return row?.ToOffer();
    }

    public async Task<IReadOnlyList<MentorOffer>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<MentorRow>(new CommandDefinition(
            Select + " WHERE call_year = @year ORDER BY id", new { year }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOffer()).ToList();
    }

    /// <summary>
    /// A mentor city may change its offer in a field until a pairing round for that field has run (is running or has
    /// completed): after that the offer is what the round paired on. A failed or still queued round does not lock it.
    /// </summary>
    public async Task<bool> IsOpenForEditsAsync(int year, CreativeField field, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return !await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM rounds WHERE call_year = @year AND status IN ('running', 'completed')
                           AND (creative_field IS NULL OR creative_field = @field))
            """, new { year, field = field.DisplayName() }, cancellationToken: cancellationToken));
    }

    /// <summary>A mentor city's own edit of its offer.</summary>
    public async Task SaveAsync(int year, MentorOffer offer, string actor, CancellationToken cancellationToken)
    {
        await calls.RequireAsync(year, cancellationToken);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UpsertAsync(connection, transaction, year, offer, actor, now, cancellationToken);
        await Audit.AuditLog.WriteAsync(connection, transaction, now, actor, "save_mentor_offer", "mentor_offer", $"{year}/{offer.Id}",
            new { offer.City, offer.Capacity, offer.Languages }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private const string Select = """
        SELECT id, city, country_code, creative_field, languages, capacity, expertise, support_forms, member_since, contact_email
        FROM mentor_offers
        """;

    private static async Task<int> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int year, MentorOffer m, string source, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        await Notifications.ContactStore.SetAsync(connection, transaction, Notifications.Recipient.MentorCity(m.City), m.ContactEmail, now, cancellationToken)
        + await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO mentor_offers (call_year, id, city, country_code, creative_field, languages, capacity, expertise, support_forms,
                                       member_since, contact_email, source, created_at, updated_at)
            VALUES (@year, @Id, @City, @CountryCode, @Field, @Languages, @Capacity, @Expertise, @SupportForms, @MemberSince,
                    @ContactEmail, @source, @now, @now)
            ON CONFLICT (call_year, id) DO UPDATE SET city = excluded.city, country_code = excluded.country_code,
                creative_field = excluded.creative_field, languages = excluded.languages, capacity = excluded.capacity,
                expertise = excluded.expertise, support_forms = excluded.support_forms, member_since = excluded.member_since,
                contact_email = coalesce(excluded.contact_email, mentor_offers.contact_email), source = excluded.source, updated_at = excluded.updated_at
            """, new
        {
            year, m.Id, m.City, m.CountryCode, Field = m.Field.DisplayName(), Languages = m.Languages.ToArray(), m.Capacity, m.Expertise,
            SupportForms = m.SupportForms.Select(f => f.Code()).ToArray(), m.MemberSince, m.ContactEmail, source, now,
        }, transaction, cancellationToken: cancellationToken));

    private sealed class MentorRow
    {
        public string Id { get; init; } = "";
        public string City { get; init; } = "";
        public string CountryCode { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public string[] Languages { get; init; } = [];
        public int Capacity { get; init; }
        public string Expertise { get; init; } = "";
        public string[] SupportForms { get; init; } = [];
        public int? MemberSince { get; init; }
        public string? ContactEmail { get; init; }

        public MentorOffer ToOffer() => new()
        {
            Id = Id,
            City = City,
            CountryCode = CountryCode.Trim(),
            Field = CreativeFields.Parse(CreativeField),
            Languages = Languages,
            Capacity = Capacity,
            Expertise = Expertise,
            SupportForms = SupportForms.Select(s => Matchmaking.Engine.Domain.SupportForms.TryParse(s, out var f) ? f.Value : default).ToList(),
            MemberSince = MemberSince,
            ContactEmail = ContactEmail,
        };
    }
}
