using System.Text.Json;
using Dapper;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Text;
using Npgsql;

namespace Matchmaking.Core.Learning;

/// <summary>Reads the stored model versions and training requests.</summary>
public sealed class ModelVersionStore(NpgsqlDataSource dataSource, TextModelProvider models)
{
    /// <summary>Rounds listed beside each model.</summary>
    private const int RoundsShown = 10;

    public async Task<ModelsOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var versions = (await connection.QueryAsync<VersionRow>(new CommandDefinition($"""
            SELECT v.id, v.version, v.parent_id, v.parent_version, v.group_weights, v.trained_by, v.trained_at, v.decisions,
                   v.held_out_decisions, v.held_out_call, v.evaluation::text AS evaluation, v.parent_evaluation::text AS parent_evaluation,
                   v.verdict, v.active, v.activated_by, v.activated_at,
                   ARRAY(SELECT r.id FROM rounds r WHERE r.model_version_id = v.id ORDER BY r.id DESC LIMIT {RoundsShown}) AS rounds
            FROM model_versions v ORDER BY v.id DESC
            """, cancellationToken: cancellationToken))).Select(r => r.ToView()).ToList();
        var shippedRounds = (await connection.QueryAsync<long>(new CommandDefinition($"""
            SELECT id FROM rounds WHERE model_version_id IS NULL AND status = 'completed' ORDER BY id DESC LIMIT {RoundsShown}
            """, cancellationToken: cancellationToken))).ToList();
        var trainings = (await connection.QueryAsync<ModelTrainingView>(new CommandDefinition("""
            SELECT id, requested_by, requested_at, status, completed_at, model_version_id, error
            FROM model_trainings ORDER BY id DESC LIMIT 10
            """, cancellationToken: cancellationToken))).ToList();
        return new ModelsOverview
        {
            ShippedVersion = models.Model.Version,
            ShippedActive = !versions.Any(v => v.Active),
            ShippedRounds = shippedRounds,
            Versions = versions,
            Trainings = trainings,
        };
    }

    public async Task<ModelTrainingView?> TrainingAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ModelTrainingView>(new CommandDefinition("""
            SELECT id, requested_by, requested_at, status, completed_at, model_version_id, error FROM model_trainings WHERE id = @id
            """, new { id }, cancellationToken: cancellationToken));
    }

    private sealed class VersionRow
    {
        public long Id { get; init; }
        public string Version { get; init; } = "";
        public long? ParentId { get; init; }
        public string ParentVersion { get; init; } = "";
        public double[] GroupWeights { get; init; } = [];
        public string TrainedBy { get; init; } = "";
        public DateTimeOffset TrainedAt { get; init; }
        public int Decisions { get; init; }
        public int HeldOutDecisions { get; init; }
        public int? HeldOutCall { get; init; }
        public string Evaluation { get; init; } = "";
        public string ParentEvaluation { get; init; } = "";
        public string Verdict { get; init; } = "";
        public bool Active { get; init; }
        public string? ActivatedBy { get; init; }
        public DateTimeOffset? ActivatedAt { get; init; }
        public long[] Rounds { get; init; } = [];

        public ModelVersionView ToView() => new()
        {
            Id = Id, Version = Version, ParentId = ParentId, ParentVersion = ParentVersion, GroupWeights = GroupWeights, TrainedBy = TrainedBy,
            TrainedAt = TrainedAt, Decisions = Decisions, HeldOutDecisions = HeldOutDecisions, HeldOutCall = HeldOutCall,
            Evaluation = JsonSerializer.Deserialize<DecisionEvaluation>(Evaluation, JsonDefaults.Options)!,
            ParentEvaluation = JsonSerializer.Deserialize<DecisionEvaluation>(ParentEvaluation, JsonDefaults.Options)!,
            Verdict = TrainingVerdicts.Parse(Verdict), Active = Active, ActivatedBy = ActivatedBy, ActivatedAt = ActivatedAt, Rounds = Rounds,
        };
    }
}
