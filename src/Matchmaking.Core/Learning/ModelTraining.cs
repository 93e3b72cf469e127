using System.Globalization;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Text;
using Npgsql;

namespace Matchmaking.Core.Learning;

/// <summary>What one training did: the candidate and both evaluations, and whether it was stored and made active.</summary>
public sealed record TrainingReport(DecisionTrainingResult Result, ActiveTextModel Current, long? StoredId, bool Activated);

/// <summary>
/// Trains candidate text models from the recorded decisions (<see cref="DecisionTraining"/>), keeps each with its evaluation,
/// makes it active when it is not worse than the current model, and lets the secretariat go back to an earlier one.
/// </summary>
public sealed class ModelTraining(
    NpgsqlDataSource dataSource, DecisionPairs decisions, TextModelProvider models, Embeddings.EmbeddingStore embeddings, TimeProvider time)
{
    /// <summary>Serializes the writes that change which version is active (a training's promotion, an activation).</summary>
    private const long ActiveLock = 7422;

    /// <summary>Trains now (the CLI, the job). With <paramref name="store"/> false nothing is written: a dry run.</summary>
    public async Task<TrainingReport> TrainAsync(string actor, bool store, CancellationToken cancellationToken)
    {
        var current = await models.CurrentAsync(cancellationToken);
        var pairs = await decisions.LoadAsync(cancellationToken);
        var development = await DevelopmentCalls.Call2021Async();
        var vectors = await embeddings.GetOrComputeAsync(DecisionTraining.TextsToEmbed(current.Model, pairs, development), cancellationToken);
        var result = DecisionTraining.Train(current.Model, pairs, development, vectors);
        if (!store)
        {
            return new TrainingReport(result, current, null, false);
        }

        var (id, activated) = await StoreAsync(result, current, actor, cancellationToken);
        return new TrainingReport(result, current, id, activated);
    }

    /// <summary>Makes a stored version active (going back to an earlier one, or forward again). It must be readable by this build.</summary>
    public async Task<Outcome<Done>> ActivateAsync(long versionId, CurrentUser actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockActiveAsync(connection, transaction, cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<StoredVersion>(new CommandDefinition("""
            SELECT version, artifact, active FROM model_versions WHERE id = @versionId
            """, new { versionId }, transaction, cancellationToken: cancellationToken));
        if (found is null)
        {
            return Refusal.NotFound(new Phrase("model_version_not_found", versionId));
        }

        if (found.Active)
        {
            return Refusal.Conflict(new Phrase("model_version_already_active", found.Version));
        }

        try
        {
            TextModel.Load(new MemoryStream(found.Artifact));
        }
        catch (InvalidDataException)
        {
            return Refusal.Conflict(new Phrase("model_version_unreadable", found.Version));
        }

        var now = time.GetUtcNow();
        await SetActiveAsync(connection, transaction, versionId, actor.Label, now, cancellationToken);
        await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "activate_model", "model_version",
            versionId.ToString(CultureInfo.InvariantCulture), new { version = found.Version }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done.Value;
    }

    /// <summary>Goes back to the shipped (or configured) model: no stored version stays active.</summary>
    public async Task<Outcome<Done>> UseShippedAsync(CurrentUser actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockActiveAsync(connection, transaction, cancellationToken);
        var now = time.GetUtcNow();
        if (await SetActiveAsync(connection, transaction, null, actor.Label, now, cancellationToken) == 0)
        {
            return Refusal.Conflict(new Phrase("model_version_already_active", models.Model.Version));
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "activate_model", "model_version", "shipped",
            new { version = models.Model.Version }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done.Value;
    }

    /// <summary>
    /// Keeps the candidate with both evaluations; a promoted one becomes active, unless another version was made active
    /// while it trained (it was not compared with that one).
    /// </summary>
    private async Task<(long Id, bool Activated)> StoreAsync(
        DecisionTrainingResult result, ActiveTextModel current, string actor, CancellationToken cancellationToken)
    {
        using var artifact = new MemoryStream();
        result.Candidate.Save(artifact);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockActiveAsync(connection, transaction, cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO model_versions (version, parent_id, parent_version, artifact, group_weights, trained_by, trained_at, decisions,
                                        held_out_decisions, held_out_call, evaluation, parent_evaluation, verdict)
            VALUES (@version, @parentId, @parentVersion, @artifact, @weights, @actor, @now, @decisions, @heldOut, @heldOutCall,
                    CAST(@evaluation AS jsonb), CAST(@parentEvaluation AS jsonb), @verdict)
            RETURNING id
            """, new
        {
            version = result.Candidate.Version, parentId = current.VersionId, parentVersion = current.Model.Version, artifact = artifact.ToArray(),
            weights = result.Candidate.GroupWeights.ToArray(), actor, now, decisions = result.TrainingDecisions, heldOut = result.HeldOutDecisions,
            heldOutCall = result.HeldOutCall,
            evaluation = JsonSerializer.Serialize(result.CandidateEvaluation, JsonDefaults.Options),
            parentEvaluation = JsonSerializer.Serialize(result.CurrentEvaluation, JsonDefaults.Options),
            verdict = result.Verdict.Code(),
        }, transaction, cancellationToken: cancellationToken));
        var activeNow = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM model_versions WHERE active", transaction: transaction, cancellationToken: cancellationToken));
        var activate = result.Promoted && activeNow == current.VersionId;
        if (activate)
        {
            await SetActiveAsync(connection, transaction, id, actor, now, cancellationToken);
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor, "train_model", "model_version", id.ToString(CultureInfo.InvariantCulture),
            new { version = result.Candidate.Version, verdict = result.Verdict.Code(), activated = activate, decisions = result.TrainingDecisions },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (id, activate);
    }

    /// <summary>Makes one version active (null: none, the shipped model); the number of rows it changed.</summary>
    private static async Task<int> SetActiveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long? versionId, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE model_versions SET active = false WHERE active", transaction: transaction, cancellationToken: cancellationToken));
        if (versionId is { } id)
        {
            changed += await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE model_versions SET active = true, activated_by = @actor, activated_at = @now WHERE id = @id
                """, new { id, actor, now }, transaction, cancellationToken: cancellationToken));
        }

        return changed;
    }

    private static Task<int> LockActiveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = ActiveLock }, transaction,
            cancellationToken: cancellationToken));

    private sealed class StoredVersion
    {
        public string Version { get; init; } = "";
        public byte[] Artifact { get; init; } = [];
        public bool Active { get; init; }
    }
}
